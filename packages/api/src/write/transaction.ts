import type { Prisma } from "../generated/prisma/client.js";
import type { Context } from "../graphql/context.js";
import { failed, ok, UserErrorsThrown, type WriteResult } from "./user-errors.js";

export type Tx = Prisma.TransactionClient;

/** A request's write context: the caller, its clock and request id, the database and the live events to announce writes on. */
export type WriteContext = Pick<Context, "prisma" | "viewer" | "now" | "requestId" | "events">;

/** Registers work to run once the transaction has committed (never after a rollback), e.g. announcing the write. */
export type AfterCommit = (action: () => void) => void;

/**
 * Runs `work` in one database transaction. Throwing UserErrorsThrown inside rolls everything
 * back and returns those errors: nothing is written when anything is wrong. Generous waits, so a
 * burst of concurrent writes queues for a pooled connection instead of failing. Actions passed to
 * `afterCommit` run after the commit, only when it succeeded.
 */
export async function writeTransaction<T>(
  ctx: WriteContext,
  work: (tx: Tx, afterCommit: AfterCommit) => Promise<T | WriteResult<T>>,
): Promise<WriteResult<T>> {
  const committed: Array<() => void> = [];
  try {
    const result = await ctx.prisma.$transaction(
      async (tx) => {
        committed.length = 0;
        const value = await work(tx, (action) => committed.push(action));
        if (isResult<T>(value) && !value.ok) throw new UserErrorsThrown(value.errors);
        return value;
      },
      { maxWait: 15_000, timeout: 30_000 },
    );
    for (const action of committed) action();
    return isResult<T>(result) ? result : ok(result);
  } catch (error) {
    if (error instanceof UserErrorsThrown) return failed(error.errors);
    throw error;
  }
}

function isResult<T>(value: unknown): value is WriteResult<T> {
  return typeof value === "object" && value !== null && "ok" in value && typeof (value as { ok: unknown }).ok === "boolean";
}

/** Prisma's unique-constraint violation (P2002), e.g. two writers racing for the same reference. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
