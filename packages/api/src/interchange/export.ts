// Postings as JSON-LD, a page at a time: the HTTP feed and `pnpm export` stream from here, so an
// export of any size holds one page in memory. Pages are fetched by keyset on the id.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { type JobPostingJsonLd, jsonLdInclude, postingToJsonLd } from "./jsonld.js";

export const EXPORT_PAGE_SIZE = 200;

/** The JSON-LD of every posting `where` selects, in id order, one page of queries at a time. */
export async function* postingsJsonLd(
  prisma: PrismaClient,
  where: Prisma.PostingWhereInput,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<JobPostingJsonLd> {
  let after: string | null = null;
  for (;;) {
    const page: Array<Prisma.PostingGetPayload<{ include: typeof jsonLdInclude }>> = await prisma.posting.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      include: jsonLdInclude,
      orderBy: { id: "asc" },
      take: pageSize,
    });
    for (const posting of page) yield postingToJsonLd(posting);
    if (page.length < pageSize) return;
    after = page[page.length - 1]?.id ?? null;
  }
}
