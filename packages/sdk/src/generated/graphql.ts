/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The level held within an accreditation scheme. */
export type AccreditationLevel =
  /** Accredited, for schemes without levels (e.g. Living Wage). */
  | 'ACCREDITED'
  /** Bronze award (e.g. Armed Forces Covenant Employer Recognition Scheme). */
  | 'BRONZE'
  /** Disability Confident level 1: Disability Confident Committed. */
  | 'COMMITTED'
  /** Disability Confident level 2: Disability Confident Employer. */
  | 'EMPLOYER'
  /** Gold award. */
  | 'GOLD'
  /** Disability Confident level 3: Disability Confident Leader. */
  | 'LEADER'
  /** Silver award. */
  | 'SILVER';

/** A recognised employer scheme or accreditation. */
export type AccreditationScheme =
  /** Signed the Armed Forces Covenant (with an Employer Recognition Scheme award level when known). */
  | 'ARMED_FORCES_COVENANT'
  /** The UK government's Disability Confident scheme. Employers at EMPLOYER or LEADER level generally offer an interview to disabled applicants who meet the minimum criteria for the job. */
  | 'DISABILITY_CONFIDENT'
  /** Accredited under the Investors in People standard. */
  | 'INVESTORS_IN_PEOPLE'
  /** Accredited by the Living Wage Foundation for secure, predictable hours (Living Hours). */
  | 'LIVING_HOURS'
  /** Accredited by the Living Wage Foundation as paying at least the real Living Wage. */
  | 'LIVING_WAGE'
  /** Signed the MINDFUL EMPLOYER charter for mental health at work. */
  | 'MINDFUL_EMPLOYER';

/** How candidates apply. */
export type ApplyMethod =
  /** By email. */
  | 'EMAIL'
  /** In person. */
  | 'IN_PERSON'
  /** By phone. */
  | 'PHONE'
  /** On a website (the apply URL, or the site the posting came from). */
  | 'WEBSITE';

/** A group of related benefits. */
export type BenefitCategory =
  /** Learning, training and career development. */
  | 'DEVELOPMENT'
  /** Parental leave and family support. */
  | 'FAMILY'
  /** Money: pension, bonus, shares, loans. */
  | 'FINANCIAL'
  /** Flexible and hybrid working. */
  | 'FLEXIBILITY'
  /** Healthcare, insurance and sick pay. */
  | 'HEALTH'
  /** Discounts and lifestyle perks. */
  | 'LIFESTYLE'
  /** Holiday and leave. */
  | 'TIME_OFF'
  /** Wellbeing and mental health support. */
  | 'WELLBEING';

/** Where an offered benefit is declared. */
export type BenefitSource =
  /** The employer offers it on every posting. */
  | 'EMPLOYER'
  /** This posting offers it (overriding the employer's entry for the same benefit). */
  | 'POSTING';

/** The unit of a benefit's value. */
export type BenefitUnit =
  /** Days, e.g. 28 days' holiday. */
  | 'DAYS'
  /** Euros. */
  | 'EUR'
  /** Pounds sterling. */
  | 'GBP'
  /** Months. */
  | 'MONTHS'
  /** A multiple of annual salary, e.g. life assurance at 4x salary. */
  | 'MULTIPLE_OF_SALARY'
  /** A percentage, e.g. a 15% pension contribution. */
  | 'PERCENT'
  /** US dollars. */
  | 'USD'
  /** Weeks, e.g. 26 weeks' parental leave. */
  | 'WEEKS';

/** The kind of contract offered (kept apart from the hours). */
export type ContractType =
  /** An apprenticeship combining work and training. */
  | 'APPRENTICESHIP'
  /** A contractor or freelance engagement. */
  | 'CONTRACT'
  /** A fixed-term contract with an end date. */
  | 'FIXED_TERM'
  /** An internship or work placement. */
  | 'INTERNSHIP'
  /** A permanent (open-ended) contract. */
  | 'PERMANENT'
  /** Temporary work, often through an agency. */
  | 'TEMPORARY'
  /** Unpaid volunteering. */
  | 'VOLUNTEER';

/** Unit of a distance. */
export type DistanceUnit =
  /** Kilometres. */
  | 'KILOMETERS'
  /** Statute miles (1.609344 km). */
  | 'MILES';

/** Narrows a list of employers. Criteria combine with AND; values inside one list combine with OR. */
export type EmployerFilter = {
  /** Only employers holding all of these accreditations. */
  accreditations?: Array<AccreditationScheme> | null | undefined;
  /** Only employers with (true) or without (false) open postings. */
  hasOpenPostings?: boolean | null | undefined;
  /** Only these industries (exact names). */
  industries?: Array<string> | null | undefined;
  /** Name (or a brand) contains this text, ignoring case. */
  nameContains?: string | null | undefined;
  /** Only these size bands. */
  sizes?: Array<EmployerSize> | null | undefined;
};

/** Sort order for employers (default: by name, A first). */
export type EmployerOrder = {
  /** Which way. */
  direction: OrderDirection;
  /** What to sort by. */
  field: EmployerOrderField;
};

/** What to sort employers by. Ties are broken by ID. */
export type EmployerOrderField =
  /** When the employer joined Jobgraph. */
  | 'CREATED_AT'
  /** Name. */
  | 'NAME';

/** An employer's headcount band. */
export type EmployerSize =
  /** 5,000 people or more. */
  | 'ENTERPRISE'
  /** 250 to 4,999 people. */
  | 'LARGE'
  /** 50 to 249 people. */
  | 'MEDIUM'
  /** 1 to 9 people. */
  | 'MICRO'
  /** 10 to 49 people. */
  | 'SMALL';

/** Whether a job is full time, part time or flexible (kept apart from the contract type). */
export type HoursType =
  /** Flexible hours, e.g. annualised or chosen by the worker. */
  | 'FLEXIBLE'
  /** Full time. */
  | 'FULL_TIME'
  /** Part time. */
  | 'PART_TIME';

/** Postings with at least one location within `radius` of a point: a place name ("Bristol", "Leeds, GB") resolved offline through GeoNames' gazetteer, or coordinates. Give either `place` or both `latitude` and `longitude`. */
export type NearFilter = {
  /** WGS 84 latitude of the centre, -90 to 90. */
  latitude?: number | null | undefined;
  /** WGS 84 longitude of the centre, -180 to 180. */
  longitude?: number | null | undefined;
  /** A town or city, optionally with an ISO country code: "Bristol", "Cambridge, US". UK places win ties. */
  place?: string | null | undefined;
  /** Search radius, greater than 0 and at most 1,000 km (621 miles). */
  radius: number;
  /** Unit of `radius` and of the distances returned. */
  unit?: DistanceUnit | null | undefined;
};

/** Sort direction. */
export type OrderDirection =
  /** Ascending: oldest, smallest or A first. */
  | 'ASC'
  /** Descending: newest, largest or Z first. */
  | 'DESC';

/** Narrows a list of postings. Criteria combine with AND; values inside one list combine with OR unless the field says otherwise. */
export type PostingFilter = {
  /** Only postings of employers holding all of these accreditations, e.g. [DISABILITY_CONFIDENT]. */
  accreditations?: Array<AccreditationScheme> | null | undefined;
  /** Only postings offering all of these benefits (catalogue keys, e.g. ["pension", "share-scheme"]), directly or through their employer. */
  benefitKeys?: Array<string> | null | undefined;
  /** Only postings closing at or after this time (open-ended postings qualify). */
  closingAfter?: string | null | undefined;
  /** Only postings closing before this time (open-ended postings do not qualify). */
  closingBefore?: string | null | undefined;
  /** Only these contract types. */
  contractTypes?: Array<ContractType> | null | undefined;
  /** Only these employers (global IDs). */
  employerIds?: Array<string> | null | undefined;
  /** Only these employers (slugs). */
  employerSlugs?: Array<string> | null | undefined;
  /** Only these hours types. */
  hoursTypes?: Array<HoursType> | null | undefined;
  /** Also return postings that are closed or past their closing date (default: open postings only). */
  includeClosed?: boolean | null | undefined;
  /** Full-text search, English stemming, in the style of web search engines: words (all must match), "quoted phrases", -exclusions and OR. Matches the title, skills, summary and description, and the employer's name, weighted in that order for RELEVANCE. */
  keywords?: string | null | undefined;
  /** Only postings near a place or point. */
  near?: NearFilter | null | undefined;
  /** Only postings published at or after this time. */
  postedAfter?: string | null | undefined;
  /** Only postings allowing at least this many remote days a week (fully remote postings always qualify). */
  remoteDaysPerWeekMin?: number | null | undefined;
  /** Only postings paying within an annual range. */
  salary?: SalaryFilter | null | undefined;
  /** Only postings tagged with all of these skills (exact tags, e.g. ["Python", "SQL"]). */
  skills?: Array<string> | null | undefined;
  /** Only these workplace types. */
  workplaceTypes?: Array<WorkplaceType> | null | undefined;
};

/** Sort order for postings. */
export type PostingOrder = {
  /** Which way. */
  direction: OrderDirection;
  /** What to sort by. */
  field: PostingOrderField;
};

/** What to sort postings by. Ties are broken by ID, so pages are stable. */
export type PostingOrderField =
  /** Closing date; postings without one sort last. */
  | 'CLOSES_AT'
  /** Distance of the nearest location from `filter.near` (requires it). ASC is nearest first. */
  | 'DISTANCE'
  /** Publication date (the default without keywords, newest first). */
  | 'POSTED_AT'
  /** How well the posting matches `filter.keywords` (the default when keywords are given; requires them). DESC is best first. */
  | 'RELEVANCE'
  /** Annual pay: DESC by the top of the range, ASC by the bottom; undisclosed pay sorts last. */
  | 'SALARY'
  /** Last change. */
  | 'UPDATED_AT';

/** Where a posting is in its life cycle. */
export type PostingStatus =
  /** Withdrawn from view; visible only to its employer. */
  | 'ARCHIVED'
  /** No longer accepting applications; still visible. */
  | 'CLOSED'
  /** Being written; visible only to its employer. */
  | 'DRAFT'
  /** Live on job boards (until its closing date passes). */
  | 'PUBLISHED';

/** Postings whose pay, normalised to a year, overlaps the range [min, max] in `currency`: a posting paying £30,000–£40,000 matches min 35,000 and matches max 32,000. A single-figure salary is treated as that figure at both ends. */
export type SalaryFilter = {
  /** ISO 4217 currency of `min` and `max` (default GBP); only postings paying in it match. */
  currency?: string | null | undefined;
  /** Also return postings that state no amount ("Competitive"). */
  includeUndisclosed?: boolean | null | undefined;
  /** Highest annual pay of interest; the posting's bottom of range must not exceed it. */
  max?: number | null | undefined;
  /** Lowest acceptable annual pay; the posting's top of range must reach it. */
  min?: number | null | undefined;
};

/** The period a stated salary is paid per. */
export type SalaryPeriod =
  /** Per day. */
  | 'DAY'
  /** Per hour. */
  | 'HOUR'
  /** Per month. */
  | 'MONTH'
  /** Per week. */
  | 'WEEK'
  /** Per year. */
  | 'YEAR';

/** Where the work is done. */
export type WorkplaceType =
  /** Partly remote, partly at the employer's premises. */
  | 'HYBRID'
  /** At the employer's premises. */
  | 'ON_SITE'
  /** Fully remote. */
  | 'REMOTE';

export type BenefitSummaryFragment = { id: string, key: string, name: string, category: BenefitCategory, description: string | null };

export type OfferedBenefitFieldsFragment = { detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type LocationFieldsFragment = { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null };

export type EmployerSummaryFragment = { id: string, slug: string, name: string };

export type AccreditationFieldsFragment = { scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: string | null, expiresOn: string | null, statement: string | null };

export type EmployerListItemFragment = { logoUrl: string | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: string | null, expiresOn: string | null, statement: string | null }> };

export type EmployerDetailFragment = { description: string | null, descriptionHtml: string | null, websiteUrl: string | null, createdAt: string, updatedAt: string, logoUrl: string | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: string | null, expiresOn: string | null, statement: string | null }> };

export type GetBenefitQueryVariables = Exact<{
  key: string;
  postingsFirst?: number | null | undefined;
  postingsAfter?: string | null | undefined;
}>;


export type GetBenefitQuery = { benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null, postings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: string, closesAt: string | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: string | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null }> }> } } | null };

export type GetEmployerQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | null | undefined;
  postingsFirst?: number | null | undefined;
  postingsAfter?: string | null | undefined;
}>;


export type GetEmployerQuery = { employer: { description: string | null, descriptionHtml: string | null, websiteUrl: string | null, createdAt: string, updatedAt: string, logoUrl: string | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, postings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: string, closesAt: string | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: string | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null }> }> }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: string | null, expiresOn: string | null, statement: string | null }> } | null };

export type GetPostingQueryVariables = Exact<{
  id?: string | null | undefined;
  employerSlug?: string | null | undefined;
  reference?: string | null | undefined;
}>;


export type GetPostingQuery = { posting: { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: string, updatedAt: string, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: string, closesAt: string | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: string | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: string | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: string | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } } | null };

export type ListBenefitsQueryVariables = Exact<{
  category?: BenefitCategory | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListBenefitsQuery = { benefits: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, key: string, name: string, category: BenefitCategory, description: string | null }> } };

export type ListEmployersQueryVariables = Exact<{
  filter?: EmployerFilter | null | undefined;
  orderBy?: EmployerOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListEmployersQuery = { employers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ logoUrl: string | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: string | null, expiresOn: string | null, statement: string | null }> }> } };

export type PostingSummaryFragment = { id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: string, closesAt: string | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: string | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null }> };

export type PostingDetailFragment = { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: string, updatedAt: string, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: string, closesAt: string | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: string | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: string | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: string | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } };

export type PostingPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: string, closesAt: string | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: string | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null }> }> };

export type PostingFacetsFieldsFragment = { contractTypes: Array<{ value: ContractType, count: number }>, hoursTypes: Array<{ value: HoursType, count: number }>, workplaceTypes: Array<{ value: WorkplaceType, count: number }>, employers: Array<{ count: number, employer: { id: string, slug: string, name: string } }>, locations: Array<{ name: string, count: number }>, benefits: Array<{ count: number, benefit: { key: string, name: string, category: BenefitCategory } }>, salary: Array<{ min: number, max: number, count: number }> };

export type SearchPostingsQueryVariables = Exact<{
  filter?: PostingFilter | null | undefined;
  orderBy?: PostingOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  withFacets?: boolean | null | undefined;
}>;


export type SearchPostingsQuery = { postings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: string, closesAt: string | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: string | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: string, latitude: number | null, longitude: number | null }> }>, edges: Array<{ cursor: string, distance: number | null, relevance: number | null }>, facets?: { contractTypes: Array<{ value: ContractType, count: number }>, hoursTypes: Array<{ value: HoursType, count: number }>, workplaceTypes: Array<{ value: WorkplaceType, count: number }>, employers: Array<{ count: number, employer: { id: string, slug: string, name: string } }>, locations: Array<{ name: string, count: number }>, benefits: Array<{ count: number, benefit: { key: string, name: string, category: BenefitCategory } }>, salary: Array<{ min: number, max: number, count: number }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EmployerSummaryFragmentDoc = new TypedDocumentString(`
    fragment EmployerSummary on Employer {
  id
  slug
  name
}
    `, {"fragmentName":"EmployerSummary"}) as unknown as TypedDocumentString<EmployerSummaryFragment, unknown>;
export const LocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment LocationFields on Location {
  name
  addressLine
  locality
  region
  postcode
  countryCode
  latitude
  longitude
}
    `, {"fragmentName":"LocationFields"}) as unknown as TypedDocumentString<LocationFieldsFragment, unknown>;
export const AccreditationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccreditationFields on Accreditation {
  scheme
  level
  awardedOn
  expiresOn
  statement
}
    `, {"fragmentName":"AccreditationFields"}) as unknown as TypedDocumentString<AccreditationFieldsFragment, unknown>;
export const EmployerListItemFragmentDoc = new TypedDocumentString(`
    fragment EmployerListItem on Employer {
  ...EmployerSummary
  logoUrl
  industry
  size
  brands
  openPostingsCount
  headquarters {
    ...LocationFields
  }
  accreditations {
    ...AccreditationFields
  }
}
    fragment LocationFields on Location {
  name
  addressLine
  locality
  region
  postcode
  countryCode
  latitude
  longitude
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment AccreditationFields on Accreditation {
  scheme
  level
  awardedOn
  expiresOn
  statement
}`, {"fragmentName":"EmployerListItem"}) as unknown as TypedDocumentString<EmployerListItemFragment, unknown>;
export const BenefitSummaryFragmentDoc = new TypedDocumentString(`
    fragment BenefitSummary on Benefit {
  id
  key
  name
  category
  description
}
    `, {"fragmentName":"BenefitSummary"}) as unknown as TypedDocumentString<BenefitSummaryFragment, unknown>;
export const OfferedBenefitFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferedBenefitFields on OfferedBenefit {
  benefit {
    ...BenefitSummary
  }
  detail
  value
  unit
  source
}
    fragment BenefitSummary on Benefit {
  id
  key
  name
  category
  description
}`, {"fragmentName":"OfferedBenefitFields"}) as unknown as TypedDocumentString<OfferedBenefitFieldsFragment, unknown>;
export const EmployerDetailFragmentDoc = new TypedDocumentString(`
    fragment EmployerDetail on Employer {
  ...EmployerListItem
  description
  descriptionHtml
  websiteUrl
  benefits {
    ...OfferedBenefitFields
  }
  createdAt
  updatedAt
}
    fragment BenefitSummary on Benefit {
  id
  key
  name
  category
  description
}
fragment OfferedBenefitFields on OfferedBenefit {
  benefit {
    ...BenefitSummary
  }
  detail
  value
  unit
  source
}
fragment LocationFields on Location {
  name
  addressLine
  locality
  region
  postcode
  countryCode
  latitude
  longitude
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment AccreditationFields on Accreditation {
  scheme
  level
  awardedOn
  expiresOn
  statement
}
fragment EmployerListItem on Employer {
  ...EmployerSummary
  logoUrl
  industry
  size
  brands
  openPostingsCount
  headquarters {
    ...LocationFields
  }
  accreditations {
    ...AccreditationFields
  }
}`, {"fragmentName":"EmployerDetail"}) as unknown as TypedDocumentString<EmployerDetailFragment, unknown>;
export const PostingSummaryFragmentDoc = new TypedDocumentString(`
    fragment PostingSummary on Posting {
  id
  title
  summary
  reference
  employer {
    ...EmployerSummary
  }
  salary {
    min
    max
    currency
    period
    text
    annualMin
    annualMax
    disclosed
  }
  hours {
    type
    perWeek
  }
  contractType
  workplace {
    type
    remoteDaysPerWeekMax
    officeDaysPerWeekMin
    officeTimeShareMin
  }
  locations {
    name
    region
    postcode
    countryCode
    latitude
    longitude
  }
  postedAt
  closesAt
  isOpen
}
    fragment EmployerSummary on Employer {
  id
  slug
  name
}`, {"fragmentName":"PostingSummary"}) as unknown as TypedDocumentString<PostingSummaryFragment, unknown>;
export const PostingDetailFragmentDoc = new TypedDocumentString(`
    fragment PostingDetail on Posting {
  ...PostingSummary
  team
  description
  descriptionHtml
  responsibilities
  requirements {
    essential
    desirable
  }
  skills
  hours {
    text
  }
  workplace {
    policy
  }
  locations {
    ...LocationFields
  }
  status
  apply {
    url
    method
    directApply
    email
    instructions
  }
  benefits {
    ...OfferedBenefitFields
  }
  source {
    id
    name
    url
  }
  createdAt
  updatedAt
}
    fragment BenefitSummary on Benefit {
  id
  key
  name
  category
  description
}
fragment OfferedBenefitFields on OfferedBenefit {
  benefit {
    ...BenefitSummary
  }
  detail
  value
  unit
  source
}
fragment LocationFields on Location {
  name
  addressLine
  locality
  region
  postcode
  countryCode
  latitude
  longitude
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment PostingSummary on Posting {
  id
  title
  summary
  reference
  employer {
    ...EmployerSummary
  }
  salary {
    min
    max
    currency
    period
    text
    annualMin
    annualMax
    disclosed
  }
  hours {
    type
    perWeek
  }
  contractType
  workplace {
    type
    remoteDaysPerWeekMax
    officeDaysPerWeekMin
    officeTimeShareMin
  }
  locations {
    name
    region
    postcode
    countryCode
    latitude
    longitude
  }
  postedAt
  closesAt
  isOpen
}`, {"fragmentName":"PostingDetail"}) as unknown as TypedDocumentString<PostingDetailFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const PostingPageFragmentDoc = new TypedDocumentString(`
    fragment PostingPage on PostingConnection {
  totalCount
  pageInfo {
    ...PageInfoFields
  }
  nodes {
    ...PostingSummary
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment PostingSummary on Posting {
  id
  title
  summary
  reference
  employer {
    ...EmployerSummary
  }
  salary {
    min
    max
    currency
    period
    text
    annualMin
    annualMax
    disclosed
  }
  hours {
    type
    perWeek
  }
  contractType
  workplace {
    type
    remoteDaysPerWeekMax
    officeDaysPerWeekMin
    officeTimeShareMin
  }
  locations {
    name
    region
    postcode
    countryCode
    latitude
    longitude
  }
  postedAt
  closesAt
  isOpen
}`, {"fragmentName":"PostingPage"}) as unknown as TypedDocumentString<PostingPageFragment, unknown>;
export const PostingFacetsFieldsFragmentDoc = new TypedDocumentString(`
    fragment PostingFacetsFields on PostingFacets {
  contractTypes {
    value
    count
  }
  hoursTypes {
    value
    count
  }
  workplaceTypes {
    value
    count
  }
  employers {
    count
    employer {
      ...EmployerSummary
    }
  }
  locations {
    name
    count
  }
  benefits {
    count
    benefit {
      key
      name
      category
    }
  }
  salary {
    min
    max
    count
  }
}
    fragment EmployerSummary on Employer {
  id
  slug
  name
}`, {"fragmentName":"PostingFacetsFields"}) as unknown as TypedDocumentString<PostingFacetsFieldsFragment, unknown>;
export const GetBenefitDocument = new TypedDocumentString(`
    query GetBenefit($key: String!, $postingsFirst: Int, $postingsAfter: String) {
  benefit(key: $key) {
    ...BenefitSummary
    postings(first: $postingsFirst, after: $postingsAfter) {
      ...PostingPage
    }
  }
}
    fragment BenefitSummary on Benefit {
  id
  key
  name
  category
  description
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment PostingSummary on Posting {
  id
  title
  summary
  reference
  employer {
    ...EmployerSummary
  }
  salary {
    min
    max
    currency
    period
    text
    annualMin
    annualMax
    disclosed
  }
  hours {
    type
    perWeek
  }
  contractType
  workplace {
    type
    remoteDaysPerWeekMax
    officeDaysPerWeekMin
    officeTimeShareMin
  }
  locations {
    name
    region
    postcode
    countryCode
    latitude
    longitude
  }
  postedAt
  closesAt
  isOpen
}
fragment PostingPage on PostingConnection {
  totalCount
  pageInfo {
    ...PageInfoFields
  }
  nodes {
    ...PostingSummary
  }
}`) as unknown as TypedDocumentString<GetBenefitQuery, GetBenefitQueryVariables>;
export const GetEmployerDocument = new TypedDocumentString(`
    query GetEmployer($slug: String, $id: ID, $postingsFirst: Int, $postingsAfter: String) {
  employer(slug: $slug, id: $id) {
    ...EmployerDetail
    postings(first: $postingsFirst, after: $postingsAfter) {
      ...PostingPage
    }
  }
}
    fragment BenefitSummary on Benefit {
  id
  key
  name
  category
  description
}
fragment OfferedBenefitFields on OfferedBenefit {
  benefit {
    ...BenefitSummary
  }
  detail
  value
  unit
  source
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment LocationFields on Location {
  name
  addressLine
  locality
  region
  postcode
  countryCode
  latitude
  longitude
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment AccreditationFields on Accreditation {
  scheme
  level
  awardedOn
  expiresOn
  statement
}
fragment EmployerListItem on Employer {
  ...EmployerSummary
  logoUrl
  industry
  size
  brands
  openPostingsCount
  headquarters {
    ...LocationFields
  }
  accreditations {
    ...AccreditationFields
  }
}
fragment EmployerDetail on Employer {
  ...EmployerListItem
  description
  descriptionHtml
  websiteUrl
  benefits {
    ...OfferedBenefitFields
  }
  createdAt
  updatedAt
}
fragment PostingSummary on Posting {
  id
  title
  summary
  reference
  employer {
    ...EmployerSummary
  }
  salary {
    min
    max
    currency
    period
    text
    annualMin
    annualMax
    disclosed
  }
  hours {
    type
    perWeek
  }
  contractType
  workplace {
    type
    remoteDaysPerWeekMax
    officeDaysPerWeekMin
    officeTimeShareMin
  }
  locations {
    name
    region
    postcode
    countryCode
    latitude
    longitude
  }
  postedAt
  closesAt
  isOpen
}
fragment PostingPage on PostingConnection {
  totalCount
  pageInfo {
    ...PageInfoFields
  }
  nodes {
    ...PostingSummary
  }
}`) as unknown as TypedDocumentString<GetEmployerQuery, GetEmployerQueryVariables>;
export const GetPostingDocument = new TypedDocumentString(`
    query GetPosting($id: ID, $employerSlug: String, $reference: String) {
  posting(id: $id, employerSlug: $employerSlug, reference: $reference) {
    ...PostingDetail
  }
}
    fragment BenefitSummary on Benefit {
  id
  key
  name
  category
  description
}
fragment OfferedBenefitFields on OfferedBenefit {
  benefit {
    ...BenefitSummary
  }
  detail
  value
  unit
  source
}
fragment LocationFields on Location {
  name
  addressLine
  locality
  region
  postcode
  countryCode
  latitude
  longitude
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment PostingSummary on Posting {
  id
  title
  summary
  reference
  employer {
    ...EmployerSummary
  }
  salary {
    min
    max
    currency
    period
    text
    annualMin
    annualMax
    disclosed
  }
  hours {
    type
    perWeek
  }
  contractType
  workplace {
    type
    remoteDaysPerWeekMax
    officeDaysPerWeekMin
    officeTimeShareMin
  }
  locations {
    name
    region
    postcode
    countryCode
    latitude
    longitude
  }
  postedAt
  closesAt
  isOpen
}
fragment PostingDetail on Posting {
  ...PostingSummary
  team
  description
  descriptionHtml
  responsibilities
  requirements {
    essential
    desirable
  }
  skills
  hours {
    text
  }
  workplace {
    policy
  }
  locations {
    ...LocationFields
  }
  status
  apply {
    url
    method
    directApply
    email
    instructions
  }
  benefits {
    ...OfferedBenefitFields
  }
  source {
    id
    name
    url
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<GetPostingQuery, GetPostingQueryVariables>;
export const ListBenefitsDocument = new TypedDocumentString(`
    query ListBenefits($category: BenefitCategory, $first: Int, $after: String, $last: Int, $before: String) {
  benefits(
    category: $category
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...BenefitSummary
    }
  }
}
    fragment BenefitSummary on Benefit {
  id
  key
  name
  category
  description
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<ListBenefitsQuery, ListBenefitsQueryVariables>;
export const ListEmployersDocument = new TypedDocumentString(`
    query ListEmployers($filter: EmployerFilter, $orderBy: EmployerOrder, $first: Int, $after: String, $last: Int, $before: String) {
  employers(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...EmployerListItem
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment LocationFields on Location {
  name
  addressLine
  locality
  region
  postcode
  countryCode
  latitude
  longitude
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment AccreditationFields on Accreditation {
  scheme
  level
  awardedOn
  expiresOn
  statement
}
fragment EmployerListItem on Employer {
  ...EmployerSummary
  logoUrl
  industry
  size
  brands
  openPostingsCount
  headquarters {
    ...LocationFields
  }
  accreditations {
    ...AccreditationFields
  }
}`) as unknown as TypedDocumentString<ListEmployersQuery, ListEmployersQueryVariables>;
export const SearchPostingsDocument = new TypedDocumentString(`
    query SearchPostings($filter: PostingFilter, $orderBy: PostingOrder, $first: Int, $after: String, $last: Int, $before: String, $withFacets: Boolean = false) {
  postings(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...PostingSummary
    }
    edges {
      cursor
      distance
      relevance
    }
    facets @include(if: $withFacets) {
      ...PostingFacetsFields
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment EmployerSummary on Employer {
  id
  slug
  name
}
fragment PostingSummary on Posting {
  id
  title
  summary
  reference
  employer {
    ...EmployerSummary
  }
  salary {
    min
    max
    currency
    period
    text
    annualMin
    annualMax
    disclosed
  }
  hours {
    type
    perWeek
  }
  contractType
  workplace {
    type
    remoteDaysPerWeekMax
    officeDaysPerWeekMin
    officeTimeShareMin
  }
  locations {
    name
    region
    postcode
    countryCode
    latitude
    longitude
  }
  postedAt
  closesAt
  isOpen
}
fragment PostingFacetsFields on PostingFacets {
  contractTypes {
    value
    count
  }
  hoursTypes {
    value
    count
  }
  workplaceTypes {
    value
    count
  }
  employers {
    count
    employer {
      ...EmployerSummary
    }
  }
  locations {
    name
    count
  }
  benefits {
    count
    benefit {
      key
      name
      category
    }
  }
  salary {
    min
    max
    count
  }
}`) as unknown as TypedDocumentString<SearchPostingsQuery, SearchPostingsQueryVariables>;