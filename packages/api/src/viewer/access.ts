// Object-level authorisation in one place: which rows a viewer may read or change. Every query
// that can reveal an unpublished posting, and every write, goes through these. (Which operations a
// viewer may call at all is decided by scope-auth on the fields; see builder.ts.)
import { Prisma } from "../generated/prisma/client.js";
import { PostingStatus } from "../generated/prisma/enums.js";
import { draftReaderOf, hasScope, type Viewer } from "./viewer.js";

/** Statuses anyone may read. DRAFT and ARCHIVED postings are their employer's business only. */
const PUBLIC_STATUSES: readonly PostingStatus[] = [PostingStatus.PUBLISHED, PostingStatus.CLOSED];

/**
 * The postings a viewer may read one by one (posting(id), node(id)): published and closed ones,
 * plus all of its own employer's with READ_DRAFTS, plus everything for an admin.
 */
export function readablePostingWhere(viewer: Viewer): Prisma.PostingWhereInput {
  const reader = draftReaderOf(viewer);
  if (reader === "all") return {};
  if (reader) return { OR: [{ status: { in: [...PUBLIC_STATUSES] } }, { employerId: reader }] };
  return { status: { in: [...PUBLIC_STATUSES] } };
}

/** Whether the viewer may read this employer's DRAFT and ARCHIVED postings. */
export function canReadDraftsOf(viewer: Viewer, employerId: string): boolean {
  const reader = draftReaderOf(viewer);
  return reader === "all" || reader === employerId;
}

/** Whether the viewer may create and change this employer's postings. */
export function canWritePostingsOf(viewer: Viewer, employerId: string): boolean {
  if (viewer.kind === "ADMIN") return true;
  return viewer.kind === "EMPLOYER" && viewer.employerId === employerId && hasScope(viewer, "WRITE_POSTINGS");
}

/** Whether the viewer may change this employer's profile and benefits. */
export function canManageEmployer(viewer: Viewer, employerId: string): boolean {
  if (viewer.kind === "ADMIN") return true;
  return viewer.kind === "EMPLOYER" && viewer.employerId === employerId && hasScope(viewer, "MANAGE_EMPLOYER");
}

/**
 * What a writer learns about a posting it may not change: NOT_FOUND when it could not read the
 * posting either (a foreign draft looks exactly like an unknown ID), FORBIDDEN when the posting
 * is public anyway.
 */
export function postingDenial(viewer: Viewer, posting: { employerId: string; status: PostingStatus }): "NOT_FOUND" | "FORBIDDEN" {
  return PUBLIC_STATUSES.includes(posting.status) || canReadDraftsOf(viewer, posting.employerId) ? "FORBIDDEN" : "NOT_FOUND";
}

/**
 * SQL on `p` (postings) for "in one of `statuses`, and readable by the viewer": DRAFT and ARCHIVED
 * rows only of the viewer's own employer (with READ_DRAFTS), or of any employer for admins.
 */
export function readableStatusesSql(viewer: Viewer, statuses: readonly PostingStatus[]): Prisma.Sql {
  const wanted = Prisma.sql`p.status = ANY(${[...statuses]}::"PostingStatus"[])`;
  const reader = draftReaderOf(viewer);
  if (reader === "all") return wanted;
  const publicOnly = Prisma.sql`p.status = ANY(${[...PUBLIC_STATUSES]}::"PostingStatus"[])`;
  if (!reader) return Prisma.sql`(${wanted} AND ${publicOnly})`;
  return Prisma.sql`(${wanted} AND (${publicOnly} OR p.employer_id = ${reader}::uuid))`;
}
