// Object-level authorisation in one place: which rows a viewer may read or change. Every query
// that can reveal an unpublished posting, and every write, goes through these. (Which operations a
// viewer may call at all is decided by scope-auth on the fields; see builder.ts.)
import type { PostingStatus } from "../generated/prisma/enums.js";
import { postingMatches, readablePosting } from "../posting/visibility.js";
import { hasScope, type Viewer } from "./viewer.js";

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
  return postingMatches(readablePosting(viewer), posting) ? "FORBIDDEN" : "NOT_FOUND";
}
