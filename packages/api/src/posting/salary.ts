// Salary normalisation: turns a salary as an advert states it (per hour, day, week, month or
// year) into annual figures that can be compared, filtered and sorted across postings.
import type { SalaryPeriod } from "../generated/prisma/client.js";

/** The UK standard full-time week, used for hourly pay when a posting does not state its hours. */
export const STANDARD_HOURS_PER_WEEK = 37.5;

/** Weeks in a salary year (hourly and weekly pay). */
export const WEEKS_PER_YEAR = 52;

/** Working days in a salary year: 5 days a week for 52 weeks (day rates). */
export const WORKING_DAYS_PER_YEAR = 5 * WEEKS_PER_YEAR;

/**
 * How many of each period make a year. HOUR is not here: it depends on the hours per week
 * (see {@link annualFactor}).
 */
export const SALARY_PERIOD_FACTORS: Readonly<Record<Exclude<SalaryPeriod, "HOUR">, number>> = Object.freeze({
  YEAR: 1,
  MONTH: 12,
  WEEK: WEEKS_PER_YEAR,
  DAY: WORKING_DAYS_PER_YEAR,
});

/** A number, or anything that converts to one (Prisma's `Decimal`, a numeric string). */
export type NumberLike = number | string | { toNumber(): number };

export interface SalaryToAnnualise {
  /** The lower figure as stated, in the period's unit; null or undefined when not stated. */
  min?: NumberLike | null;
  /** The upper figure as stated; null or undefined when not stated. */
  max?: NumberLike | null;
  /** The period the figures are paid per; without one nothing can be annualised. */
  period?: SalaryPeriod | null;
  /** The posting's own hours per week; only HOUR needs it. */
  hoursPerWeek?: NumberLike | null;
}

export interface AnnualSalary {
  annualMin: number | null;
  annualMax: number | null;
}

/**
 * The factor that turns one `period`'s pay into a year's pay: YEAR 1, MONTH 12, WEEK 52,
 * DAY 260 (5 days × 52 weeks) and HOUR `hoursPerWeek` × 52, falling back to
 * {@link STANDARD_HOURS_PER_WEEK} (37.5) when the hours are missing or not positive.
 */
export function annualFactor(period: SalaryPeriod, hoursPerWeek?: NumberLike | null): number {
  if (period !== "HOUR") return SALARY_PERIOD_FACTORS[period];
  const hours = hoursPerWeek == null ? Number.NaN : toNumber(hoursPerWeek, "hoursPerWeek", true);
  return (Number.isFinite(hours) && hours > 0 ? hours : STANDARD_HOURS_PER_WEEK) * WEEKS_PER_YEAR;
}

/**
 * Normalises a stated salary to annual figures in the same currency.
 *
 * Rules:
 * - YEAR × 1, MONTH × 12, WEEK × 52, DAY × 260 (5 working days × 52 weeks), HOUR × hours per
 *   week × 52, where the hours per week are the posting's own (`hoursPerWeek`), or 37.5 (the UK
 *   standard full-time week) when they are missing, zero or negative.
 * - Each end is converted on its own and only when it was given: a salary stated as a single
 *   figure "from £25,000" (min only) gives `annualMin` only, "up to £40,000" (max only) gives
 *   `annualMax` only. A stated range keeps both ends.
 * - Without a period (salary not disclosed, or not stated per anything) both are null.
 * - Results are rounded to 2 decimal places (pence), half away from zero, after removing
 *   binary floating-point noise (12.21 × 37.5 × 52 is exactly 23,809.50).
 * - Part-time pay stated per year (often "pro rata") is kept as stated: it is already annual.
 *
 * @throws RangeError when a figure is negative or not a finite number.
 */
export function annualiseSalary({ min, max, period, hoursPerWeek }: SalaryToAnnualise): AnnualSalary {
  const lower = min == null ? null : toNumber(min, "min");
  const upper = max == null ? null : toNumber(max, "max");
  if (!period) return { annualMin: null, annualMax: null };
  const factor = annualFactor(period, hoursPerWeek);
  return {
    annualMin: lower == null ? null : roundMoney(lower * factor),
    annualMax: upper == null ? null : roundMoney(upper * factor),
  };
}

/** Rounds to 2 decimal places, half away from zero, ignoring floating-point noise below 15 significant digits. */
export function roundMoney(value: number): number {
  const cents = Number((value * 100).toPrecision(15));
  return (Math.sign(cents) * Math.round(Math.abs(cents))) / 100;
}

function toNumber(value: NumberLike, name: string, lenient = false): number {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : value.toNumber();
  if (lenient) return n;
  if (!Number.isFinite(n)) throw new RangeError(`Salary ${name} must be a finite number, got ${String(value)}`);
  if (n < 0) throw new RangeError(`Salary ${name} must not be negative, got ${n}`);
  return n;
}
