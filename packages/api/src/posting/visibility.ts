import type { Prisma } from "../generated/prisma/client.js";
import { PostingStatus } from "../generated/prisma/enums.js";

/** Statuses anyone may read. DRAFT and ARCHIVED postings are their employer's business only. */
export const PUBLIC_POSTING_STATUSES = [PostingStatus.PUBLISHED, PostingStatus.CLOSED];

/** Open: published and not past its closing date (a posting with no closing date stays open). */
export function openPostingWhere(now: Date): Prisma.PostingWhereInput {
  return {
    status: PostingStatus.PUBLISHED,
    OR: [{ closesAt: null }, { closesAt: { gt: now } }],
  };
}

export function isPostingOpen(posting: { status: PostingStatus; closesAt: Date | null }, now: Date): boolean {
  return posting.status === PostingStatus.PUBLISHED && (posting.closesAt === null || posting.closesAt > now);
}
