// The write path's side of live events: after a posting write commits, say so. Only postings the
// public can read are announced (PUBLISHED or CLOSED): drafts and archived postings stay quiet.
import type { AfterCommit, WriteContext } from "../write/transaction.js";
import type { PostingEventKind } from "./events.js";

interface Announced {
  id: string;
  employerId: string;
  /** The status after the write. */
  status: string;
  /** The version after the write. */
  version: number;
}

export function announcePostingAfterCommit(ctx: WriteContext, afterCommit: AfterCommit, kind: PostingEventKind, posting: Announced): void {
  if (posting.status !== "PUBLISHED" && posting.status !== "CLOSED") return;
  const events = ctx.events;
  if (!events) return;
  afterCommit(() => events.publish(kind, { postingId: posting.id, employerId: posting.employerId, version: posting.version }));
}
