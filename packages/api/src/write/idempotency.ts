// Idempotent creates. A create sent with an idempotency key first claims the key for the caller's
// API key (INSERT ... ON CONFLICT DO NOTHING on the unique (api_key_id, key) index) inside the
// write's transaction. A concurrent request with the same key blocks on that index until the
// first commits, then finds the key taken: with the same input it returns the first result, with
// different input it gets IDEMPOTENCY_KEY_REUSED. If the first rolls back (invalid input), the
// claim goes with it and the key stays free.
import { createHash } from "node:crypto";
import type { KeyViewer } from "../viewer/viewer.js";
import { type Tx, type WriteContext, writeTransaction } from "./transaction.js";
import { failed, ok, type UserError, userError, type WriteResult } from "./user-errors.js";

export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

export type Claim = { kind: "claimed" } | { kind: "replay"; objectId: string } | { kind: "reused"; mutation: string };

/** SHA-256 of the mutation and its input, with object keys sorted so that field order does not matter. */
export function requestHash(mutation: string, input: unknown): string {
  return createHash("sha256").update(canonicalJson({ mutation, input })).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export async function claimIdempotencyKey(tx: Tx, viewer: KeyViewer, key: string, mutation: string, hash: string): Promise<Claim> {
  const { count } = await tx.idempotencyRecord.createMany({
    data: [{ apiKeyId: viewer.keyId, key, mutation, requestHash: hash }],
    skipDuplicates: true,
  });
  if (count === 1) return { kind: "claimed" };
  const record = await tx.idempotencyRecord.findUniqueOrThrow({ where: { apiKeyId_key: { apiKeyId: viewer.keyId, key } } });
  if (record.requestHash !== hash || !record.objectId) return { kind: "reused", mutation: record.mutation };
  return { kind: "replay", objectId: record.objectId };
}

/** Records what the claimed key created, for replays. */
export async function completeIdempotencyKey(tx: Tx, viewer: KeyViewer, key: string, objectType: string, objectId: string): Promise<void> {
  await tx.idempotencyRecord.update({
    where: { apiKeyId_key: { apiKeyId: viewer.keyId, key } },
    data: { objectType, objectId },
  });
}

export interface CreateOptions {
  mutation: string;
  objectType: string;
  idempotencyKey: string | null | undefined;
  /** The input as received: its hash identifies the request. */
  input: unknown;
  /** Problems found in the input before touching the database; nothing is written when there are any. */
  shapeErrors: UserError[];
}

/**
 * Runs a create in one transaction, idempotently when a key is given. `create` does the database
 * checks (reporting them even when `shapeErrors` is not empty, so all problems come back at once)
 * and the write; it must not write when `shapeErrors` is not empty.
 */
export async function createIdempotently(
  ctx: WriteContext,
  options: CreateOptions,
  create: (tx: Tx) => Promise<WriteResult<{ id: string }>>,
): Promise<WriteResult<{ id: string; replayed: boolean }>> {
  const { idempotencyKey: key, mutation, shapeErrors } = options;
  if (key != null) {
    const keyErrors =
      key.trim() === ""
        ? [userError(["idempotencyKey"], "REQUIRED", "idempotencyKey must not be blank.")]
        : key.length > IDEMPOTENCY_KEY_MAX_LENGTH
          ? [userError(["idempotencyKey"], "TOO_LONG", `idempotencyKey must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters long.`)]
          : [];
    if (keyErrors.length) return failed([...keyErrors, ...shapeErrors]);
  }
  const viewer = ctx.viewer;
  if (viewer.kind === "ANONYMOUS") throw new Error(`${mutation} needs an API key (scope-auth lets no anonymous caller here)`);
  const hash = requestHash(mutation, options.input);
  return writeTransaction(ctx, async (tx) => {
    if (key != null) {
      const claim = await claimIdempotencyKey(tx, viewer, key, mutation, hash);
      if (claim.kind === "replay") return ok({ id: claim.objectId, replayed: true });
      if (claim.kind === "reused") {
        return failed([
          userError(
            ["idempotencyKey"],
            "IDEMPOTENCY_KEY_REUSED",
            `This idempotency key was already used with ${claim.mutation === mutation ? "different input" : `\`${claim.mutation}\``}; use a new key for a new request.`,
          ),
        ]);
      }
    }
    const result = await create(tx);
    const errors = [...shapeErrors, ...(result.ok ? [] : result.errors)];
    if (errors.length || !result.ok) return failed(errors);
    if (key != null) await completeIdempotencyKey(tx, viewer, key, options.objectType, result.value.id);
    return ok({ id: result.value.id, replayed: false });
  });
}
