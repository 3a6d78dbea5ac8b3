// The generator's small tables, read from data files: what an employer of each size is like and the
// values it states (data/employers.json), and the wording of postings (data/wording.json).
import { z } from "zod";
import type { EmployerSize } from "../generated/prisma/enums.js";
import { check, readData, text, texts, weight } from "./read-data.js";

const range = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).refine(([min, max]) => min <= max, "min above max");

const sizeSchema = z.strictObject({
  /** Relative share of postings (big employers advertise far more). */
  postingWeight: weight,
  /** How many sites, headquarters included. */
  sites: range,
  headcount: range,
  /** How the description introduces it: "<Name> is a growing ...". */
  words: text,
  /** How many benefits on top of pension and holiday. */
  extraBenefits: range,
});
export type SizeProfile = z.output<typeof sizeSchema>;

const EMPLOYERS = readData(
  "employers.json",
  z.strictObject({
    sizes: z.strictObject({ MICRO: sizeSchema, SMALL: sizeSchema, MEDIUM: sizeSchema, LARGE: sizeSchema, ENTERPRISE: sizeSchema }),
    /** Closing sentences of employer descriptions. */
    values: texts,
  }),
);
export const EMPLOYER_SIZES: Readonly<Record<EmployerSize, SizeProfile>> = EMPLOYERS.sizes;
export const VALUES: readonly string[] = EMPLOYERS.values;

const WORDING = readData(
  "wording.json",
  z.strictObject({
    /** Full-time weekly hours by job family key, or "default". */
    fullTimeHours: z.record(text, z.array(z.number().positive()).min(1)),
    /** Pay relative to the rest of the UK, by region. */
    regionPay: z.record(text, z.number().positive()),
    /** Ofcom's numbers reserved for drama, by place, so that no real line is printed. */
    dramaNumbers: z.record(text, text),
    /** The advert's seven headings, in each house style ("{employer}" is replaced). */
    headings: z.array(z.tuple([text, text, text, text, text, text, text])).min(1),
    /** Single-word skills that are ordinary words, not names of products or qualifications. */
    commonWords: texts,
  }),
);
check("default" in WORDING.fullTimeHours, "wording.json", 'fullTimeHours has no "default"');
export const FULL_TIME_HOURS: Readonly<Record<string, readonly number[]>> = WORDING.fullTimeHours;
export const REGION_PAY: Readonly<Record<string, number>> = WORDING.regionPay;
export const DRAMA_NUMBERS: Readonly<Record<string, string>> = WORDING.dramaNumbers;
export const HEADINGS: readonly (readonly string[])[] = WORDING.headings;
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDING.commonWords);
