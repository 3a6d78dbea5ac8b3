// The posting life cycle. Documented in docs/writing-data.md and on the PostingStatus enum:
//
//   DRAFT ──publish──▶ PUBLISHED ──close──▶ CLOSED
//                          ▲                  │
//                          └─────publish──────┘   (reopen)
//   DRAFT, PUBLISHED, CLOSED ──archive──▶ ARCHIVED (final: nothing leaves it, nothing changes it)
//
// Publishing needs a publishable posting (posting.rules.ts) and sets postedAt on the first
// publish (from DRAFT); reopening keeps it. Asking for the status a posting already has is a
// successful no-op, so retries are harmless.
import type { PostingStatus } from "../generated/prisma/enums.js";

export type StatusAction = "publish" | "close" | "archive";

export const TRANSITIONS: Readonly<Record<StatusAction, { from: readonly PostingStatus[]; to: PostingStatus }>> = {
  publish: { from: ["DRAFT", "CLOSED"], to: "PUBLISHED" },
  close: { from: ["PUBLISHED"], to: "CLOSED" },
  archive: { from: ["DRAFT", "PUBLISHED", "CLOSED"], to: "ARCHIVED" },
};

export type TransitionCheck = { kind: "change"; to: PostingStatus } | { kind: "unchanged" } | { kind: "invalid"; message: string };

/** Whether `action` may move a posting on from `from`. */
export function checkTransition(action: StatusAction, from: PostingStatus): TransitionCheck {
  const { from: allowed, to } = TRANSITIONS[action];
  if (from === to) return { kind: "unchanged" };
  if (allowed.includes(from)) return { kind: "change", to };
  const reason =
    from === "ARCHIVED" ? "an archived posting is final" : action === "close" ? "only a published posting can be closed" : `not from ${from}`;
  return { kind: "invalid", message: `Cannot ${action} a ${from} posting: ${reason}.` };
}
