// Writes to the benefit catalogue, and the offered-benefit lists of employers and postings.

import { recordAudit } from "../audit/audit.write.js";
import { createIdempotently } from "../write/idempotency.js";
import type { Tx, WriteContext } from "../write/transaction.js";
import { failed, ok, type UserError, userError, userErrorsFromZod, type WriteResult } from "../write/user-errors.js";
import { CreateBenefitSchema, type OfferedBenefitData } from "./benefit.input.js";

/**
 * The catalogue ids of offered benefits' keys, or an UNKNOWN_BENEFIT error for each key the
 * catalogue does not have (at `prefix`, index, "key").
 */
export async function resolveBenefitKeys(
  db: Pick<Tx, "benefit">,
  benefits: ReadonlyArray<{ key: string }>,
  prefix: ReadonlyArray<string | number>,
): Promise<{ ids: Map<string, string>; errors: UserError[] }> {
  const keys = [...new Set(benefits.map((b) => b.key))];
  const found = keys.length ? await db.benefit.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } }) : [];
  const ids = new Map(found.map((b) => [b.key, b.id]));
  return { ids, errors: unknownBenefitErrors(ids, benefits, prefix) };
}

/** An UNKNOWN_BENEFIT error for each benefit whose key is not in `ids` (the catalogue's keys and ids). */
export function unknownBenefitErrors(
  ids: ReadonlyMap<string, string>,
  benefits: ReadonlyArray<{ key: string }>,
  prefix: ReadonlyArray<string | number>,
): UserError[] {
  return benefits.flatMap((benefit, index) =>
    ids.has(benefit.key)
      ? []
      : [userError([...prefix, index, "key"], "UNKNOWN_BENEFIT", `No benefit with key "${benefit.key}" in the catalogue (see \`benefits\`).`)],
  );
}

/** Rows for an employer's or a posting's benefit table, in the order given. */
export function offeredBenefitRows(benefits: readonly OfferedBenefitData[], ids: ReadonlyMap<string, string>) {
  return benefits.map((benefit, position) => ({
    benefitId: ids.get(benefit.key) ?? "",
    detail: benefit.detail ?? null,
    value: benefit.value ?? null,
    unit: benefit.unit ?? null,
    position,
  }));
}

/** createBenefit: a catalogue entry; the key must be new. */
export async function createBenefit(
  ctx: WriteContext,
  input: unknown,
  idempotencyKey: string | null | undefined,
): Promise<WriteResult<{ id: string }>> {
  const parsed = CreateBenefitSchema.safeParse(input);
  const errors = parsed.success ? [] : userErrorsFromZod(parsed.error, ["input"], input);
  const key = (input as { key: string }).key;
  return createIdempotently(ctx, { mutation: "createBenefit", objectType: "Benefit", idempotencyKey, input, shapeErrors: errors }, async (tx) => {
    if (await tx.benefit.findUnique({ where: { key }, select: { id: true } })) {
      return failed([userError(["input", "key"], "DUPLICATE_BENEFIT_KEY", `The catalogue already has a benefit with key "${key}".`)]);
    }
    if (!parsed.success) return failed([]);
    const benefit = await tx.benefit.create({ data: { ...parsed.data, description: parsed.data.description ?? null }, select: { id: true } });
    await recordAudit(tx, ctx, { mutation: "createBenefit", objectType: "Benefit", objectId: benefit.id, details: { key } });
    return ok({ id: benefit.id });
  });
}
