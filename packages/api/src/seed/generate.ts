// Deterministic generators of realistic UK sample data: employers (with sites, accreditations and
// benefits) and their job postings.
//
// Determinism: every employer and every posting is generated from its own index alone (employer
// j, posting i of employer j), by re-seeding one Faker instance with [seed, kind, j, i] before
// generating it. The same seed and reference date therefore always give the same data, in any
// order and in any batch size, and generation streams in constant memory: only a few small
// per-employer arrays (size, industry, name, posting count) are computed up front.
//
// Dates are relative to `refDate` (default: today at 00:00 UTC): postings were posted in the 60
// days before it and close 7 to 60 days after posting, so a fresh seed always has open postings.
//
// The pieces: employers.ts (with accreditations.ts and benefits.ts), postings.ts (with
// salaries.ts and posting-text.ts), names.ts, random.ts and text.ts; the vocabulary they draw on
// is data, read by content.ts and places.ts from data/*.json.
import { en, en_GB, Faker } from "@faker-js/faker";
import type { EmployerSize } from "../generated/prisma/client.js";
import { INDUSTRIES, type Industry, SIZE_ORDER } from "./content.js";
import { startOfUtcDay } from "./dates.js";
import { generateEmployer } from "./employers.js";
import { assignNameCores, type NameCore } from "./names.js";
import { generatePosting } from "./postings.js";
import { allocate, chance, createSeededRandomizer, KIND_EMPLOYER, KIND_POSTING, KIND_PROFILE, type Rng, weighted, weightedKey } from "./random.js";
import { EMPLOYER_SIZES } from "./tables.js";
import type { GeneratedEmployer, GeneratedPosting } from "./types.js";

export { startOfUtcDay } from "./dates.js";
export { allocate, createSeededRandomizer, uuidv7 } from "./random.js";

export const DEFAULT_SEED = 20260312;
export const DEFAULT_EMPLOYERS = 200;
export const DEFAULT_POSTINGS = 3000;

export interface GeneratorOptions {
  /** Employers to generate (default 200). */
  employers?: number;
  /** Postings to spread over them (default 3000). */
  postings?: number;
  /** Any integer; the same seed and refDate give the same data (default 20260312). */
  seed?: number;
  /** The "today" of the data, truncated to 00:00 UTC (default: today). */
  refDate?: Date;
}

interface EmployerProfile {
  readonly sizes: Uint8Array;
  readonly industries: Uint8Array;
  readonly cores: NameCore[];
  readonly postingCounts: Uint32Array;
}

/**
 * Generates employers and postings from their indexes. Typical use:
 *
 * ```ts
 * const gen = new SeedGenerator({ employers: 200, postings: 3000, seed: 1 });
 * for (const employer of gen.employers()) ...
 * for (const posting of gen.postings()) ...
 * ```
 */
export class SeedGenerator {
  readonly seed: number;
  readonly refDate: Date;
  readonly employerCount: number;
  readonly postingCount: number;
  private readonly faker: Faker;
  private readonly randomizer: ReturnType<typeof createSeededRandomizer>;
  private readonly profile: EmployerProfile;

  constructor(options: GeneratorOptions = {}) {
    this.seed = Math.trunc(options.seed ?? DEFAULT_SEED);
    this.refDate = startOfUtcDay(options.refDate ?? new Date());
    this.employerCount = Math.max(0, Math.trunc(options.employers ?? DEFAULT_EMPLOYERS));
    this.postingCount = this.employerCount === 0 ? 0 : Math.max(0, Math.trunc(options.postings ?? DEFAULT_POSTINGS));
    this.randomizer = createSeededRandomizer();
    this.faker = new Faker({ locale: [en_GB, en], randomizer: this.randomizer });
    this.profile = this.buildProfile();
  }

  /** How many postings employer `j` gets. */
  postingsOf(j: number): number {
    return this.profile.postingCounts[j] ?? 0;
  }

  /** Every employer, in index order. */
  *employers(): Generator<GeneratedEmployer> {
    for (let j = 0; j < this.employerCount; j++) yield this.employer(j);
  }

  /** Every posting, employer by employer (regenerating each employer once to know its sites). */
  *postings(): Generator<GeneratedPosting> {
    for (let j = 0; j < this.employerCount; j++) {
      const n = this.postingsOf(j);
      if (n === 0) continue;
      const employer = this.employer(j);
      for (let i = 0; i < n; i++) yield this.posting(employer, i);
    }
  }

  private reseed(kind: number, a: number, b = 0): Rng {
    this.faker.seed([this.seed, kind, a, b]);
    return { f: this.faker, u32: this.randomizer.nextUint32 };
  }

  // -- Profile: size, industry, name core and posting count of every employer ----------------

  private buildProfile(): EmployerProfile {
    const n = this.employerCount;
    const sizes = new Uint8Array(n);
    const industries = new Uint8Array(n);
    const weights = new Float64Array(n);
    const wantsCompound = new Uint8Array(n);
    for (let j = 0; j < n; j++) {
      const { f } = this.reseed(KIND_PROFILE, j);
      const industryIndex = INDUSTRIES.indexOf(weighted(f, INDUSTRIES, (x) => x.weight));
      const industry = INDUSTRIES[industryIndex] as Industry;
      const size = weightedKey(f, industry.sizes);
      industries[j] = industryIndex;
      sizes[j] = SIZE_ORDER.indexOf(size);
      // Log-normal spread around the size's share, so a few employers post a lot.
      const u1 = Math.max(f.number.float(), 1e-9);
      const u2 = f.number.float();
      const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      weights[j] = EMPLOYER_SIZES[size].postingWeight * Math.exp(0.8 * normal);
      wantsCompound[j] = industry.placeLike || chance(f, 0.3) ? 1 : 0;
    }
    const cores = assignNameCores(this.seed, wantsCompound);
    return { sizes, industries, cores, postingCounts: allocate(this.postingCount, weights) };
  }

  // -- Employers -----------------------------------------------------------------------------

  /** Employer `j` (0-based). */
  employer(j: number): GeneratedEmployer {
    if (j < 0 || j >= this.employerCount) throw new RangeError(`No employer ${j}: there are ${this.employerCount}`);
    const rng = this.reseed(KIND_EMPLOYER, j);
    const industry = INDUSTRIES[this.profile.industries[j] as number] as Industry;
    const size = SIZE_ORDER[this.profile.sizes[j] as number] as EmployerSize;
    const core = this.profile.cores[j] as NameCore;
    return generateEmployer(rng, this.refDate, j, industry, size, core);
  }

  // -- Postings ------------------------------------------------------------------------------

  /** Posting `i` (0-based) of `employer`, which must come from this generator. */
  posting(employer: GeneratedEmployer, i: number): GeneratedPosting {
    const rng = this.reseed(KIND_POSTING, employer.index, i);
    const industry = INDUSTRIES[this.profile.industries[employer.index] as number] as Industry;
    return generatePosting(rng, this.seed, this.refDate, employer, i, industry);
  }
}

/** Generates everything into arrays: for tests and small data sets only. */
export function generateSeedData(options: GeneratorOptions = {}): { employers: GeneratedEmployer[]; postings: GeneratedPosting[] } {
  const gen = new SeedGenerator(options);
  return { employers: [...gen.employers()], postings: [...gen.postings()] };
}
