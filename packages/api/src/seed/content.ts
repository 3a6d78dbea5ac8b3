// Vocabulary for the sample-data generator, read from data files: UK job families with their roles,
// pay, skills and advert wording (data/job-families.json), the industries that hire them
// (data/industries.json), pay rates, seniority levels and published pay scales (data/pay.json),
// and the words employer names and site addresses are built from (data/names.json,
// data/addresses.json). Pay is 2025/26 UK pay: NHS Agenda for Change bands, the teachers' pay
// scales in England, Civil Service grades, the National Living Wage and typical market rates.
// Placeholders in sentences: {team}, {place}, {employer}, {skill}, {skill2}.
import { z } from "zod";
import { BenefitUnit, ContractType, type EmployerSize } from "../generated/prisma/enums.js";
import { BENEFIT_KEYS } from "./catalogue.js";
import { check, readData, text, texts, weight } from "./read-data.js";

const levelSchema = z.strictObject({
  /** Goes before the title, with its trailing space ("Senior "), or "" for the base level. */
  prefix: z.string(),
  /** Pay relative to the base level. */
  factor: z.number().positive(),
  weight,
});
export type Level = z.output<typeof levelSchema>;

const payScaleSchema = z.strictObject({
  min: z.number().positive(),
  max: z.number().positive(),
  /** Shown after the figures, e.g. "Band 5"; roles name their scale by it. */
  label: text,
});
export type PayScale = z.output<typeof payScaleSchema>;

const paySchema = z.strictObject({
  nationalLivingWage: z.number().positive(),
  apprenticeMinimumWage: z.number().positive(),
  /** Sets of seniority levels, by the name job families give. */
  levels: z.record(text, z.array(levelSchema).min(1)),
  /** Published pay scales by who publishes them: Agenda for Change (NHS), teachers, Civil Service. */
  scales: z.record(text, z.array(payScaleSchema).min(1)),
});

const roleSchema = z.strictObject({
  title: text,
  /** Annual full-time pay at the base level outside London. */
  salary: z.number().positive().optional(),
  /** The label of a published pay scale, stated as it is (no seniority levels). */
  scale: text.optional(),
  /** Usually paid by the hour: the base hourly range. */
  hourly: z.tuple([z.number().positive(), z.number().positive()]).optional(),
  skills: texts,
  /** The title already says the level ("Manager", "Head of"): no seniority prefix. */
  fixedLevel: z.boolean().optional(),
  /** An unpaid volunteering role. */
  volunteer: z.boolean().optional(),
});

const benefitTemplateSchema = z.strictObject({
  key: text,
  detail: text,
  value: z.number().optional(),
  unit: z.enum(BenefitUnit).optional(),
});

const familySchema = z.strictObject({
  key: text,
  teams: texts,
  /** The name of a set of levels in data/pay.json. */
  levels: text,
  /** Weights of on-site, hybrid and remote working. */
  workplace: z.tuple([weight, weight, weight]),
  /** Weights of contract types; PERMANENT takes the rest up to 100. */
  contracts: z.partialRecord(z.enum(ContractType), weight),
  /** Share of postings that offer shifts or part-time hours. */
  partTime: z.number().min(0).max(1),
  roles: z.array(roleSchema).min(1),
  /** Sentences that follow "We're looking for a ... to join our {team} team in {place}." */
  pitches: texts,
  responsibilities: texts,
  essential: texts,
  desirable: texts,
  skills: texts,
  /** Benefits a posting of this family may add to (or override from) its employer's. */
  postingBenefits: z.array(benefitTemplateSchema).min(1),
});

const industrySchema = z.strictObject({
  name: text,
  /** How common employers of this industry are. */
  weight,
  sizes: z.strictObject({ MICRO: weight, SMALL: weight, MEDIUM: weight, LARGE: weight, ENTERPRISE: weight }),
  /** Weights of the job families (by key) the industry hires. */
  families: z.record(text, weight),
  /** Words that follow the employer's core name, e.g. "Software", "Care Homes". */
  nouns: texts,
  /** Legal forms, "" for none. */
  legalForms: z.array(z.string()).min(1),
  /** Prefer place-like names (councils, schools, trusts). */
  placeLike: z.boolean().optional(),
  /** What the employer does, after "<Name> is a <size> ..." */
  descriptors: texts,
  blurbs: texts,
  /** Benefit keys that are typical of the industry, on top of pension and holiday. */
  typicalBenefits: texts,
  /** The pension scheme and employer contribution, for public bodies. */
  pension: z.strictObject({ detail: text, value: z.number().positive() }).optional(),
  holidayDays: z.tuple([z.number().int().positive(), z.number().int().positive()]),
});
export type Industry = z.output<typeof industrySchema>;

/** The employer sizes, smallest first. */
export const SIZE_ORDER: readonly EmployerSize[] = ["MICRO", "SMALL", "MEDIUM", "LARGE", "ENTERPRISE"];

const PAY = readData("pay.json", paySchema);
const SCALES = new Map(Object.values(PAY.scales).flatMap((scales) => scales.map((s) => [s.label, s] as const)));
for (const s of SCALES.values()) check(s.min <= s.max, "pay.json", `scale "${s.label}" has min above max`);

export const NATIONAL_LIVING_WAGE = PAY.nationalLivingWage;
export const APPRENTICE_MINIMUM_WAGE = PAY.apprenticeMinimumWage;

export interface Role extends Omit<z.output<typeof roleSchema>, "scale"> {
  readonly scale?: PayScale;
}

export interface JobFamily extends Omit<z.output<typeof familySchema>, "levels" | "roles"> {
  readonly levels: readonly Level[];
  readonly roles: readonly Role[];
}

/** A job family's key in data/job-families.json. */
export type FamilyKey = string;

/** Job families by key, with their levels and pay scales looked up in data/pay.json. */
export const JOB_FAMILIES: Readonly<Record<FamilyKey, JobFamily>> = Object.fromEntries(
  Object.entries(readData("job-families.json", z.record(text, familySchema))).map(([key, family]) => {
    const file = "job-families.json";
    check(family.key === key, file, `family "${key}" has key "${family.key}"`);
    const levels = PAY.levels[family.levels];
    check(levels !== undefined, file, `family "${key}" has unknown levels "${family.levels}"`);
    for (const b of family.postingBenefits) check(BENEFIT_KEYS.includes(b.key), file, `family "${key}" has unknown benefit "${b.key}"`);
    const roles = family.roles.map(({ scale, ...role }): Role => {
      if (scale === undefined) return role;
      const payScale = SCALES.get(scale);
      check(payScale !== undefined, file, `role "${role.title}" has unknown pay scale "${scale}"`);
      return { ...role, scale: payScale };
    });
    return [key, { ...family, levels, roles }];
  }),
);

export const INDUSTRIES: readonly Industry[] = readData("industries.json", z.array(industrySchema).min(1));
for (const industry of INDUSTRIES) {
  for (const key of Object.keys(industry.families))
    check(key in JOB_FAMILIES, "industries.json", `industry "${industry.name}" hires unknown family "${key}"`);
  for (const key of industry.typicalBenefits)
    check(BENEFIT_KEYS.includes(key), "industries.json", `industry "${industry.name}" has unknown benefit "${key}"`);
}

const NAMES = readData(
  "names.json",
  z.strictObject({
    /** Compounds of a prefix and an ending read like British place names (Ashford, Silverdale). */
    prefixes: texts,
    endings: texts,
    /** Pairs of surnames make the other employer names ("Hargreaves Pike"). */
    surnames: texts,
    /** Brand suffixes for the trading names of larger employers. */
    brandSuffixes: texts,
  }),
);
export const NAME_PREFIXES: readonly string[] = NAMES.prefixes;
export const NAME_ENDINGS: readonly string[] = NAMES.endings;
export const SURNAMES: readonly string[] = NAMES.surnames;
export const BRAND_SUFFIXES: readonly string[] = NAMES.brandSuffixes;

/** Streets found in most UK towns, and business parks and building names, for site addresses. */
const ADDRESSES = readData("addresses.json", z.strictObject({ streets: texts, buildings: texts }));
export const STREETS: readonly string[] = ADDRESSES.streets;
export const BUILDINGS: readonly string[] = ADDRESSES.buildings;
