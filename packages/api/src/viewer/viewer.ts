// Who is calling: derived once per request from the `Authorization: Bearer <key>` header.
import type { ApiKeyScope } from "../generated/prisma/enums.js";

/** The caller of one request. */
export type Viewer =
  | { kind: "ANONYMOUS" }
  | { kind: "EMPLOYER"; keyId: string; prefix: string; employerId: string; scopes: readonly ApiKeyScope[] }
  | { kind: "ADMIN"; keyId: string; prefix: string; scopes: readonly ApiKeyScope[] };

export type KeyViewer = Exclude<Viewer, { kind: "ANONYMOUS" }>;

export const ANONYMOUS: Viewer = Object.freeze({ kind: "ANONYMOUS" });

/**
 * Whether the caller holds a scope. ADMIN holds every scope; WRITE_POSTINGS includes READ_DRAFTS
 * (a key that writes drafts may read them back).
 */
export function hasScope(viewer: Viewer, scope: ApiKeyScope): boolean {
  if (viewer.kind === "ANONYMOUS") return false;
  if (viewer.kind === "ADMIN") return true;
  if (viewer.scopes.includes(scope)) return true;
  return scope === "READ_DRAFTS" && viewer.scopes.includes("WRITE_POSTINGS");
}

/** The employer whose unpublished postings the caller may read: its own, with READ_DRAFTS; "all" for admins. */
export function draftReaderOf(viewer: Viewer): string | "all" | null {
  if (viewer.kind === "ADMIN") return "all";
  if (viewer.kind === "EMPLOYER" && hasScope(viewer, "READ_DRAFTS")) return viewer.employerId;
  return null;
}
