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
import { en, en_GB, Faker, type Randomizer } from "@faker-js/faker";
import { annualiseSalary } from "../domain/salary.js";
import type {
  AccreditationLevel,
  AccreditationScheme,
  ApplyMethod,
  ContractType,
  EmployerSize,
  HoursType,
  PostingStatus,
  SalaryPeriod,
  WorkplaceType,
} from "../generated/prisma/client.js";
import { BENEFIT_CATALOGUE } from "./catalogue.js";
import {
  APPRENTICE_MINIMUM_WAGE,
  BRAND_SUFFIXES,
  BUILDINGS,
  type FamilyKey,
  INDUSTRIES,
  type Industry,
  JOB_FAMILIES,
  type JobFamily,
  type Level,
  NAME_ENDINGS,
  NAME_PREFIXES,
  NATIONAL_LIVING_WAGE,
  type Role,
  STREETS,
  SURNAMES,
} from "./content.js";
import { type Place, UK_PLACES } from "./places.js";
import type { AccreditationSeed, BenefitSeed, GeneratedEmployer, GeneratedLocation, GeneratedPosting } from "./types.js";

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

const DAY_MS = 86_400_000;

/** `date` (default now) truncated to 00:00 UTC. */
export function startOfUtcDay(date: Date = new Date()): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// Randomness

/**
 * A small, fast PRNG (sfc32) for Faker. Faker's default Mersenne Twister takes ~35 µs to re-seed,
 * which would dominate generating 100,000 postings one seed each; this one re-seeds in well under
 * a microsecond. Seeds may be arrays of integers: every element affects the state.
 */
export function createSeededRandomizer(): Randomizer & { nextUint32(): number } {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const nextUint32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return {
    next: () => nextUint32() / 4294967296,
    nextUint32,
    seed(seed: number | number[]) {
      const parts = Array.isArray(seed) ? seed : [seed];
      let h1 = 0x9e3779b9;
      let h2 = 0x243f6a88;
      let h3 = 0xb7e15162;
      let h4 = 0xdeadbeef ^ parts.length;
      for (const part of parts) {
        const lo = part >>> 0;
        const hi = Math.floor(part / 4294967296) >>> 0;
        h1 = Math.imul(h1 ^ lo, 0x85ebca6b);
        h1 = (h1 << 13) | (h1 >>> 19);
        h2 = Math.imul(h2 ^ hi, 0xc2b2ae35);
        h2 = (h2 << 17) | (h2 >>> 15);
        h3 = Math.imul(h3 ^ h1, 0x27d4eb2f) ^ h2;
        h4 = Math.imul(h4 ^ h3, 0x165667b1) + h1;
      }
      a = h1;
      b = h2;
      c = h3;
      d = h4;
      for (let i = 0; i < 15; i++) nextUint32();
    },
  };
}

/** Seeding kinds: different streams for different things generated from the same index. */
const KIND_PROFILE = 1;
const KIND_EMPLOYER = 2;
const KIND_POSTING = 3;

/** A 32-bit mix of integers, for cheap per-employer style choices. */
function mix32(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const hex16 = (n: number) => (HEX[(n >>> 8) & 0xff] as string) + (HEX[n & 0xff] as string);

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits, here taken from
 * the seeded generator so that ids are reproducible. Ids sort by the time they carry.
 */
export function uuidv7(unixMs: number, random: () => number): string {
  const ms = Math.max(0, Math.floor(unixMs));
  const high = Math.floor(ms / 65536);
  const r1 = random();
  const r2 = random();
  const r3 = random();
  return (
    `${hex16(high >>> 16)}${hex16(high & 0xffff)}-${hex16(ms & 0xffff)}-` +
    `${hex16(0x7000 | (r1 & 0x0fff))}-${hex16(0x8000 | ((r1 >>> 12) & 0x3fff))}-` +
    `${hex16(r2 & 0xffff)}${hex16(r3 >>> 16)}${hex16(r3 & 0xffff)}`
  );
}

// ---------------------------------------------------------------------------------------------
// Small helpers

type Rng = { f: Faker; u32: () => number };

function weighted<T>(f: Faker, items: readonly T[], weight: (item: T) => number): T {
  let total = 0;
  for (const item of items) total += weight(item);
  let r = f.number.float({ min: 0, max: total });
  for (const item of items) {
    r -= weight(item);
    if (r < 0) return item;
  }
  return items[items.length - 1] as T;
}

function weightedKey<K extends string>(f: Faker, weights: Readonly<Partial<Record<K, number>>>): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  return weighted(f, entries, ([, w]) => w)[0];
}

function pick<T>(f: Faker, items: readonly T[]): T {
  return items[f.number.int(items.length - 1)] as T;
}

function chance(f: Faker, p: number): boolean {
  return f.number.float() < p;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const gbp0 = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const gbp2 = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "£61,236", "£12.50". */
export function formatMoney(value: number): string {
  return `£${Number.isInteger(value) ? gbp0.format(value) : gbp2.format(value)}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) && !/^(uni|eu|one)/i.test(word) ? "an" : "a";
}

function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** Replaces {name} placeholders; a skill inside a sentence loses its capital ("experience of customer service"). */
function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string, offset: number) => {
    const value = vars[key] ?? "";
    return offset > 0 && key.startsWith("skill") ? inSentence(value) : value;
  });
}

/** Single-word skills that are ordinary words, not names of products or qualifications. */
const COMMON_WORDS = new Set(
  "Tills Cleaning Dishwashing Reception Compassion Teamwork Communication Organisation Reliability Empathy Listening Creativity Discretion Facilities Administration Recruitment Training Events Sales Estimating Tendering Casework Analysis Campaigning Drafting Troubleshooting Documentation Scripting Networking Teaching Assessment Differentiation Safeguarding Phonics Budgeting Forecasting Reconciliations Reporting Payroll Regulation Month-end Microservices Observability Cocktails Interviews Prototyping Roadmapping Statistics Firewalls Drainage Kerbing Multi-drop Customs Pensions Investments Coaching Copywriting Switchboard Rostering Observations Dispensing Merchandising Underwriting".split(
    " ",
  ),
);

function inSentence(skill: string): string {
  const words = skill.split(" ");
  const first = words[0] ?? "";
  const ordinary =
    words.length === 1 ? COMMON_WORDS.has(first) : /^[A-Z][a-z-]+$/.test(first) && words.slice(1).every((w) => /^[a-z][a-z-]*$/.test(w));
  return ordinary ? first.charAt(0).toLowerCase() + skill.slice(1) : skill;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A multiplier coprime with `m`, near the golden ratio of it, for an affine permutation of [0, m). */
function coprimeStep(m: number, salt: number): number {
  let step = Math.max(1, Math.floor(m * 0.6180339887) + (salt % 97));
  while (gcd(step, m) !== 1) step++;
  return step;
}

const SIZE_ORDER: readonly EmployerSize[] = ["MICRO", "SMALL", "MEDIUM", "LARGE", "ENTERPRISE"];

/** Relative share of postings by employer size (big employers advertise far more). */
const SIZE_POSTING_WEIGHT: Record<EmployerSize, number> = { MICRO: 1, SMALL: 2.5, MEDIUM: 6, LARGE: 18, ENTERPRISE: 70 };

const SITES_BY_SIZE: Record<EmployerSize, readonly [number, number]> = {
  MICRO: [1, 1],
  SMALL: [1, 2],
  MEDIUM: [1, 3],
  LARGE: [2, 6],
  ENTERPRISE: [4, 10],
};

const HEADCOUNT_BY_SIZE: Record<EmployerSize, readonly [number, number]> = {
  MICRO: [3, 9],
  SMALL: [10, 49],
  MEDIUM: [50, 249],
  LARGE: [250, 4999],
  ENTERPRISE: [5000, 45000],
};

const SIZE_WORDS: Record<EmployerSize, string> = {
  MICRO: "a small",
  SMALL: "a growing",
  MEDIUM: "an established",
  LARGE: "a leading",
  ENTERPRISE: "a major national",
};

const PLACE_WEIGHTS = UK_PLACES.map((p) => p.weight);

function pickPlace(f: Faker, exclude: ReadonlySet<Place>, region?: string): Place {
  const candidates = UK_PLACES.filter((p, i) => !exclude.has(p) && (region === undefined || p.region === region) && (PLACE_WEIGHTS[i] ?? 0) > 0);
  const pool = candidates.length ? candidates : UK_PLACES.filter((p) => !exclude.has(p));
  return weighted(f, pool.length ? pool : UK_PLACES, (p) => p.weight);
}

const REGION_PAY: Record<string, number> = {
  London: 1.18,
  "South East England": 1.06,
  "East of England": 1.02,
  Scotland: 1.0,
};

// ---------------------------------------------------------------------------------------------
// Employer names: unique by construction

interface NameCore {
  /** "Ashford" or "Hargreaves Pike" (+ " 2" etc. once the vocabulary is exhausted). */
  text: string;
  /** The two surnames, for "Hargreaves & Pike" styles. */
  pair?: readonly [string, string];
  suffix: string;
}

const UNIQUE_SURNAMES = [...new Set(SURNAMES)];
const COMPOUNDS = NAME_PREFIXES.length * NAME_ENDINGS.length;
const PAIRS = UNIQUE_SURNAMES.length * (UNIQUE_SURNAMES.length - 1);

function compoundName(index: number): string {
  const prefix = NAME_PREFIXES[Math.floor(index / NAME_ENDINGS.length)] as string;
  const ending = NAME_ENDINGS[index % NAME_ENDINGS.length] as string;
  // "Mill" + "ley" reads "Milley", not "Millley".
  return (prefix + ending).replace(/(.)\1\1/g, "$1$1");
}

// ---------------------------------------------------------------------------------------------
// The generator

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
      weights[j] = SIZE_POSTING_WEIGHT[size] * Math.exp(0.8 * normal);
      wantsCompound[j] = industry.placeLike || chance(f, 0.3) ? 1 : 0;
    }
    const cores = this.assignNameCores(wantsCompound);
    return { sizes, industries, cores, postingCounts: allocate(this.postingCount, weights) };
  }

  /**
   * Gives every employer a distinct name core: a compound ("Ashford") for public bodies, schools,
   * trusts and some others, else a pair of surnames ("Hargreaves Pike"), each drawn through a
   * seeded affine permutation of its vocabulary so that no two employers share one. Slugs are
   * then unique too: a slug is the core's words followed by industry words, and no industry word
   * is a name word.
   */
  private assignNameCores(wantsCompound: Uint8Array): NameCore[] {
    const salt = mix32(this.seed, 0x6e616d65);
    const cStep = coprimeStep(COMPOUNDS, salt);
    const pStep = coprimeStep(PAIRS, salt >>> 8);
    const cOffset = salt % COMPOUNDS;
    const pOffset = (salt >>> 4) % PAIRS;
    let compounds = 0;
    let pairs = 0;
    const cores: NameCore[] = [];
    const m = UNIQUE_SURNAMES.length - 1;
    for (let j = 0; j < wantsCompound.length; j++) {
      if (wantsCompound[j] && compounds < COMPOUNDS) {
        cores.push({ text: compoundName((compounds * cStep + cOffset) % COMPOUNDS), suffix: "" });
        compounds++;
        continue;
      }
      const round = Math.floor(pairs / PAIRS);
      const idx = ((pairs % PAIRS) * pStep + pOffset) % PAIRS;
      const a = Math.floor(idx / m);
      const b0 = idx % m;
      const first = UNIQUE_SURNAMES[a] as string;
      const second = UNIQUE_SURNAMES[b0 >= a ? b0 + 1 : b0] as string;
      cores.push({ text: `${first} ${second}`, pair: [first, second], suffix: round ? ` ${round + 1}` : "" });
      pairs++;
    }
    return cores;
  }

  // -- Employers -----------------------------------------------------------------------------

  /** Employer `j` (0-based). */
  employer(j: number): GeneratedEmployer {
    if (j < 0 || j >= this.employerCount) throw new RangeError(`No employer ${j}: there are ${this.employerCount}`);
    const { f, u32 } = this.reseed(KIND_EMPLOYER, j);
    const industry = INDUSTRIES[this.profile.industries[j] as number] as Industry;
    const size = SIZE_ORDER[this.profile.sizes[j] as number] as EmployerSize;
    const core = this.profile.cores[j] as NameCore;

    let noun = pick(f, industry.nouns);
    if (core.pair && industry.name === "Public sector") noun = "Housing Association";
    const legal = pick(f, size === "LARGE" || size === "ENTERPRISE" ? industry.legalForms : industry.legalForms.filter((l) => l !== "plc"));
    const coreText = core.pair && (industry.name === "Professional services" || chance(f, 0.15)) ? `${core.pair[0]} & ${core.pair[1]}` : core.text;
    const name = `${coreText} ${noun}${legal ? ` ${legal}` : ""}${core.suffix}`;
    const slug = slugify(name);
    const domain = `${slugify(`${core.text} ${noun}${core.suffix}`)}.example`;

    const createdAt = new Date(this.refDate.getTime() - f.number.int({ min: 120, max: 2200 }) * DAY_MS + f.number.int(DAY_MS - 1));
    const updatedAt = new Date(Math.min(createdAt.getTime() + f.number.int(100) * DAY_MS, this.refDate.getTime() - 1000));
    const id = uuidv7(createdAt.getTime(), u32);

    // Sites: headquarters first; regional bodies stay in their region.
    const [minSites, maxSites] = SITES_BY_SIZE[size];
    const siteCount = f.number.int({ min: minSites, max: maxSites });
    const used = new Set<Place>();
    const hqPlace = pickPlace(f, used);
    used.add(hqPlace);
    const regional = industry.placeLike || size === "SMALL" || size === "MEDIUM";
    for (let k = 1; k < siteCount; k++) used.add(pickPlace(f, used, regional && chance(f, 0.75) ? hqPlace.region : undefined));
    const sites: GeneratedLocation[] = [...used].map((place, k) => ({
      id: uuidv7(createdAt.getTime(), u32),
      name: place.name,
      addressLine: k === 0 || chance(f, 0.6) ? siteAddress(f) : null,
      locality: place.name,
      region: place.region,
      postcode: place.postcode,
      countryCode: "GB",
      latitude: place.latitude,
      longitude: place.longitude,
    }));
    const headquarters = sites[0] as GeneratedLocation;

    const brands =
      (size === "LARGE" || size === "ENTERPRISE") && chance(f, 0.3)
        ? f.helpers.arrayElements(BRAND_SUFFIXES, { min: 1, max: 3 }).map((suffix) => `${core.pair ? core.pair[0] : core.text} ${suffix}`)
        : [];

    const [minHead, maxHead] = HEADCOUNT_BY_SIZE[size];
    const headcount = roundHeadcount(f.number.int({ min: minHead, max: maxHead }));
    const founded = f.number.int({ min: 1850, max: this.refDate.getUTCFullYear() - 2 });
    const others = sites.slice(1).map((s) => s.name);
    const paragraphs = [
      `${name} is ${SIZE_WORDS[size]} ${pick(f, industry.descriptors)} headquartered in ${headquarters.name}${
        others.length ? `, with ${others.length === 1 ? "a second site" : "sites"} in ${joinAnd(others)}` : ""
      }. ${pick(f, industry.blurbs)}`,
      `Founded in ${founded}, we employ around ${gbp0.format(headcount)} people. ${pick(f, VALUES)}`,
    ];

    return {
      id,
      index: j,
      slug,
      name,
      description: paragraphs.join("\n\n"),
      websiteUrl: `https://www.${domain}`,
      logoUrl: chance(f, 0.5) ? `https://www.${domain}/logo.png` : null,
      industry: industry.name,
      size,
      brands,
      headquarters,
      sites,
      accreditations: this.accreditations(f, u32, industry, size, createdAt),
      benefits: employerBenefits(f, industry, size),
      createdAt,
      updatedAt,
    };
  }

  private accreditations(
    f: Faker,
    u32: () => number,
    industry: Industry,
    size: EmployerSize,
    createdAt: Date,
  ): Array<AccreditationSeed & { id: string }> {
    const sizeRank = SIZE_ORDER.indexOf(size);
    const publicish = industry.name === "Public sector" || industry.name === "Healthcare" || industry.name === "Education";
    const out: Array<AccreditationSeed & { id: string }> = [];
    const add = (scheme: AccreditationScheme, level: AccreditationLevel | null, statement: string, years: number | null) => {
      const dated = chance(f, 0.7);
      const awardedAt = dated ? new Date(this.refDate.getTime() - f.number.int({ min: 30, max: 1000 }) * DAY_MS) : null;
      const day = awardedAt ? startOfUtcDay(awardedAt) : null;
      const expiresAt = day && years ? new Date(Date.UTC(day.getUTCFullYear() + years, day.getUTCMonth(), day.getUTCDate())) : null;
      out.push({ id: uuidv7(createdAt.getTime(), u32), scheme, level, statement, awardedAt: day, expiresAt });
    };
    if (chance(f, publicish ? 0.9 : ([0.15, 0.25, 0.4, 0.6, 0.8][sizeRank] ?? 0.3))) {
      const level = weightedKey<AccreditationLevel>(
        f,
        sizeRank >= 3 || publicish ? { COMMITTED: 20, EMPLOYER: 50, LEADER: 30 } : { COMMITTED: 55, EMPLOYER: 40, LEADER: 5 },
      );
      const statement = {
        COMMITTED: "We are a Disability Confident Committed employer",
        EMPLOYER: "Proud member of the Disability Confident employer scheme",
        LEADER: "We are a Disability Confident Leader",
      }[level as "COMMITTED" | "EMPLOYER" | "LEADER"];
      add("DISABILITY_CONFIDENT", level, statement, 3);
    }
    const livingWage = { "Charity and voluntary": 0.4, "Public sector": 0.4, "Hospitality and leisure": 0.05, Retail: 0.1 }[industry.name] ?? 0.15;
    if (chance(f, livingWage)) add("LIVING_WAGE", "ACCREDITED", "Accredited Living Wage Employer", null);
    if (chance(f, 0.03)) add("LIVING_HOURS", "ACCREDITED", "Accredited Living Hours Employer", null);
    if (sizeRank >= 3 && chance(f, 0.1)) {
      const level = weightedKey<AccreditationLevel>(f, { BRONZE: 50, SILVER: 35, GOLD: 15 });
      add(
        "ARMED_FORCES_COVENANT",
        level,
        `Armed Forces Covenant Employer Recognition Scheme ${level.charAt(0)}${level.slice(1).toLowerCase()} Award holder`,
        5,
      );
    }
    if (chance(f, 0.04)) add("MINDFUL_EMPLOYER", "COMMITTED", "Signed up to the Mindful Employer charter", null);
    if (chance(f, 0.06)) {
      const level = weightedKey<AccreditationLevel>(f, { ACCREDITED: 60, SILVER: 30, GOLD: 10 });
      add(
        "INVESTORS_IN_PEOPLE",
        level,
        level === "ACCREDITED" ? "Accredited by Investors in People" : `Investors in People ${level.charAt(0)}${level.slice(1).toLowerCase()}`,
        3,
      );
    }
    return out;
  }

  // -- Postings ------------------------------------------------------------------------------

  /** Posting `i` (0-based) of `employer`, which must come from this generator. */
  posting(employer: GeneratedEmployer, i: number): GeneratedPosting {
    const { f, u32 } = this.reseed(KIND_POSTING, employer.index, i);
    const industry = INDUSTRIES[this.profile.industries[employer.index] as number] as Industry;
    const family = JOB_FAMILIES[weightedKey<FamilyKey>(f, industry.families)] as JobFamily;

    // Contract and role
    let contract = weightedKey<ContractType>(f, contractWeights(family));
    const volunteerRoles = family.roles.filter((r) => r.volunteer);
    const paidRoles = family.roles.filter((r) => !r.volunteer);
    // Apprentices and interns start in roles without seniority in their title or pay.
    const entryRoles = paidRoles.filter((r) => !r.fixedLevel && (r.salary ?? r.scale?.min ?? 0) < 50000);
    if (contract === "VOLUNTEER" && !volunteerRoles.length) contract = "PERMANENT";
    if (earlyCareerContract(contract) && !entryRoles.length) contract = "PERMANENT";
    const earlyCareer = earlyCareerContract(contract);
    const role: Role = pick(f, contract === "VOLUNTEER" ? volunteerRoles : earlyCareer ? entryRoles : paidRoles);
    const level: Level =
      role.scale || role.fixedLevel || role.volunteer || earlyCareer
        ? { prefix: "", factor: 1, weight: 1 }
        : weighted(f, family.levels, (l) => l.weight);
    let title = `${level.prefix}${role.title}`;
    if (contract === "APPRENTICESHIP") title = `${pick(f, ["", "Level 3 ", "Level 4 "])}${role.title} Apprentice`.trimStart();
    if (contract === "INTERNSHIP") title = `${role.title} Intern`;
    if (role.scale && industry.name === "Healthcare" && chance(f, 0.4)) title = `${title} - ${role.scale.label}`;
    const team = pick(f, family.teams);

    // Places: 1–3 of the employer's sites, the first the primary one.
    const locationCount = Math.min(
      employer.sites.length,
      weighted(f, [1, 2, 3], (n) => [72, 20, 8][n - 1] ?? 0),
    );
    const primary = chance(f, 0.45) ? employer.headquarters : pick(f, employer.sites);
    const locations = [
      primary,
      ...f.helpers.arrayElements(
        employer.sites.filter((s) => s !== primary),
        locationCount - 1,
      ),
    ];
    const placeNames = locations.map((l) => l.name);

    // Hours
    const hourlyRole = Boolean(role.hourly);
    let hoursType: HoursType = "FULL_TIME";
    if (!earlyCareer && chance(f, family.partTime)) hoursType = hourlyRole && chance(f, 0.25) ? "FLEXIBLE" : "PART_TIME";
    if (contract === "VOLUNTEER") hoursType = chance(f, 0.5) ? "FLEXIBLE" : "PART_TIME";
    const hoursPerWeek =
      hoursType === "FULL_TIME"
        ? pick(f, FULL_TIME_HOURS[family.key] ?? FULL_TIME_HOURS.default ?? [37.5])
        : hoursType === "PART_TIME"
          ? contract === "VOLUNTEER"
            ? pick(f, [3, 4, 6, 8])
            : pick(f, [16, 18, 20, 22.5, 24, 25, 28, 30])
          : null;
    const style = mix32(this.seed, employer.index, 0x7374796c);
    const hoursText = hoursTextFor(hoursType, hoursPerWeek, style, family.key);

    // Workplace
    let workplaceType: WorkplaceType = weighted(
      f,
      ["ON_SITE", "HYBRID", "REMOTE"] as const,
      (t) => family.workplace[["ON_SITE", "HYBRID", "REMOTE"].indexOf(t)] ?? 0,
    );
    if ((hourlyRole || contract === "VOLUNTEER") && chance(f, 0.9)) workplaceType = "ON_SITE";
    const workingDays = hoursType === "PART_TIME" && hoursPerWeek ? Math.min(5, Math.max(1, Math.round(hoursPerWeek / 7.5))) : 5;
    if (workplaceType === "HYBRID" && workingDays < 2) workplaceType = "ON_SITE";
    let remoteDaysPerWeekMax: number | null = null;
    let officeDaysPerWeekMin: number | null = null;
    let officeTimeShareMin: number | null = null;
    let workplacePolicy: string | null = null;
    const office = `${primary.name} ${pick(f, ["office", "office", "hub", "site"])}`;
    if (workplaceType === "HYBRID") {
      officeDaysPerWeekMin = Math.min(workingDays - 1, pick(f, [1, 2, 2, 2, 3, 3, 4]));
      remoteDaysPerWeekMax = workingDays - officeDaysPerWeekMin;
      const share = Math.round((officeDaysPerWeekMin / workingDays) * 100);
      officeTimeShareMin = chance(f, 0.5) ? share : null;
      const days = `${officeDaysPerWeekMin === 1 ? "one day" : `${NUMBER_WORDS[officeDaysPerWeekMin]} days`}`;
      workplacePolicy = officeTimeShareMin
        ? `Our work style is hybrid, which involves spending at least ${days} per week, or ${share}% of your time, at our ${office}.`
        : pick(f, [
            `Hybrid: at least ${days} a week at our ${office}, the rest from home.`,
            `You can work from home up to ${remoteDaysPerWeekMax} ${remoteDaysPerWeekMax === 1 ? "day" : "days"} a week, and spend at least ${days} a week at our ${office}.`,
            `Hybrid working, with ${days} a week in the office and the rest from home.`,
          ]);
    } else if (workplaceType === "REMOTE") {
      remoteDaysPerWeekMax = workingDays;
      officeDaysPerWeekMin = 0;
      workplacePolicy = pick(f, [
        `Fully remote within the UK, with occasional team days at our ${office}.`,
        "Remote-first: work from anywhere in the UK. We'll provide the kit you need.",
        `This is a home-based role; you'll travel to ${primary.name} about once a month.`,
      ]);
    } else if (chance(f, 0.3)) {
      workplacePolicy = `This role is based on site in ${primary.name}.`;
    }

    // Salary
    const salary = this.salary(f, role, level, contract, hoursType, hoursPerWeek, primary.region ?? "", industry);

    // Dates and status
    const ageDays = 1 + Math.floor(59 * f.number.float() ** 1.6);
    const postedAt = new Date(this.refDate.getTime() - ageDays * DAY_MS + f.number.int({ min: 7 * 60, max: 18 * 60 + 59 }) * 60_000);
    const openDays = pick(f, [7, 10, 14, 14, 21, 28, 28, 30, 30, 35, 42, 56, 60]);
    const closesAt = new Date(startOfUtcDay(postedAt).getTime() + openDays * DAY_MS + DAY_MS - 1000);
    let status: PostingStatus;
    if (chance(f, 0.04)) status = "DRAFT";
    else if (closesAt.getTime() < this.refDate.getTime()) status = chance(f, 0.75) ? "CLOSED" : "ARCHIVED";
    else status = chance(f, 0.04) ? "CLOSED" : "PUBLISHED";
    const createdAt = new Date(postedAt.getTime() - f.number.int({ min: 0, max: 3 * DAY_MS }));
    const updatedAt =
      status === "CLOSED" || status === "ARCHIVED" ? new Date(Math.min(closesAt.getTime() + DAY_MS, this.refDate.getTime() - 1000)) : postedAt;
    const id = uuidv7(createdAt.getTime(), u32);

    // Reference: unique within the employer by construction (it embeds i).
    const reference = referenceFor(mix32(this.seed, employer.index, 0x72656600), employer.name, i, postedAt);

    // Apply
    const domain = (employer.websiteUrl ?? "https://www.example.example").replace(/^https:\/\/www\./, "");
    const inPerson = family.key === "retail" || family.key === "hospitality" ? 18 : 1;
    const applyMethod = weightedKey<ApplyMethod>(f, { WEBSITE: 78, EMAIL: 10, PHONE: 4, IN_PERSON: inPerson });
    let applyUrl: string | null = null;
    let applyEmail: string | null = null;
    let applyInstructions: string | null = null;
    if (applyMethod === "WEBSITE") {
      applyUrl = `https://careers.${domain}/jobs/${encodeURIComponent(reference)}`;
      if (chance(f, 0.3))
        applyInstructions = pick(f, [
          "Apply online with your CV and a short covering note.",
          "Complete our online application form; it takes about 15 minutes.",
          "Apply online. We'll get back to you within 10 working days.",
        ]);
    } else if (applyMethod === "EMAIL") {
      applyEmail = `${pick(f, ["recruitment", "careers", "jobs", "hr"])}@${domain}`;
      applyInstructions = `Send your CV and a covering letter to ${applyEmail}, quoting reference ${reference}.`;
    } else if (applyMethod === "PHONE") {
      applyInstructions = `Call our recruitment team on ${dramaPhone(f, primary.name)} for an application pack or an informal chat.`;
    } else {
      applyInstructions = `Drop your CV in at our ${primary.name} ${family.key === "hospitality" ? "venue" : "store"} and ask for the manager on duty.`;
    }
    const directApply = applyMethod === "WEBSITE" && chance(f, 0.35);
    let sourceName: string | null = null;
    let sourceUrl: string | null = null;
    let sourceId: string | null = null;
    const sourceRoll = f.number.float();
    if (sourceRoll < 0.12) {
      sourceName = "Find a job";
      sourceId = String(f.number.int({ min: 10_000_000, max: 99_999_999 }));
    } else if (sourceRoll < 0.18) {
      sourceName = "Careers site";
      sourceUrl = `https://careers.${domain}/jobs/${encodeURIComponent(reference)}`;
      sourceId = reference;
    }

    // Words
    // The role's own skills in their order (the first is the core one), then some of the family's.
    const ownSkills = role.skills.slice(0, f.number.int({ min: Math.min(2, role.skills.length), max: role.skills.length }));
    const skills = [...new Set([...ownSkills, ...f.helpers.arrayElements(family.skills, { min: 1, max: 3 })])].slice(0, 8);
    const vars = { team, place: listOr(placeNames), employer: employer.name, skill: skills[0] ?? "", skill2: skills[1] ?? skills[0] ?? "" };
    const responsibilities = f.helpers.arrayElements(family.responsibilities, { min: 4, max: 6 }).map((t) => fill(t, vars));
    const requirementsEssential = f.helpers.arrayElements(family.essential, { min: 3, max: 5 }).map((t) => fill(t, vars));
    const requirementsDesirable = f.helpers.arrayElements(family.desirable, { min: 2, max: 3 }).map((t) => fill(t, vars));
    const summary = `We're looking for ${article(title)} ${title} to join our ${team} team in ${vars.place}. ${pick(f, family.pitches)}`;
    const benefits: BenefitSeed[] = chance(f, 0.18)
      ? f.helpers.arrayElements(family.postingBenefits, { min: 1, max: Math.min(2, family.postingBenefits.length) }).map((b) => ({
          key: b.key,
          detail: b.detail,
          value: b.value ?? null,
          unit: b.unit ?? null,
        }))
      : [];
    const description = postingMarkdown({
      style,
      employer,
      summary,
      contractSentence: contractSentence(f, contract, hoursType, workplaceType, placeNames),
      responsibilities,
      requirementsEssential,
      requirementsDesirable,
      salaryText: salary.salaryText,
      benefits,
      applyText: applyInstructions ?? (applyUrl ? "Apply online through our careers site." : "Apply through this advert."),
    });

    return {
      id,
      employerId: employer.id,
      index: i,
      reference,
      title,
      summary,
      description,
      team,
      responsibilities,
      requirementsEssential,
      requirementsDesirable,
      skills,
      ...salary,
      hoursType,
      hoursPerWeek,
      hoursText,
      contractType: contract,
      workplaceType,
      remoteDaysPerWeekMax,
      officeDaysPerWeekMin,
      officeTimeShareMin,
      workplacePolicy,
      postedAt,
      closesAt,
      status,
      applyUrl,
      applyEmail,
      applyMethod,
      applyInstructions,
      directApply,
      sourceName,
      sourceUrl,
      sourceId,
      locations,
      benefits,
      createdAt,
      updatedAt,
    };
  }

  private salary(
    f: Faker,
    role: Role,
    level: Level,
    contract: ContractType,
    hoursType: HoursType,
    hoursPerWeek: number | null,
    region: string,
    industry: Industry,
  ): Pick<GeneratedPosting, "salaryMin" | "salaryMax" | "salaryCurrency" | "salaryPeriod" | "salaryText" | "salaryAnnualMin" | "salaryAnnualMax"> {
    const undisclosed = (text: string) => ({
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: null,
      salaryPeriod: null,
      salaryText: text,
      salaryAnnualMin: null,
      salaryAnnualMax: null,
    });
    if (contract === "VOLUNTEER" || role.volunteer) return undisclosed("Voluntary - travel expenses paid");
    if (chance(f, 0.1)) return undisclosed("Competitive");

    const regionPay = REGION_PAY[region] ?? 0.96;
    const proRata = hoursType !== "FULL_TIME";
    let period: SalaryPeriod = "YEAR";
    let min: number;
    let max: number;
    let label = "";
    let shape: "range" | "single" | "from" | "upTo" = weighted(
      f,
      ["range", "single", "from", "upTo"] as const,
      (s) => ({ range: 78, single: 12, from: 6, upTo: 4 })[s],
    );

    if (role.scale && !earlyCareerContract(contract)) {
      min = role.scale.min;
      max = role.scale.max;
      label = ` (${role.scale.label})`;
      shape = min === max ? "single" : "range";
      if (region === "London") label += industry.name === "Healthcare" ? " plus High Cost Area Supplement" : " plus London weighting";
    } else if (contract === "APPRENTICESHIP") {
      if (chance(f, 0.5)) {
        period = "HOUR";
        min = round2(f.number.float({ min: APPRENTICE_MINIMUM_WAGE, max: 9.5 }));
        max = round2(min + f.number.float({ min: 0, max: 2 }));
      } else {
        min = roundTo(f.number.int({ min: 16000, max: 22000 }) * regionPay, 500);
        max = min + pick(f, [0, 1000, 2000, 3000]);
      }
    } else if (contract === "INTERNSHIP") {
      min = roundTo(f.number.int({ min: 22000, max: 28000 }) * regionPay, 500);
      max = min;
      shape = "single";
    } else if (contract === "CONTRACT" && !role.hourly) {
      const annual = (role.salary ?? 40000) * level.factor * regionPay;
      if (chance(f, 0.8)) {
        period = "DAY";
        min = roundTo(annual / 125, 25);
        max = min + pick(f, [0, 25, 50, 75, 100, 150]);
      } else {
        period = "HOUR";
        min = roundTo(annual / 900, 0.5);
        max = min + pick(f, [0, 2.5, 5, 10]);
      }
    } else if (role.hourly || contract === "TEMPORARY") {
      period = "HOUR";
      const [lo, hi] = role.hourly ?? [((role.salary ?? 30000) / 1950) * 0.95, ((role.salary ?? 30000) / 1950) * 1.05];
      min = Math.max(NATIONAL_LIVING_WAGE, round2(lo * level.factor * (region === "London" ? 1.1 : 1) * f.number.float({ min: 0.98, max: 1.06 })));
      max = Math.max(min, round2(hi * level.factor * (region === "London" ? 1.1 : 1)));
      if (max - min < 0.05) shape = "single";
    } else {
      const centre = (role.salary ?? 30000) * level.factor * regionPay * f.number.float({ min: 0.9, max: 1.1 });
      const spread = f.number.float({ min: 0.06, max: 0.22 });
      min = roundTo(centre * (1 - spread / 2), 500);
      max = roundTo(centre * (1 + spread / 2), 500);
      if (chance(f, 0.12)) {
        // Pay-scale style figures ("£61,236 to £68,040").
        min += f.number.int({ min: -249, max: 249 });
        max += f.number.int({ min: -249, max: 249 });
      }
      const periodRoll = f.number.float();
      if (periodRoll < 0.03) {
        period = "MONTH";
        min = roundTo(min / 12, 50);
        max = roundTo(max / 12, 50);
      } else if (periodRoll < 0.04) {
        period = "WEEK";
        min = roundTo(min / 52, 5);
        max = roundTo(max / 52, 5);
      }
    }
    if (max < min) max = min;
    if (shape === "range" && max === min) shape = "single";

    const per = { HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" }[period];
    const tail = `${label}${proRata && period === "YEAR" ? " pro rata" : ""}`;
    let salaryMin: number | null = min;
    let salaryMax: number | null = max;
    let salaryText: string;
    switch (shape) {
      case "range":
        salaryText = `${formatMoney(min)} to ${formatMoney(max)} per ${per}${tail}`;
        break;
      case "single":
        salaryMax = min;
        salaryText = `${formatMoney(min)} per ${per}${tail}`;
        break;
      case "from":
        salaryMax = null;
        salaryText = `From ${formatMoney(min)} per ${per}${tail}`;
        break;
      case "upTo":
        salaryMin = null;
        salaryText = `Up to ${formatMoney(max)} per ${per}${tail}`;
        break;
    }
    const { annualMin, annualMax } = annualiseSalary({ min: salaryMin, max: salaryMax, period, hoursPerWeek });
    return { salaryMin, salaryMax, salaryCurrency: "GBP", salaryPeriod: period, salaryText, salaryAnnualMin: annualMin, salaryAnnualMax: annualMax };
  }
}

/**
 * Splits `total` postings over employers in proportion to `weights` (largest remainder), giving
 * every employer at least one posting when there are enough to go round.
 */
export function allocate(total: number, weights: Float64Array): Uint32Array {
  const n = weights.length;
  const counts = new Uint32Array(n);
  if (n === 0 || total <= 0) return counts;
  let rest = total;
  if (total >= n) {
    counts.fill(1);
    rest -= n;
  }
  let sum = 0;
  for (const w of weights) sum += w;
  const remainders: Array<[number, number]> = [];
  let given = 0;
  for (let j = 0; j < n; j++) {
    const exact = (rest * (weights[j] as number)) / sum;
    const whole = Math.floor(exact);
    counts[j] = (counts[j] as number) + whole;
    given += whole;
    remainders.push([exact - whole, j]);
  }
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < rest - given; k++) {
    const j = (remainders[k % n] as [number, number])[1];
    counts[j] = (counts[j] as number) + 1;
  }
  return counts;
}

/** Generates everything into arrays: for tests and small data sets only. */
export function generateSeedData(options: GeneratorOptions = {}): { employers: GeneratedEmployer[]; postings: GeneratedPosting[] } {
  const gen = new SeedGenerator(options);
  return { employers: [...gen.employers()], postings: [...gen.postings()] };
}

// ---------------------------------------------------------------------------------------------
// Pieces

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five"];

const VALUES = [
  "We're committed to being an inclusive employer and welcome applications from everyone.",
  "We invest in our people, and most of our leaders were promoted from within.",
  "We're proud of our friendly culture and our part in the local community.",
  "We're a Real Living Wage employer at heart: we believe good work deserves fair pay.",
  "Our values are simple: do the right thing, work together and keep improving.",
  "We want everyone to be able to be themselves at work, and to grow with us.",
];

const FULL_TIME_HOURS: Record<string, readonly number[]> = {
  default: [35, 36.25, 37, 37.5, 37.5, 37.5, 40],
  healthcare: [37.5],
  public: [37, 37, 36],
  education: [32.5, 37, 37.5],
  care: [36, 37.5, 40, 42],
  retail: [37.5, 39, 40],
  hospitality: [40, 40, 42.5, 45],
  logistics: [40, 42.5, 45, 48],
  engineering: [37.5, 39, 40],
  construction: [39, 40, 42.5, 45],
  energy: [37, 37.5, 40],
};

function contractWeights(family: JobFamily): Partial<Record<ContractType, number>> {
  let others = 0;
  for (const w of Object.values(family.contracts)) others += w ?? 0;
  return { PERMANENT: Math.max(0, 100 - others), ...family.contracts };
}

function earlyCareerContract(contract: ContractType): boolean {
  return contract === "APPRENTICESHIP" || contract === "INTERNSHIP";
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function roundTo(n: number, step: number): number {
  return Math.round(Math.round(n / step) * step * 100) / 100;
}

function roundHeadcount(n: number): number {
  if (n < 50) return n;
  if (n < 1000) return Math.round(n / 10) * 10;
  if (n < 10000) return Math.round(n / 100) * 100;
  return Math.round(n / 1000) * 1000;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function siteAddress(f: Faker): string {
  return chance(f, 0.3) ? `${pick(f, BUILDINGS)}, ${pick(f, STREETS)}` : `${f.number.int({ min: 1, max: 180 })} ${pick(f, STREETS)}`;
}

/** Ofcom's numbers reserved for drama, so that no real line is printed. */
const DRAMA_NUMBERS: Record<string, string> = {
  London: "020 7946 0",
  Leeds: "0113 496 0",
  Sheffield: "0114 496 0",
  Nottingham: "0115 496 0",
  Bristol: "0117 496 0",
  Reading: "0118 496 0",
  Birmingham: "0121 496 0",
  Edinburgh: "0131 496 0",
  Glasgow: "0141 496 0",
  Liverpool: "0151 496 0",
  Manchester: "0161 496 0",
  "Newcastle upon Tyne": "0191 498 0",
  Belfast: "028 9649 6",
  Cardiff: "029 2018 0",
};

function dramaPhone(f: Faker, place: string): string {
  const prefix = DRAMA_NUMBERS[place];
  return prefix ? `${prefix}${pad(f.number.int(999), 3)}` : `01632 960${pad(f.number.int(999), 3)}`;
}

function hoursTextFor(type: HoursType, hours: number | null, style: number, family: string): string {
  const shifts = family === "care" || family === "hospitality" || family === "retail" || family === "logistics" ? ", including weekends" : "";
  const termTime = family === "education" && style % 2 === 0 ? ", term time" : "";
  if (type === "FLEXIBLE") return `Flexible - shifts to suit you, typically 8 to 30 hours per week${shifts}`;
  const label = type === "FULL_TIME" ? ["Full-time", "Full time"][style % 2] : ["Part-time", "Part time"][style % 2];
  if (hours == null) return `${label}${termTime}`;
  switch (style % 3) {
    case 0:
      return `${label} - ${hours} hours per week${termTime}${type === "PART_TIME" ? shifts : ""}`;
    case 1:
      return `${label}, ${hours} hours a week${termTime}${type === "PART_TIME" ? shifts : ""}`;
    default:
      return `${hours} hours per week (${(label as string).toLowerCase()})${termTime}`;
  }
}

function contractSentence(f: Faker, contract: ContractType, hours: HoursType, workplace: WorkplaceType, places: readonly string[]): string {
  const hoursWord = { FULL_TIME: "full-time", PART_TIME: "part-time", FLEXIBLE: "flexible-hours" }[hours];
  const where =
    workplace === "REMOTE"
      ? `home-based role, contractually based in ${listOr(places)}`
      : `role based in ${listOr(places)}${workplace === "HYBRID" ? ", with hybrid working" : ""}`;
  switch (contract) {
    case "PERMANENT":
      return `This is a permanent, ${hoursWord} ${where}.`;
    case "FIXED_TERM": {
      const months = pick(f, [6, 9, 12, 12, 18, 24]);
      return `This is a ${months}-month fixed-term, ${hoursWord} ${where}${chance(f, 0.4) ? ", covering parental leave" : ""}.`;
    }
    case "TEMPORARY":
      return `This is a temporary, ${hoursWord} ${where}, for ${pick(f, ["6 weeks", "3 months", "the Christmas period", "the summer season"])} with the possibility of extension.`;
    case "CONTRACT":
      return `This is a ${pick(f, [3, 6, 6, 9, 12])}-month contract, ${hoursWord} ${where}. The role is ${pick(f, ["outside", "outside", "inside"])} IR35.`;
    case "APPRENTICESHIP":
      return `This is a ${hoursWord} apprenticeship ${where.replace(/^role /, "")}. You'll study for a nationally recognised qualification while you earn, with a day a week for off-the-job training.`;
    case "INTERNSHIP":
      return `This is a paid ${pick(f, [10, 12])}-week summer internship ${where.replace(/^role /, "")}.`;
    case "VOLUNTEER":
      return `This is a volunteering ${where}. We'll reimburse reasonable travel expenses.`;
  }
}

const HEADINGS = [
  ["About the role", "What you'll be doing", "What we're looking for", "It would be great if you have", "What we offer", "About us", "How to apply"],
  ["The role", "Key responsibilities", "Essential skills and experience", "Desirable", "Benefits", "About {employer}", "Applying"],
  [
    "Job purpose",
    "Main duties",
    "Person specification: essential",
    "Person specification: desirable",
    "Pay and benefits",
    "About the organisation",
    "How to apply",
  ],
] as const;

const CATALOGUE_NAMES = new Map<string, string>(BENEFIT_CATALOGUE.map((b) => [b.key, b.name]));

function postingMarkdown(p: {
  style: number;
  employer: GeneratedEmployer;
  summary: string;
  contractSentence: string;
  responsibilities: string[];
  requirementsEssential: string[];
  requirementsDesirable: string[];
  salaryText: string | null;
  benefits: BenefitSeed[];
  applyText: string;
}): string {
  const h = HEADINGS[p.style % HEADINGS.length] as readonly string[];
  const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join("\n");
  const own = new Set(p.benefits.map((b) => b.key));
  const offer = [
    ...(p.salaryText ? [`Salary: ${p.salaryText}`] : []),
    ...p.benefits.map((b) => b.detail ?? CATALOGUE_NAMES.get(b.key) ?? b.key),
    ...p.employer.benefits.filter((b) => !own.has(b.key)).map((b) => b.detail ?? CATALOGUE_NAMES.get(b.key) ?? b.key),
  ].slice(0, 8);
  const about = (p.employer.description ?? "").split("\n\n")[0] ?? "";
  return [
    `## ${h[0]}`,
    p.summary,
    p.contractSentence,
    `## ${h[1]}`,
    list(p.responsibilities),
    `## ${h[2]}`,
    list(p.requirementsEssential),
    `## ${h[3]}`,
    list(p.requirementsDesirable),
    `## ${h[4]}`,
    list(offer),
    `## ${(h[5] as string).replace("{employer}", p.employer.name)}`,
    about,
    `## ${h[6]}`,
    p.applyText,
  ].join("\n\n");
}

function referenceFor(style: number, employerName: string, i: number, postedAt: Date): string {
  const base = 100000 + (style % 800000);
  switch (style % 5) {
    case 0:
      return `REQ-${pad(i + 1, 6)}`;
    case 1: {
      const initials = employerName
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .slice(0, 3)
        .map((w) => w[0])
        .join("");
      return `${initials}-${postedAt.getUTCFullYear()}-${pad(i + 1, 4)}`;
    }
    case 2:
      return String(base + i);
    case 3:
      return `JR${pad(i + 1, 5)}`;
    default:
      return `${base + i}_${Math.floor(postedAt.getTime() / 1000)}`;
  }
}

// -- Employer benefits ----------------------------------------------------------------------------

const EXTRA_BENEFITS_BY_SIZE: Record<EmployerSize, readonly [number, number]> = {
  MICRO: [1, 3],
  SMALL: [2, 4],
  MEDIUM: [3, 6],
  LARGE: [4, 8],
  ENTERPRISE: [5, 10],
};

function employerBenefits(f: Faker, industry: Industry, size: EmployerSize): BenefitSeed[] {
  const out: BenefitSeed[] = [];
  if (industry.pension) out.push({ key: "pension", detail: industry.pension.detail, value: industry.pension.value, unit: "PERCENT" });
  else {
    const p = pick(f, size === "MICRO" || size === "SMALL" ? [3, 3, 4, 5, 6] : [4, 5, 6, 8, 10, 12]);
    const detail = pick(f, [
      `Employer pension contribution of ${p}%`,
      `Pension with up to ${p}% employer contribution`,
      `Matched pension contributions of up to ${p}%`,
    ]);
    out.push({ key: "pension", detail, value: p, unit: "PERCENT" });
  }
  const [lo, hi] = industry.holidayDays;
  const days = f.number.int({ min: lo, max: hi });
  out.push(
    days === 28 && chance(f, 0.6)
      ? { key: "holiday", detail: "28 days' holiday including bank holidays", value: 28, unit: "DAYS" }
      : {
          key: "holiday",
          detail: pick(f, [`${days} days' holiday plus bank holidays`, `${days} days' annual leave, rising with service, plus bank holidays`]),
          value: days,
          unit: "DAYS",
        },
  );
  const [minExtra, maxExtra] = EXTRA_BENEFITS_BY_SIZE[size];
  const wanted = f.number.int({ min: minExtra, max: maxExtra });
  const chosen = new Set<string>(["pension", "holiday"]);
  const others = BENEFIT_CATALOGUE.map((b) => b.key as string).filter((k) => !chosen.has(k));
  for (let attempt = 0; chosen.size < wanted + 2 && attempt < 40; attempt++) {
    const key = chance(f, 0.7) ? pick(f, industry.typicalBenefits) : pick(f, others);
    if (chosen.has(key)) continue;
    chosen.add(key);
    out.push(benefitDetail(f, key));
  }
  return out;
}

function benefitDetail(f: Faker, key: string): BenefitSeed {
  const b = (detail: string, value: number | null = null, unit: BenefitSeed["unit"] = null): BenefitSeed => ({ key, detail, value, unit });
  switch (key) {
    case "bonus": {
      const p = pick(f, [5, 8, 10, 15, 20]);
      return chance(f, 0.6)
        ? b(`Annual bonus of up to ${p}% of salary`, p, "PERCENT")
        : b(pick(f, ["Company-wide profit share scheme", "An annual performance-related bonus"]));
    }
    case "share-scheme":
      return b(pick(f, ["Sharesave scheme", "Share Incentive Plan with matching shares", "Free shares every year"]));
    case "life-assurance": {
      const x = pick(f, [2, 3, 4, 4, 6]);
      return b(`Life assurance of ${x} times your salary`, x, "MULTIPLE_OF_SALARY");
    }
    case "season-ticket-loan":
      return b("Interest-free season ticket loan");
    case "holiday-purchase": {
      const d = pick(f, [3, 5, 5, 10]);
      return b(`Buy up to ${d} extra days' holiday a year`, d, "DAYS");
    }
    case "volunteering-leave": {
      const d = pick(f, [1, 2, 2, 3, 5]);
      return b(`${d} paid volunteering ${d === 1 ? "day" : "days"} a year`, d, "DAYS");
    }
    case "private-healthcare":
      return b(
        pick(f, [
          "Private medical insurance, with the option to add your family",
          "Private medical cover for you and your family",
          "Health cash plan covering dental, optical and physiotherapy",
        ]),
      );
    case "dental-insurance":
      return b("Dental cover through salary sacrifice");
    case "enhanced-sick-pay": {
      const w = pick(f, [4, 8, 13, 26]);
      return b(`Up to ${w} weeks' full sick pay`, w, "WEEKS");
    }
    case "wellbeing":
      return b(pick(f, ["Mental health first aiders and a wellbeing app", "A range of wellbeing initiatives", "Free annual health check"]));
    case "employee-assistance":
      return b("24/7 confidential employee assistance programme");
    case "gym-membership":
      return b(pick(f, ["Discounted gym membership", "Free on-site gym", "Corporate gym membership discounts"]));
    case "parental-leave": {
      const w = pick(f, [12, 16, 26, 26, 52]);
      return b(`Enhanced maternity and adoption pay: ${w} weeks at full pay`, w, "WEEKS");
    }
    case "childcare-support":
      return b(pick(f, ["Workplace nursery scheme through salary sacrifice", "Emergency childcare support"]));
    case "discounts": {
      const p = pick(f, [10, 15, 20, 25, 30]);
      return chance(f, 0.5) ? b(`${p}% staff discount`, p, "PERCENT") : b("Discounts at hundreds of high-street retailers");
    }
    case "cycle-to-work":
      return b("Cycle to work scheme");
    case "electric-car-scheme":
      return b("Electric car salary sacrifice scheme");
    case "flexible-working":
      return b(pick(f, ["Flexitime and compressed hours", "Flexible working from day one", "Flexible start and finish times"]));
    case "hybrid-working":
      return b(pick(f, ["Hybrid working for office-based roles", "Hybrid working: a mix of home and office"]));
    case "training-budget": {
      const gbp = pick(f, [500, 750, 1000, 1500, 2000]);
      return b(`${formatMoney(gbp)} personal learning budget every year`, gbp, "GBP");
    }
    case "study-support":
      return b(
        pick(f, ["Funded professional qualifications and study leave", "Support with professional qualifications such as CIPD, CIMA and ACCA"]),
      );
    default:
      return b(CATALOGUE_NAMES.get(key) ?? key);
  }
}
