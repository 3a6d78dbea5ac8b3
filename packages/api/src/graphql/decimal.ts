/** Prisma returns NUMERIC columns as Decimal objects, planned reads (db/read-plan.ts) as numbers; the API speaks plain numbers. */
export function toNumber(value: { toNumber(): number } | number | null | undefined): number | null {
  return value == null ? null : typeof value === "number" ? value : value.toNumber();
}
