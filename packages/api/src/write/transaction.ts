import type { Context } from "../context.js";
import type { Prisma } from "../generated/prisma/client.js";
import { failed, ok, UserErrorsThrown, type WriteResult } from "./user-errors.js";

export type Tx = Prisma.TransactionClient;

/** A request's write context: the caller, its clock and request id, and the database. */
export type WriteContext = Pick<Context, "prisma" | "viewer" | "now" | "requestId">;

/**
 * Runs `work` in one database transaction. Throwing UserErrorsThrown inside rolls everything
 * back and returns those errors: nothing is written when anything is wrong. Generous waits, so a
 * burst of concurrent writes queues for a pooled connection instead of failing.
 */
export async function writeTransaction<T>(ctx: WriteContext, work: (tx: Tx) => Promise<T | WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    const result = await ctx.prisma.$transaction(
      async (tx) => {
        const value = await work(tx);
        if (isResult<T>(value) && !value.ok) throw new UserErrorsThrown(value.errors);
        return value;
      },
      { maxWait: 15_000, timeout: 30_000 },
    );
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
