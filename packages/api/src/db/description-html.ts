// A description's HTML is rendered once, when the description is written, and stored beside it
// (`description_html` on postings and employers): reads serve it and never render. Every write of
// a description passes one of the two doors below, so none can store Markdown without its HTML:
// Prisma writes (this client extension, applied to every client openDatabase makes) and bulk
// inserts (insertTables). The migrate command renders rows written before the column existed
// (backfillDescriptionHtml), and CHECK constraints refuse a row whose HTML is missing.
import { Prisma } from "../generated/prisma/client.js";
import { descriptionHtmlOf } from "../text/markdown.js";

type Data = Record<string, unknown>;

/** The Markdown a Prisma write sets `description` to (`"x"` or `{ set: "x" }`); undefined when it does not set it. */
function writtenDescription(data: Data): string | null | undefined {
  if (!("description" in data)) return undefined;
  const value = data.description;
  if (value !== null && typeof value === "object") return (value as { set?: string | null }).set;
  return value as string | null | undefined;
}

/** `data` with the HTML of the description it writes (unchanged when it writes none). */
function withDescriptionHtml<T>(data: T): T {
  if (Array.isArray(data)) return data.map(withDescriptionHtml) as T;
  if (data === null || typeof data !== "object") return data;
  const markdown = writtenDescription(data as Data);
  return markdown === undefined ? data : { ...data, descriptionHtml: descriptionHtmlOf(markdown) };
}

/** Bulk-insert rows (snake_case columns) of `table`, with the HTML of their descriptions. */
export function rowsWithDescriptionHtml(table: string, rows: readonly object[]): readonly object[] {
  if (table !== "postings" && table !== "employers") return rows;
  return rows.map((row) =>
    "description" in row ? { ...row, description_html: descriptionHtmlOf((row as { description: string | null }).description) } : row,
  );
}

type WriteArgs = { data?: unknown; create?: unknown; update?: unknown };

function renderIn(args: WriteArgs): WriteArgs {
  return {
    ...args,
    ...("data" in args ? { data: withDescriptionHtml(args.data) } : {}),
    ...("create" in args ? { create: withDescriptionHtml(args.create) } : {}),
    ...("update" in args ? { update: withDescriptionHtml(args.update) } : {}),
  };
}

const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert"]);

const rendering = {
  async $allOperations({ operation, args, query }: { operation: string; args: unknown; query: (args: unknown) => Promise<unknown> }) {
    return query(WRITES.has(operation) ? renderIn(args as WriteArgs) : args);
  },
};

/** The client extension that renders every description a Prisma write sets. */
export const descriptionHtmlExtension = Prisma.defineExtension({
  name: "descriptionHtml",
  query: { posting: rendering, employer: rendering },
});

/** Rows rendered per statement by the backfill. */
const BACKFILL_BATCH = 200;

/**
 * Renders the descriptions of rows stored without their HTML (written before the column existed),
 * a batch at a time, then validates the checks that keep the HTML present. Run by the migrate
 * command after the migrations (migrateDatabase); a no-op once done. Returns the rows rendered.
 */
export async function backfillDescriptionHtml(prisma: Pick<Prisma.TransactionClient, "$queryRawUnsafe" | "$executeRawUnsafe">): Promise<number> {
  let rendered = 0;
  for (const table of ["employers", "postings"] as const) {
    for (;;) {
      const rows = await prisma.$queryRawUnsafe<Array<{ id: string; description: string }>>(
        `SELECT id::text AS id, description FROM "${table}" WHERE description_html IS NULL AND description IS NOT NULL ORDER BY id LIMIT ${BACKFILL_BATCH}`,
      );
      if (!rows.length) break;
      await prisma.$executeRawUnsafe(
        `UPDATE "${table}" AS t SET description_html = v.html FROM unnest($1::uuid[], $2::text[]) AS v(id, html) WHERE t.id = v.id`,
        rows.map((r) => r.id),
        rows.map((r) => descriptionHtmlOf(r.description)),
      );
      rendered += rows.length;
    }
    await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" VALIDATE CONSTRAINT "${table}_description_html_written"`);
  }
  return rendered;
}
