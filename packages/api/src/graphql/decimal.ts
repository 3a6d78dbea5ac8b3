/** Prisma returns NUMERIC columns as Decimal objects; the API speaks plain numbers. */
export function toNumber(value: { toNumber(): number } | null | undefined): number | null {
  return value == null ? null : value.toNumber();
}
