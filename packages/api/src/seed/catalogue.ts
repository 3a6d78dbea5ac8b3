// The shared benefit catalogue: the benefits UK employers advertise, each under a stable key that
// clients can filter on. Employers and postings attach a catalogue entry with their own wording
// (`detail`), figure (`value`) and `unit`. The catalogue and the accreditation schemes are data,
// in data/catalogue.json. Seeding upserts benefits by key, so editing a name or a description
// there and re-seeding updates an existing database.
import { z } from "zod";
import { AccreditationLevel, AccreditationScheme, BenefitCategory } from "../generated/prisma/enums.js";
import { check, readData, text } from "./read-data.js";

export interface CatalogueBenefit {
  /** Stable, URL-safe identifier (kebab-case); never renamed once published. */
  readonly key: string;
  readonly name: string;
  readonly category: BenefitCategory;
  readonly description: string;
}

const CATALOGUE = readData(
  "catalogue.json",
  z.strictObject({
    benefits: z
      .array(
        z.strictObject({
          key: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
          name: text,
          category: z.enum(BenefitCategory),
          description: text,
        }),
      )
      .min(1),
    accreditationSchemes: z.record(
      z.enum(AccreditationScheme),
      z.strictObject({ name: text, description: text, levels: z.array(z.enum(AccreditationLevel)).min(1), url: z.url() }),
    ),
  }),
);
check(new Set(CATALOGUE.benefits.map((b) => b.key)).size === CATALOGUE.benefits.length, "catalogue.json", "two benefits have the same key");

export const BENEFIT_CATALOGUE: readonly CatalogueBenefit[] = CATALOGUE.benefits;

/** The keys of the seeded catalogue. */
export const BENEFIT_KEYS: readonly string[] = BENEFIT_CATALOGUE.map((b) => b.key);

/**
 * What each accreditation scheme is and what its levels mean, for documentation (e.g. the
 * descriptions of the GraphQL enum values). The Disability Confident text is the one the UK
 * government's "Find a job" service prints under every Disability Confident employer's advert
 * (whose "For more details please go to Disability Confident" links to `url`).
 */
export const ACCREDITATION_SCHEMES: Readonly<
  Record<AccreditationScheme, { name: string; description: string; levels: readonly AccreditationLevel[]; url: string }>
> = CATALOGUE.accreditationSchemes;
