// Plain, typed shapes of seed data: what the hand-written advert and the generators produce and
// what seed.ts inserts. Field names follow the Prisma models; related rows are nested.
import type {
  AccreditationLevel,
  AccreditationScheme,
  ApplyMethod,
  BenefitUnit,
  ContractType,
  EmployerSize,
  HoursType,
  PostingStatus,
  SalaryPeriod,
  WorkplaceType,
} from "../generated/prisma/client.js";

export interface LocationSeed {
  name: string;
  addressLine: string | null;
  locality: string | null;
  region: string | null;
  postcode: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  latitude: number | null;
  longitude: number | null;
}

/** A catalogue benefit (by key) as an employer or a posting words it. */
export interface BenefitSeed {
  key: string;
  detail: string | null;
  value: number | null;
  unit: BenefitUnit | null;
}

export interface AccreditationSeed {
  scheme: AccreditationScheme;
  level: AccreditationLevel | null;
  statement: string | null;
  awardedAt: Date | null;
  expiresAt: Date | null;
}

export interface EmployerSeed {
  slug: string;
  name: string;
  description: string | null;
  websiteUrl: string | null;
  logoUrl: string | null;
  industry: string | null;
  size: EmployerSize | null;
  brands: string[];
  headquarters: LocationSeed | null;
  accreditations: AccreditationSeed[];
  /** In the employer's own order (stored as `position`). */
  benefits: BenefitSeed[];
}

export interface PostingSeed {
  reference: string;
  title: string;
  summary: string | null;
  description: string;
  team: string | null;
  responsibilities: string[];
  requirementsEssential: string[];
  requirementsDesirable: string[];
  skills: string[];
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: SalaryPeriod | null;
  salaryText: string | null;
  salaryAnnualMin: number | null;
  salaryAnnualMax: number | null;
  hoursType: HoursType | null;
  hoursPerWeek: number | null;
  hoursText: string | null;
  contractType: ContractType | null;
  workplaceType: WorkplaceType | null;
  remoteDaysPerWeekMax: number | null;
  officeDaysPerWeekMin: number | null;
  officeTimeShareMin: number | null;
  workplacePolicy: string | null;
  postedAt: Date;
  closesAt: Date | null;
  status: PostingStatus;
  applyUrl: string | null;
  applyEmail: string | null;
  applyMethod: ApplyMethod | null;
  applyInstructions: string | null;
  directApply: boolean;
  sourceName: string | null;
  sourceUrl: string | null;
  sourceId: string | null;
  /** In the advert's order; the first is the primary location. */
  locations: LocationSeed[];
  /** The posting's own benefits, on top of (or overriding) the employer's. */
  benefits: BenefitSeed[];
}

/** A location row with its id, shared by an employer's headquarters and its postings. */
export interface GeneratedLocation extends LocationSeed {
  id: string;
}

export interface GeneratedEmployer extends EmployerSeed {
  id: string;
  /** Index of the employer in the generated set (0-based). */
  index: number;
  headquarters: GeneratedLocation;
  /** Every place the employer has staff, headquarters first; postings are based at these. */
  sites: GeneratedLocation[];
  accreditations: Array<AccreditationSeed & { id: string }>;
  createdAt: Date;
  updatedAt: Date;
}

export interface GeneratedPosting extends PostingSeed {
  id: string;
  employerId: string;
  /** Index of the posting within its employer (0-based). */
  index: number;
  /** A subset of the employer's sites, so the rows are shared, not copied. */
  locations: GeneratedLocation[];
  createdAt: Date;
  updatedAt: Date;
}
