// Loading the object a write changes: locked for the rest of the transaction (concurrent writers
// to the same row queue up, then see its new state), checked against the caller's rights, and
// against the version the client last saw.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./transaction.js";
import { type UserError, userError } from "./user-errors.js";

/** Locks one row of `table` until the transaction ends. */
export async function lockRow(tx: Tx, table: "postings" | "employers", id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id}::uuid FOR UPDATE`;
}

/** The NOT_FOUND error for an object the caller cannot see; identical for missing and hidden objects. */
export function notFoundError(field: readonly (string | number)[], typename: string, id: string): UserError {
  return userError(field, "NOT_FOUND", `No ${typename.toLowerCase()} with ID "${encodeGlobalID(typename, id)}".`);
}

/** CONFLICT when the client's `expectedVersion` is not the stored one. */
export function versionConflict(typename: string, expected: number | null | undefined, actual: number): UserError[] {
  if (expected == null || expected === actual) return [];
  return [
    userError(
      ["expectedVersion"],
      "CONFLICT",
      `The ${typename.toLowerCase()} changed since version ${expected}: it is at version ${actual} now. Read it again, then retry.`,
    ),
  ];
}
