/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { CountryCode, CurrencyCode, DateString, DateTimeString, UrlString } from '../scalars.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A scheme the employer belongs to; each scheme at most once. */
export type AccreditationInput = {
  /** When it was awarded. */
  awardedOn?: string | null | undefined;
  /** When it lapses unless renewed; after `awardedOn`. */
  expiresOn?: string | null | undefined;
  /** The level held, for schemes with levels. */
  level?: AccreditationLevel | null | undefined;
  /** The scheme. */
  scheme: AccreditationScheme;
  /** The employer's own statement (at most 1,000 characters). */
  statement?: string | null | undefined;
};

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

/** What an API key may do. */
export type ApiKeyScope =
  /** Platform administration: everything, for every employer, plus creating employers and catalogue benefits and reading the audit log. */
  | 'ADMIN'
  /** Change the employer's profile and its benefits. */
  | 'MANAGE_EMPLOYER'
  /** Read the key's employer's DRAFT and ARCHIVED postings. */
  | 'READ_DRAFTS'
  /** Create, change, publish, close and archive the employer's postings and set their benefits (includes READ_DRAFTS). */
  | 'WRITE_POSTINGS';

/** How to apply. WEBSITE needs `url`, EMAIL needs `email`. */
export type ApplyInput = {
  /** Whether candidates can apply without leaving the job board. */
  directApply?: boolean | null | undefined;
  /** Where to send applications by email. */
  email?: string | null | undefined;
  /** Anything else the candidate must do to apply. */
  instructions?: string | null | undefined;
  /** The way applications are taken. */
  method?: ApplyMethod | null | undefined;
  /** Where to apply online: an absolute http(s) URL. */
  url?: string | null | undefined;
};

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

/** A new entry in the shared benefit catalogue (admin keys only). */
export type CreateBenefitInput = {
  /** The group the benefit belongs to. */
  category: BenefitCategory;
  /** What the benefit is. */
  description?: string | null | undefined;
  /** Stable slug, unique in the catalogue, e.g. "cycle-to-work". */
  key: string;
  /** Display name, e.g. "Cycle to work scheme". */
  name: string;
};

/** A new employer (admin keys only). */
export type CreateEmployerInput = {
  /** Schemes and accreditations held. Sending it replaces the stored list. */
  accreditations?: Array<AccreditationInput> | null | undefined;
  /** Benefits offered on every posting (see also `setEmployerBenefits`). */
  benefits?: Array<OfferedBenefitInput> | null | undefined;
  /** Trading names (at most 20). */
  brands?: Array<string> | null | undefined;
  /** About the employer, in Markdown, stored as written. */
  description?: string | null | undefined;
  /** Head office. Sending it replaces the stored headquarters; null removes it. */
  headquarters?: LocationInput | null | undefined;
  /** The employer's industry, e.g. "Banking and financial services". */
  industry?: string | null | undefined;
  /** A logo image: an absolute http(s) URL. */
  logoUrl?: string | null | undefined;
  /** The employer's name (at most 200 characters). */
  name: string;
  /** Headcount band. */
  size?: EmployerSize | null | undefined;
  /** Unique, URL-safe handle: lower-case letters, digits and hyphens, e.g. "acme-retail". */
  slug: string;
  /** The employer's website: an absolute http(s) URL. */
  websiteUrl?: string | null | undefined;
};

/** A new posting. It starts as a DRAFT; `publishPosting` puts it live. */
export type CreatePostingInput = {
  /** How to apply. */
  apply?: ApplyInput | null | undefined;
  /** The posting's own benefits, on top of or overriding the employer's (replaces the stored list when sent). */
  benefits?: Array<OfferedBenefitInput> | null | undefined;
  /** When applications close; after the posting date. Publishing needs one in the future. */
  closesAt?: string | null | undefined;
  /** Permanent, fixed term, etc. */
  contractType?: ContractType | null | undefined;
  /** The full advert in Markdown, stored as written (at most 50,000 characters). */
  description: string;
  /** The employer (global ID). An employer key may leave it out (its own employer); an admin key must send it. */
  employerId?: string | null | undefined;
  /** Working hours. */
  hours?: HoursInput | null | undefined;
  /** Where the job is based, primary first (at most 20). Replaces every stored location when sent. */
  locations?: Array<LocationInput> | null | undefined;
  /** Benefits the catalogue has no entry for, in the advert's words (at most 50, each at most 500 characters). */
  otherBenefits?: Array<string> | null | undefined;
  /** The employer's own job reference, unique per employer (at most 100 characters). */
  reference: string;
  /** Essential and desirable requirements. */
  requirements?: RequirementsInput | null | undefined;
  /** What the job involves, in advert order (at most 50). */
  responsibilities?: Array<string> | null | undefined;
  /** Pay. Fields you leave out keep their stored values; null clears the whole group. */
  salary?: SalaryInput | null | undefined;
  /** Skills as short tags (at most 50, each at most 60 characters). */
  skills?: Array<string> | null | undefined;
  /** Where an imported posting came from. */
  source?: PostingSourceInput | null | undefined;
  /** A short plain-text summary for result lists (at most 500 characters). */
  summary?: string | null | undefined;
  /** The team or department. */
  team?: string | null | undefined;
  /** Job title (at most 200 characters). */
  title: string;
  /** On site, hybrid or remote, with the remote/office split. */
  workplace?: WorkplaceInput | null | undefined;
};

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

/** Working hours. */
export type HoursInput = {
  /** Contracted hours per week, 1 to 80. */
  perWeek?: number | null | undefined;
  /** The hours as written, e.g. "Full-time - 35 hours per week". */
  text?: string | null | undefined;
  /** Full time, part time or flexible. */
  type?: HoursType | null | undefined;
};

/** Whether a job is full time, part time or flexible (kept apart from the contract type). */
export type HoursType =
  /** Flexible hours, e.g. annualised or chosen by the worker. */
  | 'FLEXIBLE'
  /** Full time. */
  | 'FULL_TIME'
  /** Part time. */
  | 'PART_TIME';

/** One document to import. */
export type ImportDocumentInput = {
  /** The document's text. */
  content: string;
  /** How to read `content`. */
  format: ImportFormat;
  /** A name for the document in the results, e.g. its file name (default "document <n>"). */
  name?: string | null | undefined;
};

/** The format of an imported document. */
export type ImportFormat =
  /** One plain-text advert in the format of the UK government's "Find a job" service. */
  | 'FIND_A_JOB'
  /** schema.org JobPosting JSON-LD: one object, an array, NDJSON (one a line), an ItemList or @graph, or an HTML page with `<script type="application/ld+json">` blocks. */
  | 'JSON_LD';

/** Documents whose postings to import (at most 1000 records in all). */
export type ImportPostingsInput = {
  /** Create employers that do not exist yet, from the record's hiring organisation (admin keys only). Default true. */
  createEmployers?: boolean | null | undefined;
  /** The documents, read in order. */
  documents: Array<ImportDocumentInput>;
  /** Publish every imported posting; each must then be publishable. Default false: new postings are DRAFTs and existing ones keep their status. */
  publish?: boolean | null | undefined;
};

/** What the import did with a record. */
export type ImportStatus =
  /** A new posting was created. */
  | 'CREATED'
  /** Nothing was written for this record; `errors` lists every reason. */
  | 'FAILED'
  /** The employer's posting with this reference already says what the record says: nothing was written. */
  | 'UNCHANGED'
  /** The employer's posting with this reference was changed to match the record. */
  | 'UPDATED';

/** A place. For a UK place (countryCode GB, the default) the postcode must be a valid UK postcode; it is stored normalised ("ec2v7ae" becomes "EC2V 7AE"). */
export type LocationInput = {
  /** Street address. */
  addressLine?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code (default GB). */
  countryCode?: string | null | undefined;
  /** WGS 84 latitude, -90 to 90 (with longitude). */
  latitude?: number | null | undefined;
  /** Town or city. */
  locality?: string | null | undefined;
  /** WGS 84 longitude, -180 to 180 (with latitude). */
  longitude?: number | null | undefined;
  /** The place name as a job seeker reads it, e.g. "London". */
  name: string;
  /** Postal code. */
  postcode?: string | null | undefined;
  /** Region or county, e.g. "South West England". */
  region?: string | null | undefined;
};

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

/** A catalogue benefit as an employer or a posting offers it, e.g. { key: "pension", detail: "up to 15%", value: 15, unit: PERCENT }. */
export type OfferedBenefitInput = {
  /** The offer in the employer's words (at most 500 characters). */
  detail?: string | null | undefined;
  /** The catalogue benefit's key, e.g. "pension" (see `benefits`). */
  key: string;
  /** The unit of `value`. */
  unit?: BenefitUnit | null | undefined;
  /** The offer's amount, 0 or more (15 for a 15% pension). */
  value?: number | null | undefined;
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

/** Where an imported posting came from. */
export type PostingSourceInput = {
  /** The posting's identifier on the source. */
  id?: string | null | undefined;
  /** The source system, e.g. "Find a job". */
  name?: string | null | undefined;
  /** The posting's page on the source: an absolute http(s) URL. */
  url?: string | null | undefined;
};

/** Where a posting is in its life cycle. DRAFT -> PUBLISHED (publishPosting, when publishable) -> CLOSED (closePosting) -> PUBLISHED again (publishPosting reopens); DRAFT, PUBLISHED or CLOSED -> ARCHIVED (archivePosting), which is final. */
export type PostingStatus =
  /** Withdrawn from view and final: it cannot be published, changed or unarchived; visible only to its employer's READ_DRAFTS keys and admins. */
  | 'ARCHIVED'
  /** No longer accepting applications; still visible. Can be published again (reopened) or archived. */
  | 'CLOSED'
  /** Being written (createPosting starts here); visible only to its employer's READ_DRAFTS keys and admins. Can be published or archived. */
  | 'DRAFT'
  /** Live on job boards until its closing date passes. Can be closed or archived; the first publication sets postedAt. */
  | 'PUBLISHED';

/** What a candidate needs. */
export type RequirementsInput = {
  /** Nice-to-haves, in advert order. */
  desirable?: Array<string> | null | undefined;
  /** Must-haves, in advert order (each replaces the stored list when sent). */
  essential?: Array<string> | null | undefined;
};

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

/** Pay as the advert states it. With an amount, `currency` and `period` are required; `min` must not exceed `max`. The annual figures are computed. */
export type SalaryInput = {
  /** ISO 4217 currency code, e.g. GBP. */
  currency?: string | null | undefined;
  /** Highest pay per `period`, at least `min` (send the same figure twice for a single amount). */
  max?: number | null | undefined;
  /** Lowest pay per `period`, more than 0. */
  min?: number | null | undefined;
  /** The period the amounts are paid per. */
  period?: SalaryPeriod | null | undefined;
  /** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
  text?: string | null | undefined;
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

/** Changes to an employer: fields left out keep their values, null clears a field. */
export type UpdateEmployerInput = {
  /** Schemes and accreditations held. Sending it replaces the stored list. */
  accreditations?: Array<AccreditationInput> | null | undefined;
  /** Trading names (at most 20). */
  brands?: Array<string> | null | undefined;
  /** About the employer, in Markdown, stored as written. */
  description?: string | null | undefined;
  /** Head office. Sending it replaces the stored headquarters; null removes it. */
  headquarters?: LocationInput | null | undefined;
  /** The employer's industry, e.g. "Banking and financial services". */
  industry?: string | null | undefined;
  /** A logo image: an absolute http(s) URL. */
  logoUrl?: string | null | undefined;
  /** The employer's name (at most 200 characters). */
  name?: string | null | undefined;
  /** Headcount band. */
  size?: EmployerSize | null | undefined;
  /** A new unique slug (old links by slug stop working). */
  slug?: string | null | undefined;
  /** The employer's website: an absolute http(s) URL. */
  websiteUrl?: string | null | undefined;
};

/** Changes to a posting: fields left out keep their values, null clears a field. A group (salary, hours, workplace, apply, source, requirements) is merged field by field; lists replace the stored list. */
export type UpdatePostingInput = {
  /** How to apply. */
  apply?: ApplyInput | null | undefined;
  /** The posting's own benefits, on top of or overriding the employer's (replaces the stored list when sent). */
  benefits?: Array<OfferedBenefitInput> | null | undefined;
  /** When applications close; after the posting date. Publishing needs one in the future. */
  closesAt?: string | null | undefined;
  /** Permanent, fixed term, etc. */
  contractType?: ContractType | null | undefined;
  /** The full advert in Markdown, stored as written. */
  description?: string | null | undefined;
  /** Working hours. */
  hours?: HoursInput | null | undefined;
  /** Where the job is based, primary first (at most 20). Replaces every stored location when sent. */
  locations?: Array<LocationInput> | null | undefined;
  /** Benefits the catalogue has no entry for, in the advert's words (at most 50, each at most 500 characters). */
  otherBenefits?: Array<string> | null | undefined;
  /** The employer's own job reference, unique per employer. */
  reference?: string | null | undefined;
  /** Essential and desirable requirements. */
  requirements?: RequirementsInput | null | undefined;
  /** What the job involves, in advert order (at most 50). */
  responsibilities?: Array<string> | null | undefined;
  /** Pay. Fields you leave out keep their stored values; null clears the whole group. */
  salary?: SalaryInput | null | undefined;
  /** Skills as short tags (at most 50, each at most 60 characters). */
  skills?: Array<string> | null | undefined;
  /** Where an imported posting came from. */
  source?: PostingSourceInput | null | undefined;
  /** A short plain-text summary for result lists (at most 500 characters). */
  summary?: string | null | undefined;
  /** The team or department. */
  team?: string | null | undefined;
  /** Job title. */
  title?: string | null | undefined;
  /** On site, hybrid or remote, with the remote/office split. */
  workplace?: WorkplaceInput | null | undefined;
};

/** Why a mutation refused its input. Stable: switch on these, show `message` to people. */
export type UserErrorCode =
  /** The object changed since the version the client sent (`expectedVersion`): read it again and retry. */
  | 'CONFLICT'
  /** The catalogue already has a benefit with this key. */
  | 'DUPLICATE_BENEFIT_KEY'
  /** The employer already has a posting with this reference. */
  | 'DUPLICATE_REFERENCE'
  /** Another employer already has this slug. */
  | 'DUPLICATE_SLUG'
  /** The object is visible to the API key, but the key may not change it (another employer's). */
  | 'FORBIDDEN'
  /** This idempotency key was already used by this API key with a different mutation or input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The object can no longer be changed (an archived posting). */
  | 'IMMUTABLE'
  /** The value is not valid (wrong format, inconsistent with another field, or not allowed here). */
  | 'INVALID'
  /** The posting's status does not allow this change (see `PostingStatus`). */
  | 'INVALID_TRANSITION'
  /** No such object, or one the API key may not see (a foreign draft is reported exactly like a missing ID). */
  | 'NOT_FOUND'
  /** The posting lacks something a published posting needs; `field` names it. */
  | 'NOT_PUBLISHABLE'
  /** The number is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A value is needed and was missing, empty or null. */
  | 'REQUIRED'
  /** The text or list is longer than allowed. */
  | 'TOO_LONG'
  /** No benefit with this key in the catalogue. */
  | 'UNKNOWN_BENEFIT';

/** What kind of caller. */
export type ViewerKind =
  /** A platform admin key. */
  | 'ADMIN'
  /** No API key: published data only. */
  | 'ANONYMOUS'
  /** An employer's API key: that employer's data, within the key's scopes. */
  | 'EMPLOYER';

/** Where the work happens. Remote and office days together are at most 7; an ON_SITE job has no remote days, a REMOTE one no office days. */
export type WorkplaceInput = {
  /** Fewest days per week at the workplace, 0 to 7. */
  officeDaysPerWeekMin?: number | null | undefined;
  /** Smallest share of time at the workplace in percent, 0 to 100. */
  officeTimeShareMin?: number | null | undefined;
  /** The working-pattern policy in the employer's words. */
  policy?: string | null | undefined;
  /** Most days per week that may be worked remotely, 0 to 7. */
  remoteDaysPerWeekMax?: number | null | undefined;
  /** On site, hybrid or remote (required once any other workplace field is set). */
  type?: WorkplaceType | null | undefined;
};

/** Where the work is done. */
export type WorkplaceType =
  /** Partly remote, partly at the employer's premises. */
  | 'HYBRID'
  /** At the employer's premises. */
  | 'ON_SITE'
  /** Fully remote. */
  | 'REMOTE';

export type ArchivePostingMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
}>;


export type ArchivePostingMutation = { archivePosting: { posting: { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type BenefitSummaryFragment = { id: string, key: string, name: string, category: BenefitCategory, description: string | null };

export type OfferedBenefitFieldsFragment = { detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } };

export type ClosePostingMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
}>;


export type ClosePostingMutation = { closePosting: { posting: { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type LocationFieldsFragment = { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null };

export type UserErrorFieldsFragment = { field: Array<string> | null, code: UserErrorCode, message: string };

export type CreateBenefitMutationVariables = Exact<{
  input: CreateBenefitInput;
}>;


export type CreateBenefitMutation = { createBenefit: { benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type CreateEmployerMutationVariables = Exact<{
  input: CreateEmployerInput;
}>;


export type CreateEmployerMutation = { createEmployer: { employer: { description: string | null, descriptionHtml: string | null, websiteUrl: UrlString | null, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type CreatePostingMutationVariables = Exact<{
  input: CreatePostingInput;
}>;


export type CreatePostingMutation = { createPosting: { posting: { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type EmployerSummaryFragment = { id: string, slug: string, name: string };

export type AccreditationFieldsFragment = { scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null };

export type EmployerListItemFragment = { logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> };

export type EmployerDetailFragment = { description: string | null, descriptionHtml: string | null, websiteUrl: UrlString | null, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> };

export type GetBenefitQueryVariables = Exact<{
  key: string;
  postingsFirst?: number | null | undefined;
  postingsAfter?: string | null | undefined;
}>;


export type GetBenefitQuery = { benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null, postings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null }> }> } } | null };

export type GetEmployerQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | null | undefined;
  postingsFirst?: number | null | undefined;
  postingsAfter?: string | null | undefined;
}>;


export type GetEmployerQuery = { employer: { description: string | null, descriptionHtml: string | null, websiteUrl: UrlString | null, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, postings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null }> }> }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> } | null };

export type GetPostingQueryVariables = Exact<{
  id?: string | null | undefined;
  employerSlug?: string | null | undefined;
  reference?: string | null | undefined;
}>;


export type GetPostingQuery = { posting: { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, employer: { description: string | null, descriptionHtml: string | null, websiteUrl: UrlString | null, logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> }, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } } | null };

export type ImportPostingsMutationVariables = Exact<{
  input: ImportPostingsInput;
}>;


export type ImportPostingsMutation = { importPostings: { created: number, updated: number, unchanged: number, failed: number, results: Array<{ position: number, origin: string, reference: string | null, status: ImportStatus, posting: { id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null }> } | null, errors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> }>, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } };

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


export type ListEmployersQuery = { employers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> }> } };

export type PostingSummaryFragment = { id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null }> };

export type PostingDetailFragment = { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } };

export type PostingPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null }> }> };

export type PostingFacetsFieldsFragment = { contractTypes: Array<{ value: ContractType, count: number }>, hoursTypes: Array<{ value: HoursType, count: number }>, workplaceTypes: Array<{ value: WorkplaceType, count: number }>, employers: Array<{ count: number, employer: { id: string, slug: string, name: string } }>, locations: Array<{ name: string, count: number }>, benefits: Array<{ count: number, benefit: { key: string, name: string, category: BenefitCategory } }>, salary: Array<{ min: number, max: number, count: number }> };

export type PublishPostingMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
}>;


export type PublishPostingMutation = { publishPosting: { posting: { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type SearchPostingsQueryVariables = Exact<{
  filter?: PostingFilter | null | undefined;
  orderBy?: PostingOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  withFacets?: boolean | null | undefined;
}>;


export type SearchPostingsQuery = { postings: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean }, hours: { type: HoursType | null, perWeek: number | null }, workplace: { type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null }> }>, edges: Array<{ cursor: string, distance: number | null, relevance: number | null }>, facets?: { contractTypes: Array<{ value: ContractType, count: number }>, hoursTypes: Array<{ value: HoursType, count: number }>, workplaceTypes: Array<{ value: WorkplaceType, count: number }>, employers: Array<{ count: number, employer: { id: string, slug: string, name: string } }>, locations: Array<{ name: string, count: number }>, benefits: Array<{ count: number, benefit: { key: string, name: string, category: BenefitCategory } }>, salary: Array<{ min: number, max: number, count: number }> } } };

export type SetEmployerBenefitsMutationVariables = Exact<{
  id: string;
  benefits: Array<OfferedBenefitInput> | OfferedBenefitInput;
  expectedVersion?: number | null | undefined;
}>;


export type SetEmployerBenefitsMutation = { setEmployerBenefits: { employer: { description: string | null, descriptionHtml: string | null, websiteUrl: UrlString | null, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type SetPostingBenefitsMutationVariables = Exact<{
  id: string;
  benefits: Array<OfferedBenefitInput> | OfferedBenefitInput;
  expectedVersion?: number | null | undefined;
}>;


export type SetPostingBenefitsMutation = { setPostingBenefits: { posting: { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type UpdateEmployerMutationVariables = Exact<{
  id: string;
  input: UpdateEmployerInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateEmployerMutation = { updateEmployer: { employer: { description: string | null, descriptionHtml: string | null, websiteUrl: UrlString | null, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type UpdatePostingMutationVariables = Exact<{
  id: string;
  input: UpdatePostingInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdatePostingMutation = { updatePosting: { posting: { team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } } | null, userErrors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: ViewerKind, scopes: Array<ApiKeyScope>, apiKey: { prefix: string, name: string | null, scopes: Array<ApiKeyScope>, createdAt: DateTimeString, expiresAt: DateTimeString | null, lastUsedAt: DateTimeString | null } | null, employer: { id: string, slug: string, name: string } | null } };

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
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  field
  code
  message
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
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
  version
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
  version
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
export const ArchivePostingDocument = new TypedDocumentString(`
    mutation ArchivePosting($id: ID!, $expectedVersion: Int) {
  archivePosting(id: $id, expectedVersion: $expectedVersion) {
    posting {
      ...PostingDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<ArchivePostingMutation, ArchivePostingMutationVariables>;
export const ClosePostingDocument = new TypedDocumentString(`
    mutation ClosePosting($id: ID!, $expectedVersion: Int) {
  closePosting(id: $id, expectedVersion: $expectedVersion) {
    posting {
      ...PostingDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<ClosePostingMutation, ClosePostingMutationVariables>;
export const CreateBenefitDocument = new TypedDocumentString(`
    mutation CreateBenefit($input: CreateBenefitInput!) {
  createBenefit(input: $input) {
    benefit {
      ...BenefitSummary
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
}`) as unknown as TypedDocumentString<CreateBenefitMutation, CreateBenefitMutationVariables>;
export const CreateEmployerDocument = new TypedDocumentString(`
    mutation CreateEmployer($input: CreateEmployerInput!) {
  createEmployer(input: $input) {
    employer {
      ...EmployerDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<CreateEmployerMutation, CreateEmployerMutationVariables>;
export const CreatePostingDocument = new TypedDocumentString(`
    mutation CreatePosting($input: CreatePostingInput!) {
  createPosting(input: $input) {
    posting {
      ...PostingDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<CreatePostingMutation, CreatePostingMutationVariables>;
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
  version
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
    employer {
      ...EmployerListItem
      description
      descriptionHtml
      websiteUrl
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
  version
}`) as unknown as TypedDocumentString<GetPostingQuery, GetPostingQueryVariables>;
export const ImportPostingsDocument = new TypedDocumentString(`
    mutation ImportPostings($input: ImportPostingsInput!) {
  importPostings(input: $input) {
    created
    updated
    unchanged
    failed
    results {
      position
      origin
      reference
      status
      posting {
        ...PostingSummary
      }
      errors {
        ...UserErrorFields
      }
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  code
  message
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
}`) as unknown as TypedDocumentString<ImportPostingsMutation, ImportPostingsMutationVariables>;
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
export const PublishPostingDocument = new TypedDocumentString(`
    mutation PublishPosting($id: ID!, $expectedVersion: Int) {
  publishPosting(id: $id, expectedVersion: $expectedVersion) {
    posting {
      ...PostingDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<PublishPostingMutation, PublishPostingMutationVariables>;
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
export const SetEmployerBenefitsDocument = new TypedDocumentString(`
    mutation SetEmployerBenefits($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) {
  setEmployerBenefits(
    id: $id
    benefits: $benefits
    expectedVersion: $expectedVersion
  ) {
    employer {
      ...EmployerDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<SetEmployerBenefitsMutation, SetEmployerBenefitsMutationVariables>;
export const SetPostingBenefitsDocument = new TypedDocumentString(`
    mutation SetPostingBenefits($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) {
  setPostingBenefits(
    id: $id
    benefits: $benefits
    expectedVersion: $expectedVersion
  ) {
    posting {
      ...PostingDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<SetPostingBenefitsMutation, SetPostingBenefitsMutationVariables>;
export const UpdateEmployerDocument = new TypedDocumentString(`
    mutation UpdateEmployer($id: ID!, $input: UpdateEmployerInput!, $expectedVersion: Int) {
  updateEmployer(id: $id, input: $input, expectedVersion: $expectedVersion) {
    employer {
      ...EmployerDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<UpdateEmployerMutation, UpdateEmployerMutationVariables>;
export const UpdatePostingDocument = new TypedDocumentString(`
    mutation UpdatePosting($id: ID!, $input: UpdatePostingInput!, $expectedVersion: Int) {
  updatePosting(id: $id, input: $input, expectedVersion: $expectedVersion) {
    posting {
      ...PostingDetail
    }
    userErrors {
      ...UserErrorFields
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
fragment UserErrorFields on UserError {
  field
  code
  message
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
  version
}`) as unknown as TypedDocumentString<UpdatePostingMutation, UpdatePostingMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    kind
    scopes
    apiKey {
      prefix
      name
      scopes
      createdAt
      expiresAt
      lastUsedAt
    }
    employer {
      ...EmployerSummary
    }
  }
}
    fragment EmployerSummary on Employer {
  id
  slug
  name
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;