// Which postings are public, which are open, and which a viewer may read: each rule is written
// once, as a condition, and every form the code needs is compiled from that condition — a Prisma
// `where`, an SQL fragment on the `postings` row aliased `p`, and a JS predicate on a loaded row.
// test/posting/visibility.db.test.ts checks that the three forms agree on a table of cases.
import { Prisma } from "../generated/prisma/client.js";
import { PostingStatus } from "../generated/prisma/enums.js";
import { draftReaderOf, type Viewer } from "../viewer/viewer.js";

/** The columns the rules read, as a loaded posting has them (a rule that needs one left out throws). */
export interface PostingFacts {
  status: PostingStatus;
  closesAt?: Date | null;
  employerId?: string;
}

/** A rule about a posting, built from these few forms and compiled by the functions below. */
export type PostingCondition =
  | { all: readonly PostingCondition[] }
  | { any: readonly PostingCondition[] }
  | { statusIn: readonly PostingStatus[] }
  | { closesAfterOrNever: Date }
  | { employerIs: string };

/** Statuses anyone may read. DRAFT and ARCHIVED postings are their employer's business only. */
export const PUBLIC_POSTING_STATUSES: readonly PostingStatus[] = [PostingStatus.PUBLISHED, PostingStatus.CLOSED];

/** Public: anyone may read it (published or closed). */
export const publicPosting: PostingCondition = { statusIn: PUBLIC_POSTING_STATUSES };

/** Open: published and not past its closing date (a posting with no closing date stays open). */
export const openPosting = (now: Date): PostingCondition => ({
  all: [{ statusIn: [PostingStatus.PUBLISHED] }, { closesAfterOrNever: now }],
});

/**
 * Readable by the viewer one by one (posting(id), node(id)): public postings, plus all of its own
 * employer's with READ_DRAFTS, plus everything for an admin.
 */
export function readablePosting(viewer: Viewer): PostingCondition {
  const reader = draftReaderOf(viewer);
  if (reader === "all") return { all: [] };
  if (reader) return { any: [publicPosting, { employerIs: reader }] };
  return publicPosting;
}

/** The condition as a Prisma `where` on Posting. */
export function postingWhere(condition: PostingCondition): Prisma.PostingWhereInput {
  if ("all" in condition)
    return condition.all.length === 1 ? postingWhere(condition.all[0] as PostingCondition) : { AND: condition.all.map(postingWhere) };
  if ("any" in condition) return { OR: condition.any.map(postingWhere) };
  if ("statusIn" in condition)
    return condition.statusIn.length === 1 ? { status: condition.statusIn[0] } : { status: { in: [...condition.statusIn] } };
  if ("closesAfterOrNever" in condition) return { OR: [{ closesAt: null }, { closesAt: { gt: condition.closesAfterOrNever } }] };
  return { employerId: condition.employerIs };
}

/** The condition as SQL on the postings row aliased `p`. */
export function postingSql(condition: PostingCondition): Prisma.Sql {
  if ("all" in condition) return condition.all.length === 0 ? Prisma.sql`TRUE` : Prisma.sql`(${Prisma.join(condition.all.map(postingSql), " AND ")})`;
  if ("any" in condition) return condition.any.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${Prisma.join(condition.any.map(postingSql), " OR ")})`;
  if ("statusIn" in condition) return statusInSql(condition.statusIn);
  // The clock as a one-row subquery: its value then never shapes a plan, so a prepared statement's
  // generic plan costs the same as a plan made for one request's clock and PostgreSQL keeps it
  // (db/compiled-read.ts) instead of planning every request; nearly every posting passes it anyway.
  if ("closesAfterOrNever" in condition)
    return Prisma.sql`(p.closes_at IS NULL OR p.closes_at > (SELECT ${condition.closesAfterOrNever}::timestamptz))`;
  return Prisma.sql`p.employer_id = ${condition.employerIs}::uuid`;
}

/**
 * Statuses are written as literals, as a hand-written query would (the planner sees the constant);
 * only members of the enum get there, so nothing from a request is ever spliced in.
 */
function statusInSql(statuses: readonly PostingStatus[], column = "p.status"): Prisma.Sql {
  if (statuses.length === 0) return Prisma.sql`FALSE`;
  for (const status of statuses) if (!Object.hasOwn(PostingStatus, status)) throw new TypeError(`Not a posting status: ${String(status)}`);
  return Prisma.raw(statuses.length === 1 ? `${column} = '${statuses[0]}'` : `${column} IN (${statuses.map((s) => `'${s}'`).join(", ")})`);
}

/**
 * "A posting in this status is public", on a status column other than the postings row's (the
 * change feed's status before and after a change). `column` is an identifier from the code, never input.
 */
export const publicStatusSql = (column: string): Prisma.Sql => statusInSql(PUBLIC_POSTING_STATUSES, column);

/** The condition as a test of a loaded posting. */
export function postingMatches(condition: PostingCondition, posting: PostingFacts): boolean {
  if ("all" in condition) return condition.all.every((c) => postingMatches(c, posting));
  if ("any" in condition) return condition.any.some((c) => postingMatches(c, posting));
  if ("statusIn" in condition) return condition.statusIn.includes(posting.status);
  if ("closesAfterOrNever" in condition) {
    if (posting.closesAt === undefined) throw new TypeError("This rule needs the posting's closesAt");
    return posting.closesAt === null || posting.closesAt > condition.closesAfterOrNever;
  }
  if (posting.employerId === undefined) throw new TypeError("This rule needs the posting's employerId");
  return posting.employerId === condition.employerIs;
}

export const openPostingWhere = (now: Date): Prisma.PostingWhereInput => postingWhere(openPosting(now));

export const isPostingOpen = (posting: PostingFacts, now: Date): boolean => postingMatches(openPosting(now), posting);

export const readablePostingWhere = (viewer: Viewer): Prisma.PostingWhereInput => postingWhere(readablePosting(viewer));

/** SQL for "in one of `statuses`, and readable by the viewer" (Employer.postings(statuses)). */
export const readableStatusesSql = (viewer: Viewer, statuses: readonly PostingStatus[]): Prisma.Sql =>
  postingSql({ all: [{ statusIn: statuses }, readablePosting(viewer)] });
