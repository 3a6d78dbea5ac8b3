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
  /** The employer's own statement. At most 1,000 characters. */
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
  /** Where to send applications by email. At most 320 characters. */
  email?: string | null | undefined;
  /** Anything else the candidate must do to apply. At most 2,000 characters. */
  instructions?: string | null | undefined;
  /** The way applications are taken. */
  method?: ApplyMethod | null | undefined;
  /** Where to apply online: an absolute http(s) URL. At most 2,000 characters. */
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

/** Narrows the change feed. Criteria combine with AND; values inside one list combine with OR. */
export type ChangeFilter = {
  /** Only changes to these employers and their postings (global IDs of employers). At most 100 items, each at most 1,000 characters. */
  employerIds?: Array<string> | null | undefined;
  /** Only these kinds of change. At most 100 items. */
  kinds?: Array<ChangeKind> | null | undefined;
  /** Only changes to these kinds of object. At most 100 items. */
  types?: Array<ChangeObjectType> | null | undefined;
};

/** What a change did to its object. */
export type ChangeKind =
  /** A posting was archived: it left public view (for the public, a tombstone). */
  | 'ARCHIVED'
  /** A posting was closed: still visible, taking no applications. */
  | 'CLOSED'
  /** The object was created (by a mutation, an import or a bulk load). */
  | 'CREATED'
  /** A posting went live: a draft was published or a closed posting reopened. */
  | 'PUBLISHED'
  /** The object was deleted: a tombstone for everyone. */
  | 'REMOVED'
  /** Fields changed: `changedFields` names them. */
  | 'UPDATED';

/** The kind of object a change is about. */
export type ChangeObjectType =
  /** An entry of the benefit catalogue (`Benefit`). */
  | 'BENEFIT'
  /** An employer (`Employer`). */
  | 'EMPLOYER'
  /** A posting (`Posting`). */
  | 'POSTING';

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
  /** What the benefit is. At most 1,000 characters. */
  description?: string | null | undefined;
  /** Stable slug, unique in the catalogue, e.g. "cycle-to-work". At most 60 characters. */
  key: string;
  /** Display name, e.g. "Cycle to work scheme". At most 100 characters. */
  name: string;
};

/** A new employer (admin keys only). */
export type CreateEmployerInput = {
  /** Schemes and accreditations held. Sending it replaces the stored list. At most 20 items. */
  accreditations?: Array<AccreditationInput> | null | undefined;
  /** Benefits offered on every posting (see also `setEmployerBenefits`). At most 50 items. */
  benefits?: Array<OfferedBenefitInput> | null | undefined;
  /** Trading names. At most 20 items, each at most 100 characters. */
  brands?: Array<string> | null | undefined;
  /** About the employer, in Markdown, stored as written. At most 20,000 characters. */
  description?: string | null | undefined;
  /** Head office. Sending it replaces the stored headquarters; null removes it. */
  headquarters?: LocationInput | null | undefined;
  /** The employer's industry, e.g. "Banking and financial services". At most 100 characters. */
  industry?: string | null | undefined;
  /** A logo image: an absolute http(s) URL. At most 2,000 characters. */
  logoUrl?: string | null | undefined;
  /** The employer's name. At most 200 characters. */
  name: string;
  /** Headcount band. */
  size?: EmployerSize | null | undefined;
  /** Unique, URL-safe handle: lower-case letters, digits and hyphens, e.g. "acme-retail". At most 100 characters. */
  slug: string;
  /** The employer's website: an absolute http(s) URL. At most 2,000 characters. */
  websiteUrl?: string | null | undefined;
};

/** A new posting. It starts as a DRAFT; `publishPosting` puts it live. */
export type CreatePostingInput = {
  /** How to apply. */
  apply?: ApplyInput | null | undefined;
  /** The posting's own benefits, on top of or overriding the employer's (replaces the stored list when sent). At most 50 items. */
  benefits?: Array<OfferedBenefitInput> | null | undefined;
  /** When applications close; after the posting date. Publishing needs one in the future. */
  closesAt?: string | null | undefined;
  /** Permanent, fixed term, etc. */
  contractType?: ContractType | null | undefined;
  /** The full advert in Markdown, stored as written (at most 50,000 characters). At most 50,000 characters. */
  description: string;
  /** The employer (global ID). An employer key may leave it out (its own employer); an admin key must send it. At most 1,000 characters. */
  employerId?: string | null | undefined;
  /** Working hours. */
  hours?: HoursInput | null | undefined;
  /** Where the job is based, primary first. Replaces every stored location when sent. At most 20 items. */
  locations?: Array<LocationInput> | null | undefined;
  /** Benefits the catalogue has no entry for, in the advert's words. At most 50 items, each at most 500 characters. */
  otherBenefits?: Array<string> | null | undefined;
  /** The employer's own job reference, unique per employer. At most 100 characters. */
  reference: string;
  /** Essential and desirable requirements. */
  requirements?: RequirementsInput | null | undefined;
  /** What the job involves, in advert order. At most 50 items, each at most 1,000 characters. */
  responsibilities?: Array<string> | null | undefined;
  /** Pay. Fields you leave out keep their stored values; null clears the whole group. */
  salary?: SalaryInput | null | undefined;
  /** Skills as short tags. At most 50 items, each at most 60 characters. */
  skills?: Array<string> | null | undefined;
  /** Where an imported posting came from. */
  source?: PostingSourceInput | null | undefined;
  /** A short plain-text summary for result lists. At most 500 characters. */
  summary?: string | null | undefined;
  /** The team or department. At most 200 characters. */
  team?: string | null | undefined;
  /** Job title. At most 200 characters. */
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
  /** Only employers holding all of these accreditations. At most 100 items. */
  accreditations?: Array<AccreditationScheme> | null | undefined;
  /** Only employers with (true) or without (false) open postings. */
  hasOpenPostings?: boolean | null | undefined;
  /** Only these industries (exact names). At most 100 items, each at most 1,000 characters. */
  industries?: Array<string> | null | undefined;
  /** Name (or a brand) contains this text, ignoring case. At most 1,000 characters. */
  nameContains?: string | null | undefined;
  /** Only these size bands. At most 100 items. */
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
  /** The hours as written, e.g. "Full-time - 35 hours per week". At most 200 characters. */
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
  /** The document's text. At most 1,000,000 characters. */
  content: string;
  /** How to read `content`. */
  format: ImportFormat;
  /** A name for the document in the results, e.g. its file name (default "document <n>"). At most 200 characters. */
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
  /** The documents, read in order. At most 100 items. */
  documents: Array<ImportDocumentInput>;
  /** Publish every imported posting; each must then be publishable. Default false: new postings are DRAFTs and existing ones keep their status. */
  publish?: boolean | null | undefined;
  /** Fail every record with a warning: its warnings become its `errors` (one per fact) and nothing of it is written. Default false: such records are imported and their `warnings` reported. */
  strict?: boolean | null | undefined;
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

/** Why an imported fact was not read with confidence. Stable: switch on these, show `message` to people. */
export type ImportWarningCode =
  /** Stated twice, differently; `message` names the one used. */
  | 'CONFLICT'
  /** Not stated anywhere the format puts it ("hours per week not stated"). */
  | 'MISSING'
  /** Stated, but not in a form that could be read with confidence (kept as text where there is a text field), or matched by a guess (an employer by name when its slug matched none). */
  | 'UNCLEAR'
  /** Found, but matching nothing it could be mapped to; kept as text (e.g. benefits in `otherBenefits`). */
  | 'UNMATCHED';

/** A place. For a UK place (countryCode GB, the default) the postcode must be a valid UK postcode; it is stored normalised ("ec2v7ae" becomes "EC2V 7AE"). */
export type LocationInput = {
  /** Street address. At most 300 characters. */
  addressLine?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code (default GB). At most 1,000 characters. */
  countryCode?: string | null | undefined;
  /** WGS 84 latitude, -90 to 90 (with longitude). */
  latitude?: number | null | undefined;
  /** Town or city. At most 100 characters. */
  locality?: string | null | undefined;
  /** WGS 84 longitude, -180 to 180 (with latitude). */
  longitude?: number | null | undefined;
  /** The place name as a job seeker reads it, e.g. "London". At most 200 characters. */
  name: string;
  /** Postal code. At most 16 characters. */
  postcode?: string | null | undefined;
  /** Region or county, e.g. "South West England". At most 100 characters. */
  region?: string | null | undefined;
};

/** Postings with at least one location within `radius` of a point: a place name ("Bristol", "Leeds, GB") resolved offline through GeoNames' gazetteer, or coordinates. Give either `place` or both `latitude` and `longitude`. */
export type NearFilter = {
  /** WGS 84 latitude of the centre, -90 to 90. */
  latitude?: number | null | undefined;
  /** WGS 84 longitude of the centre, -180 to 180. */
  longitude?: number | null | undefined;
  /** A town or city, optionally with an ISO country code: "Bristol", "Cambridge, US". UK places win ties. At most 1,000 characters. */
  place?: string | null | undefined;
  /** Search radius, greater than 0 and at most 1,000 km (621 miles). */
  radius: number;
  /** Unit of `radius` and of the distances returned. */
  unit?: DistanceUnit | null | undefined;
};

/** A catalogue benefit as an employer or a posting offers it, e.g. { key: "pension", detail: "up to 15%", value: 15, unit: PERCENT }. */
export type OfferedBenefitInput = {
  /** The offer in the employer's words. At most 500 characters. */
  detail?: string | null | undefined;
  /** The catalogue benefit's key, e.g. "pension" (see `benefits`). At most 60 characters. */
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
  /** Only postings of employers holding all of these accreditations, e.g. [DISABILITY_CONFIDENT]. At most 100 items. */
  accreditations?: Array<AccreditationScheme> | null | undefined;
  /** Only postings offering all of these benefits (catalogue keys, e.g. ["pension", "share-scheme"]), directly or through their employer. At most 100 items, each at most 1,000 characters. */
  benefitKeys?: Array<string> | null | undefined;
  /** Only postings closing at or after this time (open-ended postings qualify). */
  closingAfter?: string | null | undefined;
  /** Only postings closing before this time (open-ended postings do not qualify). */
  closingBefore?: string | null | undefined;
  /** Only these contract types. At most 100 items. */
  contractTypes?: Array<ContractType> | null | undefined;
  /** Only these employers (global IDs). At most 100 items, each at most 1,000 characters. */
  employerIds?: Array<string> | null | undefined;
  /** Only these employers (slugs). At most 100 items, each at most 1,000 characters. */
  employerSlugs?: Array<string> | null | undefined;
  /** Only these hours types. At most 100 items. */
  hoursTypes?: Array<HoursType> | null | undefined;
  /** Also return postings that are closed or past their closing date (default: open postings only). */
  includeClosed?: boolean | null | undefined;
  /** Full-text search, English stemming, in the style of web search engines: words (all must match), "quoted phrases", -exclusions and OR. Matches the title, skills, summary and description, and the employer's name, weighted in that order for RELEVANCE. At most 200 characters. */
  keywords?: string | null | undefined;
  /** Only postings near a place or point. */
  near?: NearFilter | null | undefined;
  /** Only postings published at or after this time. */
  postedAfter?: string | null | undefined;
  /** Only postings allowing at least this many remote days a week (fully remote postings always qualify). */
  remoteDaysPerWeekMin?: number | null | undefined;
  /** Only postings paying within an annual range. */
  salary?: SalaryFilter | null | undefined;
  /** Only postings tagged with all of these skills (exact tags, e.g. ["Python", "SQL"]). At most 100 items, each at most 1,000 characters. */
  skills?: Array<string> | null | undefined;
  /** Only these workplace types. At most 100 items. */
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
  /** The posting's identifier on the source. At most 200 characters. */
  id?: string | null | undefined;
  /** The source system, e.g. "Find a job". At most 200 characters. */
  name?: string | null | undefined;
  /** The posting's page on the source: an absolute http(s) URL. At most 2,000 characters. */
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
  /** Nice-to-haves, in advert order. At most 50 items, each at most 1,000 characters. */
  desirable?: Array<string> | null | undefined;
  /** Must-haves, in advert order (each replaces the stored list when sent). At most 50 items, each at most 1,000 characters. */
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
  /** ISO 4217 currency code, e.g. GBP. At most 1,000 characters. */
  currency?: string | null | undefined;
  /** Highest pay per `period`, at least `min` (send the same figure twice for a single amount). */
  max?: number | null | undefined;
  /** Lowest pay per `period`, more than 0. */
  min?: number | null | undefined;
  /** The period the amounts are paid per. */
  period?: SalaryPeriod | null | undefined;
  /** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". At most 200 characters. */
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
  /** Schemes and accreditations held. Sending it replaces the stored list. At most 20 items. */
  accreditations?: Array<AccreditationInput> | null | undefined;
  /** Trading names. At most 20 items, each at most 100 characters. */
  brands?: Array<string> | null | undefined;
  /** About the employer, in Markdown, stored as written. At most 20,000 characters. */
  description?: string | null | undefined;
  /** Head office. Sending it replaces the stored headquarters; null removes it. */
  headquarters?: LocationInput | null | undefined;
  /** The employer's industry, e.g. "Banking and financial services". At most 100 characters. */
  industry?: string | null | undefined;
  /** A logo image: an absolute http(s) URL. At most 2,000 characters. */
  logoUrl?: string | null | undefined;
  /** The employer's name. At most 200 characters. */
  name?: string | null | undefined;
  /** Headcount band. */
  size?: EmployerSize | null | undefined;
  /** A new unique slug (old links by slug stop working). At most 100 characters. */
  slug?: string | null | undefined;
  /** The employer's website: an absolute http(s) URL. At most 2,000 characters. */
  websiteUrl?: string | null | undefined;
};

/** Changes to a posting: fields left out keep their values, null clears a field. A group (salary, hours, workplace, apply, source, requirements) is merged field by field; lists replace the stored list. */
export type UpdatePostingInput = {
  /** How to apply. */
  apply?: ApplyInput | null | undefined;
  /** The posting's own benefits, on top of or overriding the employer's (replaces the stored list when sent). At most 50 items. */
  benefits?: Array<OfferedBenefitInput> | null | undefined;
  /** When applications close; after the posting date. Publishing needs one in the future. */
  closesAt?: string | null | undefined;
  /** Permanent, fixed term, etc. */
  contractType?: ContractType | null | undefined;
  /** The full advert in Markdown, stored as written. At most 50,000 characters. */
  description?: string | null | undefined;
  /** Working hours. */
  hours?: HoursInput | null | undefined;
  /** Where the job is based, primary first. Replaces every stored location when sent. At most 20 items. */
  locations?: Array<LocationInput> | null | undefined;
  /** Benefits the catalogue has no entry for, in the advert's words. At most 50 items, each at most 500 characters. */
  otherBenefits?: Array<string> | null | undefined;
  /** The employer's own job reference, unique per employer. At most 100 characters. */
  reference?: string | null | undefined;
  /** Essential and desirable requirements. */
  requirements?: RequirementsInput | null | undefined;
  /** What the job involves, in advert order. At most 50 items, each at most 1,000 characters. */
  responsibilities?: Array<string> | null | undefined;
  /** Pay. Fields you leave out keep their stored values; null clears the whole group. */
  salary?: SalaryInput | null | undefined;
  /** Skills as short tags. At most 50 items, each at most 60 characters. */
  skills?: Array<string> | null | undefined;
  /** Where an imported posting came from. */
  source?: PostingSourceInput | null | undefined;
  /** A short plain-text summary for result lists. At most 500 characters. */
  summary?: string | null | undefined;
  /** The team or department. At most 200 characters. */
  team?: string | null | undefined;
  /** Job title. At most 200 characters. */
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
  /** The working-pattern policy in the employer's words. At most 2,000 characters. */
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


export type ArchivePostingMutation = { 
/** Archives a posting: hidden from public view and final (an archived posting cannot be published or changed). Needs WRITE_POSTINGS (or an admin key). */
archivePosting: { 
/** The posting as it is now; null when the mutation failed. */
posting: { 
/** The team or department the role sits in. */
team: string | null, 
/** The full advert in Markdown, as the employer wrote it. */
description: string, 
/** `description` rendered to sanitised HTML (no scripts, event handlers or javascript: links). */
descriptionHtml: string, 
/** What the job involves, in advert order. */
responsibilities: Array<string>, 
/** Skills the role uses, as short tags. */
skills: Array<string>, 
/** Life-cycle status. */
status: PostingStatus, 
/** When the record was created in Jobgraph. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** Essential and desirable requirements. */
requirements: { 
/** Must-haves, in advert order. */
essential: Array<string>, 
/** Nice-to-haves, in advert order. */
desirable: Array<string> }, 
/** Working hours. */
hours: { 
/** The hours as written in the advert, e.g. "Full-time - 35 hours per week". */
text: string | null, 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** The working-pattern policy in the employer's words. */
policy: string | null, 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null }>, 
/** How to apply. */
apply: { 
/** Where to apply online. */
url: UrlString | null, 
/** The way applications are taken. */
method: ApplyMethod | null, 
/** True when the candidate can apply without leaving the job board (schema.org `directApply`). */
directApply: boolean, 
/** Where to send applications by email. */
email: string | null, 
/** Anything else the candidate must do to apply. */
instructions: string | null }, 
/** The posting's own benefits, then the employer's that apply to it. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Where the posting was imported from; null when created in Jobgraph. */
source: { 
/** The posting's identifier on the source. */
id: string | null, 
/** The source system, e.g. "Find a job". */
name: string | null, 
/** The posting's page on the source. */
url: UrlString | null } | null, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean } } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type BenefitSummaryFragment = { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null };

export type OfferedBenefitFieldsFragment = { 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } };

export type ChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  filter?: ChangeFilter | null | undefined;
}>;


export type ChangesQuery = { 
/** Every change to employers, postings and benefits, in commit order: what an integrator reads to keep a copy of Jobgraph's data, including what left public view (tombstones). Read from the start (no `after`) for a full copy, then pass `pageInfo.endCursor` as `after`. Cursors stay valid for at least 30 days; an older one fails with CURSOR_EXPIRED. Anonymous callers see public changes; an employer key with READ_DRAFTS also its own employer's; admin keys all. See docs/change-feed.md. */
changes: { 
/** Where the page ends. */
pageInfo: { 
/** Where to read on from: save it with what you applied and pass it as `after` next time. Always set, also on an empty page: once you are caught up it moves past the changes you may not see, so polling never re-reads them. */
endCursor: string, 
/** Whether more changes are ready now; false when you are caught up (poll again later). */
hasNextPage: boolean }, 
/** The changes of this page, each with its cursor. */
edges: Array<{ 
/** Pass it as `after` to read the changes after this one. */
cursor: string, 
/** The change. */
node: { 
/** Identifies the change (the same as its cursor); use it to recognise a change seen twice. */
id: string, 
/** What the change did. */
kind: ChangeKind, 
/** The kind of object changed. */
objectType: ChangeObjectType, 
/** The global ID of the object changed (also for a tombstone, whose `node` is null). */
objectId: string, 
/** The global ID of the employer the object belongs to (the employer itself for an employer; null for a benefit). */
employerId: string | null, 
/** For UPDATED (and status changes), the object's fields that changed, sorted, e.g. `["salary", "title"]`; empty for CREATED and REMOVED. */
changedFields: Array<string>, 
/** When the transaction that made the change started. */
at: DateTimeString, 
/** The object as it is now, if you may see it now; null when it was removed or left your view (e.g. archived): remove it from your copy. */
node:
          | { __typename: 'Benefit', id: string, key: string, name: string, category: BenefitCategory, benefitDescription: string | null }
          | { __typename: 'Employer', websiteUrl: UrlString | null, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, logoUrl: UrlString | null, industry: string | null, size: EmployerSize | null, brands: Array<string>, openPostingsCount: number, id: string, slug: string, name: string, employerDescription: string | null, employerDescriptionHtml: string | null, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, headquarters: { name: string, addressLine: string | null, locality: string | null, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null } | null, accreditations: Array<{ scheme: AccreditationScheme, level: AccreditationLevel | null, awardedOn: DateString | null, expiresOn: DateString | null, statement: string | null }> }
          | { __typename: 'Posting', team: string | null, description: string, descriptionHtml: string, responsibilities: Array<string>, skills: Array<string>, status: PostingStatus, createdAt: DateTimeString, updatedAt: DateTimeString, version: number, id: string, title: string, summary: string | null, reference: string, contractType: ContractType | null, postedAt: DateTimeString, closesAt: DateTimeString | null, isOpen: boolean, requirements: { essential: Array<string>, desirable: Array<string> }, hours: { text: string | null, type: HoursType | null, perWeek: number | null }, workplace: { policy: string | null, type: WorkplaceType | null, remoteDaysPerWeekMax: number | null, officeDaysPerWeekMin: number | null, officeTimeShareMin: number | null }, locations: Array<{ name: string, region: string | null, postcode: string | null, countryCode: CountryCode, latitude: number | null, longitude: number | null, addressLine: string | null, locality: string | null }>, apply: { url: UrlString | null, method: ApplyMethod | null, directApply: boolean, email: string | null, instructions: string | null }, benefits: Array<{ detail: string | null, value: number | null, unit: BenefitUnit | null, source: BenefitSource, benefit: { id: string, key: string, name: string, category: BenefitCategory, description: string | null } }>, source: { id: string | null, name: string | null, url: UrlString | null } | null, employer: { id: string, slug: string, name: string }, salary: { min: number | null, max: number | null, currency: CurrencyCode | null, period: SalaryPeriod | null, text: string | null, annualMin: number | null, annualMax: number | null, disclosed: boolean } }
         | null } }> } };

export type ClosePostingMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
}>;


export type ClosePostingMutation = { 
/** Closes a PUBLISHED posting: it stays visible but takes no applications. Needs WRITE_POSTINGS (or an admin key). */
closePosting: { 
/** The posting as it is now; null when the mutation failed. */
posting: { 
/** The team or department the role sits in. */
team: string | null, 
/** The full advert in Markdown, as the employer wrote it. */
description: string, 
/** `description` rendered to sanitised HTML (no scripts, event handlers or javascript: links). */
descriptionHtml: string, 
/** What the job involves, in advert order. */
responsibilities: Array<string>, 
/** Skills the role uses, as short tags. */
skills: Array<string>, 
/** Life-cycle status. */
status: PostingStatus, 
/** When the record was created in Jobgraph. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** Essential and desirable requirements. */
requirements: { 
/** Must-haves, in advert order. */
essential: Array<string>, 
/** Nice-to-haves, in advert order. */
desirable: Array<string> }, 
/** Working hours. */
hours: { 
/** The hours as written in the advert, e.g. "Full-time - 35 hours per week". */
text: string | null, 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** The working-pattern policy in the employer's words. */
policy: string | null, 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null }>, 
/** How to apply. */
apply: { 
/** Where to apply online. */
url: UrlString | null, 
/** The way applications are taken. */
method: ApplyMethod | null, 
/** True when the candidate can apply without leaving the job board (schema.org `directApply`). */
directApply: boolean, 
/** Where to send applications by email. */
email: string | null, 
/** Anything else the candidate must do to apply. */
instructions: string | null }, 
/** The posting's own benefits, then the employer's that apply to it. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Where the posting was imported from; null when created in Jobgraph. */
source: { 
/** The posting's identifier on the source. */
id: string | null, 
/** The source system, e.g. "Find a job". */
name: string | null, 
/** The posting's page on the source. */
url: UrlString | null } | null, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean } } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type PageInfoFieldsFragment = { 
/** Whether a page follows this one. */
hasNextPage: boolean, 
/** Whether a page precedes this one. */
hasPreviousPage: boolean, 
/** Cursor of the first edge in this page. */
startCursor: string | null, 
/** Cursor of the last edge in this page. */
endCursor: string | null };

export type LocationFieldsFragment = { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null };

export type UserErrorFieldsFragment = { 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string };

export type CreateBenefitMutationVariables = Exact<{
  input: CreateBenefitInput;
}>;


export type CreateBenefitMutation = { 
/** Adds a benefit to the shared catalogue. Admin keys only. */
createBenefit: { 
/** The new catalogue entry; null when the mutation failed. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type CreateEmployerMutationVariables = Exact<{
  input: CreateEmployerInput;
}>;


export type CreateEmployerMutation = { 
/** Creates an employer with its headquarters, accreditations and benefits. Admin keys only. */
createEmployer: { 
/** The employer as it is now; null when the mutation failed. */
employer: { 
/** About the employer, in Markdown. */
description: string | null, 
/** `description` rendered to sanitised HTML. */
descriptionHtml: string | null, 
/** The employer's website. */
websiteUrl: UrlString | null, 
/** When the record was created. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** A logo image. */
logoUrl: UrlString | null, 
/** The employer's industry, e.g. "Banking and financial services". */
industry: string | null, 
/** Headcount band. */
size: EmployerSize | null, 
/** Trading names the employer also uses, e.g. "Halifax". */
brands: Array<string>, 
/** How many of the employer's postings are open now. */
openPostingsCount: number, 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string, 
/** Benefits the employer offers on every posting. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Head office. */
headquarters: { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null } | null, 
/** Schemes and accreditations held. */
accreditations: Array<{ 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null }> } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type CreatePostingMutationVariables = Exact<{
  input: CreatePostingInput;
}>;


export type CreatePostingMutation = { 
/** Creates a posting as a DRAFT, with its locations and benefits, in one transaction. Needs WRITE_POSTINGS (or an admin key). */
createPosting: { 
/** The posting as it is now; null when the mutation failed. */
posting: { 
/** The team or department the role sits in. */
team: string | null, 
/** The full advert in Markdown, as the employer wrote it. */
description: string, 
/** `description` rendered to sanitised HTML (no scripts, event handlers or javascript: links). */
descriptionHtml: string, 
/** What the job involves, in advert order. */
responsibilities: Array<string>, 
/** Skills the role uses, as short tags. */
skills: Array<string>, 
/** Life-cycle status. */
status: PostingStatus, 
/** When the record was created in Jobgraph. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** Essential and desirable requirements. */
requirements: { 
/** Must-haves, in advert order. */
essential: Array<string>, 
/** Nice-to-haves, in advert order. */
desirable: Array<string> }, 
/** Working hours. */
hours: { 
/** The hours as written in the advert, e.g. "Full-time - 35 hours per week". */
text: string | null, 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** The working-pattern policy in the employer's words. */
policy: string | null, 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null }>, 
/** How to apply. */
apply: { 
/** Where to apply online. */
url: UrlString | null, 
/** The way applications are taken. */
method: ApplyMethod | null, 
/** True when the candidate can apply without leaving the job board (schema.org `directApply`). */
directApply: boolean, 
/** Where to send applications by email. */
email: string | null, 
/** Anything else the candidate must do to apply. */
instructions: string | null }, 
/** The posting's own benefits, then the employer's that apply to it. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Where the posting was imported from; null when created in Jobgraph. */
source: { 
/** The posting's identifier on the source. */
id: string | null, 
/** The source system, e.g. "Find a job". */
name: string | null, 
/** The posting's page on the source. */
url: UrlString | null } | null, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean } } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type EmployerSummaryFragment = { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string };

export type AccreditationFieldsFragment = { 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null };

export type EmployerListItemFragment = { 
/** A logo image. */
logoUrl: UrlString | null, 
/** The employer's industry, e.g. "Banking and financial services". */
industry: string | null, 
/** Headcount band. */
size: EmployerSize | null, 
/** Trading names the employer also uses, e.g. "Halifax". */
brands: Array<string>, 
/** How many of the employer's postings are open now. */
openPostingsCount: number, 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string, 
/** Head office. */
headquarters: { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null } | null, 
/** Schemes and accreditations held. */
accreditations: Array<{ 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null }> };

export type EmployerDetailFragment = { 
/** About the employer, in Markdown. */
description: string | null, 
/** `description` rendered to sanitised HTML. */
descriptionHtml: string | null, 
/** The employer's website. */
websiteUrl: UrlString | null, 
/** When the record was created. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** A logo image. */
logoUrl: UrlString | null, 
/** The employer's industry, e.g. "Banking and financial services". */
industry: string | null, 
/** Headcount band. */
size: EmployerSize | null, 
/** Trading names the employer also uses, e.g. "Halifax". */
brands: Array<string>, 
/** How many of the employer's postings are open now. */
openPostingsCount: number, 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string, 
/** Benefits the employer offers on every posting. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Head office. */
headquarters: { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null } | null, 
/** Schemes and accreditations held. */
accreditations: Array<{ 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null }> };

export type GetBenefitQueryVariables = Exact<{
  key: string;
  postingsFirst?: number | null | undefined;
  postingsAfter?: string | null | undefined;
}>;


export type GetBenefitQuery = { 
/** One catalogue benefit by its key. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null, 
/** Postings offering this benefit, themselves or through their employer's package; open ones only unless `filter.includeClosed`, newest first. */
postings: { 
/** How many items match, across all pages. */
totalCount: number, 
/** Paging information. */
pageInfo: { 
/** Whether a page follows this one. */
hasNextPage: boolean, 
/** Whether a page precedes this one. */
hasPreviousPage: boolean, 
/** Cursor of the first edge in this page. */
startCursor: string | null, 
/** Cursor of the last edge in this page. */
endCursor: string | null }, 
/** The nodes of this page, without their cursors. */
nodes: Array<{ 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean }, 
/** Working hours. */
hours: { 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null }> }> } } | null };

export type GetEmployerQueryVariables = Exact<{
  slug?: string | null | undefined;
  id?: string | null | undefined;
  postingsFirst?: number | null | undefined;
  postingsAfter?: string | null | undefined;
}>;


export type GetEmployerQuery = { 
/** One employer, by global ID or by slug. */
employer: { 
/** About the employer, in Markdown. */
description: string | null, 
/** `description` rendered to sanitised HTML. */
descriptionHtml: string | null, 
/** The employer's website. */
websiteUrl: UrlString | null, 
/** When the record was created. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** A logo image. */
logoUrl: UrlString | null, 
/** The employer's industry, e.g. "Banking and financial services". */
industry: string | null, 
/** Headcount band. */
size: EmployerSize | null, 
/** Trading names the employer also uses, e.g. "Halifax". */
brands: Array<string>, 
/** How many of the employer's postings are open now. */
openPostingsCount: number, 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string, 
/** The employer's postings: open ones unless `filter.includeClosed` (then closed ones too) or `statuses` says otherwise. DRAFT and ARCHIVED postings are listed only for the employer's own API key with READ_DRAFTS, or an admin key. */
postings: { 
/** How many items match, across all pages. */
totalCount: number, 
/** Paging information. */
pageInfo: { 
/** Whether a page follows this one. */
hasNextPage: boolean, 
/** Whether a page precedes this one. */
hasPreviousPage: boolean, 
/** Cursor of the first edge in this page. */
startCursor: string | null, 
/** Cursor of the last edge in this page. */
endCursor: string | null }, 
/** The nodes of this page, without their cursors. */
nodes: Array<{ 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean }, 
/** Working hours. */
hours: { 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null }> }> }, 
/** Benefits the employer offers on every posting. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Head office. */
headquarters: { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null } | null, 
/** Schemes and accreditations held. */
accreditations: Array<{ 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null }> } | null };

export type GetPostingQueryVariables = Exact<{
  id?: string | null | undefined;
  employerSlug?: string | null | undefined;
  reference?: string | null | undefined;
}>;


export type GetPostingQuery = { 
/** One posting, by global ID or by its employer's slug and the employer's own reference. Drafts and archived postings are not found, except by their own employer's API key with READ_DRAFTS (or an admin key). */
posting: { 
/** The team or department the role sits in. */
team: string | null, 
/** The full advert in Markdown, as the employer wrote it. */
description: string, 
/** `description` rendered to sanitised HTML (no scripts, event handlers or javascript: links). */
descriptionHtml: string, 
/** What the job involves, in advert order. */
responsibilities: Array<string>, 
/** Skills the role uses, as short tags. */
skills: Array<string>, 
/** Life-cycle status. */
status: PostingStatus, 
/** When the record was created in Jobgraph. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** The employer offering the job. */
employer: { 
/** About the employer, in Markdown. */
description: string | null, 
/** `description` rendered to sanitised HTML. */
descriptionHtml: string | null, 
/** The employer's website. */
websiteUrl: UrlString | null, 
/** A logo image. */
logoUrl: UrlString | null, 
/** The employer's industry, e.g. "Banking and financial services". */
industry: string | null, 
/** Headcount band. */
size: EmployerSize | null, 
/** Trading names the employer also uses, e.g. "Halifax". */
brands: Array<string>, 
/** How many of the employer's postings are open now. */
openPostingsCount: number, 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string, 
/** Head office. */
headquarters: { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null } | null, 
/** Schemes and accreditations held. */
accreditations: Array<{ 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null }> }, 
/** Essential and desirable requirements. */
requirements: { 
/** Must-haves, in advert order. */
essential: Array<string>, 
/** Nice-to-haves, in advert order. */
desirable: Array<string> }, 
/** Working hours. */
hours: { 
/** The hours as written in the advert, e.g. "Full-time - 35 hours per week". */
text: string | null, 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** The working-pattern policy in the employer's words. */
policy: string | null, 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null }>, 
/** How to apply. */
apply: { 
/** Where to apply online. */
url: UrlString | null, 
/** The way applications are taken. */
method: ApplyMethod | null, 
/** True when the candidate can apply without leaving the job board (schema.org `directApply`). */
directApply: boolean, 
/** Where to send applications by email. */
email: string | null, 
/** Anything else the candidate must do to apply. */
instructions: string | null }, 
/** The posting's own benefits, then the employer's that apply to it. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Where the posting was imported from; null when created in Jobgraph. */
source: { 
/** The posting's identifier on the source. */
id: string | null, 
/** The source system, e.g. "Find a job". */
name: string | null, 
/** The posting's page on the source. */
url: UrlString | null } | null, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean } } | null };

export type ImportPostingsMutationVariables = Exact<{
  input: ImportPostingsInput;
}>;


export type ImportPostingsMutation = { 
/** Imports postings from schema.org JobPosting JSON-LD and "Find a job" adverts. Idempotent: the employer is matched by slug or name, the posting by (employer, reference), so importing again updates in place (or leaves it UNCHANGED), never duplicates. Each record is validated with the same rules as `createPosting` and written on its own or with others that are valid; a bad record is reported with every reason and never stops the others. Each result lists the facts that could not be read with confidence (`warnings`); `strict: true` fails such records instead of writing them. An employer key imports for its own employer only (needs WRITE_POSTINGS); an admin key for any, creating employers that do not exist. */
importPostings: { 
/** Records that created a posting. */
created: number, 
/** Records that changed an existing posting. */
updated: number, 
/** Records that matched an existing posting exactly. */
unchanged: number, 
/** Records that were not written. */
failed: number, 
/** One result per record, in order. */
results: Array<{ 
/** The record's position in the import, from 0, across all documents. */
position: number, 
/** Where the record came from: the document's name, with "#n" for the n-th posting in it. */
origin: string, 
/** The posting's reference (the employer's own, or one derived from its content). */
reference: string | null, 
/** Created, updated, unchanged or failed. */
status: ImportStatus, 
/** The posting as it is now; null when nothing was written. */
posting: { 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean }, 
/** Working hours. */
hours: { 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null }> } | null, 
/** Every reason a FAILED record was not written, with field paths relative to the record (e.g. ["salary", "max"]); empty otherwise. */
errors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }>, 
/** Every fact the import expected and could not find or read with confidence, whatever the status (with `strict: true`, a record with any fails). */
warnings: Array<{ 
/** The field of the posting the fact belongs to, as a dotted path of `CreatePostingInput`, e.g. "hours.perWeek", "salary", "benefits". */
field: string, 
/** What kind of doubt. */
code: ImportWarningCode, 
/** What was expected, what was found and what was done, in English, for people. */
message: string }> }>, 
/** Problems with the request as a whole (too many records); when there are any, nothing is imported. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } };

export type ListBenefitsQueryVariables = Exact<{
  category?: BenefitCategory | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListBenefitsQuery = { 
/** The benefit catalogue, by category then name. */
benefits: { 
/** How many items match, across all pages. */
totalCount: number, 
/** Paging information. */
pageInfo: { 
/** Whether a page follows this one. */
hasNextPage: boolean, 
/** Whether a page precedes this one. */
hasPreviousPage: boolean, 
/** Cursor of the first edge in this page. */
startCursor: string | null, 
/** Cursor of the last edge in this page. */
endCursor: string | null }, 
/** The nodes of this page, without their cursors. */
nodes: Array<{ 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null }> } };

export type ListEmployersQueryVariables = Exact<{
  filter?: EmployerFilter | null | undefined;
  orderBy?: EmployerOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type ListEmployersQuery = { 
/** Employers, by name unless `orderBy` says otherwise. */
employers: { 
/** How many items match, across all pages. */
totalCount: number, 
/** Paging information. */
pageInfo: { 
/** Whether a page follows this one. */
hasNextPage: boolean, 
/** Whether a page precedes this one. */
hasPreviousPage: boolean, 
/** Cursor of the first edge in this page. */
startCursor: string | null, 
/** Cursor of the last edge in this page. */
endCursor: string | null }, 
/** The nodes of this page, without their cursors. */
nodes: Array<{ 
/** A logo image. */
logoUrl: UrlString | null, 
/** The employer's industry, e.g. "Banking and financial services". */
industry: string | null, 
/** Headcount band. */
size: EmployerSize | null, 
/** Trading names the employer also uses, e.g. "Halifax". */
brands: Array<string>, 
/** How many of the employer's postings are open now. */
openPostingsCount: number, 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string, 
/** Head office. */
headquarters: { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null } | null, 
/** Schemes and accreditations held. */
accreditations: Array<{ 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null }> }> } };

export type PostingSummaryFragment = { 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean }, 
/** Working hours. */
hours: { 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null }> };

export type PostingDetailFragment = { 
/** The team or department the role sits in. */
team: string | null, 
/** The full advert in Markdown, as the employer wrote it. */
description: string, 
/** `description` rendered to sanitised HTML (no scripts, event handlers or javascript: links). */
descriptionHtml: string, 
/** What the job involves, in advert order. */
responsibilities: Array<string>, 
/** Skills the role uses, as short tags. */
skills: Array<string>, 
/** Life-cycle status. */
status: PostingStatus, 
/** When the record was created in Jobgraph. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** Essential and desirable requirements. */
requirements: { 
/** Must-haves, in advert order. */
essential: Array<string>, 
/** Nice-to-haves, in advert order. */
desirable: Array<string> }, 
/** Working hours. */
hours: { 
/** The hours as written in the advert, e.g. "Full-time - 35 hours per week". */
text: string | null, 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** The working-pattern policy in the employer's words. */
policy: string | null, 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null }>, 
/** How to apply. */
apply: { 
/** Where to apply online. */
url: UrlString | null, 
/** The way applications are taken. */
method: ApplyMethod | null, 
/** True when the candidate can apply without leaving the job board (schema.org `directApply`). */
directApply: boolean, 
/** Where to send applications by email. */
email: string | null, 
/** Anything else the candidate must do to apply. */
instructions: string | null }, 
/** The posting's own benefits, then the employer's that apply to it. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Where the posting was imported from; null when created in Jobgraph. */
source: { 
/** The posting's identifier on the source. */
id: string | null, 
/** The source system, e.g. "Find a job". */
name: string | null, 
/** The posting's page on the source. */
url: UrlString | null } | null, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean } };

export type PostingPageFragment = { 
/** How many items match, across all pages. */
totalCount: number, 
/** Paging information. */
pageInfo: { 
/** Whether a page follows this one. */
hasNextPage: boolean, 
/** Whether a page precedes this one. */
hasPreviousPage: boolean, 
/** Cursor of the first edge in this page. */
startCursor: string | null, 
/** Cursor of the last edge in this page. */
endCursor: string | null }, 
/** The nodes of this page, without their cursors. */
nodes: Array<{ 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean }, 
/** Working hours. */
hours: { 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null }> }> };

export type PostingFacetsFieldsFragment = { 
/** Postings per contract type (every type listed, largest first). */
contractTypes: Array<{ 
/** The contract type. */
value: ContractType, 
/** Matching postings with it, ignoring the contract-type filter. */
count: number }>, 
/** Postings per hours type. */
hoursTypes: Array<{ 
/** The hours type. */
value: HoursType, 
/** Matching postings with it, ignoring the hours-type filter. */
count: number }>, 
/** Postings per workplace type. */
workplaceTypes: Array<{ 
/** The workplace type. */
value: WorkplaceType, 
/** Matching postings with it, ignoring the workplace-type filter. */
count: number }>, 
/** The employers with the most matching postings. */
employers: Array<{ 
/** Matching postings at this employer, ignoring the employer filter. */
count: number, 
/** The employer. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string } }>, 
/** The places with the most matching postings. */
locations: Array<{ 
/** The place name, e.g. "Manchester". */
name: string, 
/** Matching postings with a location of that name, ignoring the location filter. */
count: number }>, 
/** Postings per catalogue benefit, largest first (benefits no matching posting offers are left out). */
benefits: Array<{ 
/** Matching postings offering it, ignoring the benefit filter. */
count: number, 
/** The benefit. */
benefit: { 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory } }>, 
/** A histogram of annual pay (mid-point of each posting's range) in the search's currency, in bands of `bandWidth`. */
salary: Array<{ 
/** Lower bound of the band (inclusive), annual, in the search's currency. */
min: number, 
/** Upper bound of the band (exclusive). */
max: number, 
/** Matching postings in the band, ignoring the salary filter. */
count: number }> };

export type ImportWarningFieldsFragment = { 
/** The field of the posting the fact belongs to, as a dotted path of `CreatePostingInput`, e.g. "hours.perWeek", "salary", "benefits". */
field: string, 
/** What kind of doubt. */
code: ImportWarningCode, 
/** What was expected, what was found and what was done, in English, for people. */
message: string };

export type PublishPostingMutationVariables = Exact<{
  id: string;
  expectedVersion?: number | null | undefined;
}>;


export type PublishPostingMutation = { 
/** Publishes a DRAFT posting, or reopens a CLOSED one. The posting must be publishable (title, description, a location unless REMOTE, a closing date in the future, a way to apply): each thing missing is a NOT_PUBLISHABLE user error. The first publication sets `postedAt`. Needs WRITE_POSTINGS (or an admin key). */
publishPosting: { 
/** The posting as it is now; null when the mutation failed. */
posting: { 
/** The team or department the role sits in. */
team: string | null, 
/** The full advert in Markdown, as the employer wrote it. */
description: string, 
/** `description` rendered to sanitised HTML (no scripts, event handlers or javascript: links). */
descriptionHtml: string, 
/** What the job involves, in advert order. */
responsibilities: Array<string>, 
/** Skills the role uses, as short tags. */
skills: Array<string>, 
/** Life-cycle status. */
status: PostingStatus, 
/** When the record was created in Jobgraph. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** Essential and desirable requirements. */
requirements: { 
/** Must-haves, in advert order. */
essential: Array<string>, 
/** Nice-to-haves, in advert order. */
desirable: Array<string> }, 
/** Working hours. */
hours: { 
/** The hours as written in the advert, e.g. "Full-time - 35 hours per week". */
text: string | null, 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** The working-pattern policy in the employer's words. */
policy: string | null, 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null }>, 
/** How to apply. */
apply: { 
/** Where to apply online. */
url: UrlString | null, 
/** The way applications are taken. */
method: ApplyMethod | null, 
/** True when the candidate can apply without leaving the job board (schema.org `directApply`). */
directApply: boolean, 
/** Where to send applications by email. */
email: string | null, 
/** Anything else the candidate must do to apply. */
instructions: string | null }, 
/** The posting's own benefits, then the employer's that apply to it. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Where the posting was imported from; null when created in Jobgraph. */
source: { 
/** The posting's identifier on the source. */
id: string | null, 
/** The source system, e.g. "Find a job". */
name: string | null, 
/** The posting's page on the source. */
url: UrlString | null } | null, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean } } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type SearchPostingsQueryVariables = Exact<{
  filter?: PostingFilter | null | undefined;
  orderBy?: PostingOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  withFacets?: boolean | null | undefined;
}>;


export type SearchPostingsQuery = { 
/** Search published postings: keywords, place and radius, salary range and every other filter, sorted by relevance, date, salary or distance, with the total and facet counts. Open postings only unless `filter.includeClosed`. */
postings: { 
/** How many postings match, across all pages. */
totalCount: number, 
/** Paging information. */
pageInfo: { 
/** Whether a page follows this one. */
hasNextPage: boolean, 
/** Whether a page precedes this one. */
hasPreviousPage: boolean, 
/** Cursor of the first edge in this page. */
startCursor: string | null, 
/** Cursor of the last edge in this page. */
endCursor: string | null }, 
/** The postings of this page, without their cursors. */
nodes: Array<{ 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean }, 
/** Working hours. */
hours: { 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null }> }>, 
/** The postings of this page, each with its cursor. */
edges: Array<{ 
/** Opaque cursor for this edge; pass it as `after` or `before` with the same filter and order. */
cursor: string, 
/** Distance from `filter.near` to the posting's nearest location, in the filter's unit; null without `near` or coordinates. */
distance: number | null, 
/** Full-text rank for `filter.keywords` (higher is better); null without keywords. */
relevance: number | null }>, 
/** Counts per filter value for this search, each leaving out its own filter. */
facets?: { 
/** Postings per contract type (every type listed, largest first). */
contractTypes: Array<{ 
/** The contract type. */
value: ContractType, 
/** Matching postings with it, ignoring the contract-type filter. */
count: number }>, 
/** Postings per hours type. */
hoursTypes: Array<{ 
/** The hours type. */
value: HoursType, 
/** Matching postings with it, ignoring the hours-type filter. */
count: number }>, 
/** Postings per workplace type. */
workplaceTypes: Array<{ 
/** The workplace type. */
value: WorkplaceType, 
/** Matching postings with it, ignoring the workplace-type filter. */
count: number }>, 
/** The employers with the most matching postings. */
employers: Array<{ 
/** Matching postings at this employer, ignoring the employer filter. */
count: number, 
/** The employer. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string } }>, 
/** The places with the most matching postings. */
locations: Array<{ 
/** The place name, e.g. "Manchester". */
name: string, 
/** Matching postings with a location of that name, ignoring the location filter. */
count: number }>, 
/** Postings per catalogue benefit, largest first (benefits no matching posting offers are left out). */
benefits: Array<{ 
/** Matching postings offering it, ignoring the benefit filter. */
count: number, 
/** The benefit. */
benefit: { 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory } }>, 
/** A histogram of annual pay (mid-point of each posting's range) in the search's currency, in bands of `bandWidth`. */
salary: Array<{ 
/** Lower bound of the band (inclusive), annual, in the search's currency. */
min: number, 
/** Upper bound of the band (exclusive). */
max: number, 
/** Matching postings in the band, ignoring the salary filter. */
count: number }> } } };

export type SetEmployerBenefitsMutationVariables = Exact<{
  id: string;
  benefits: Array<OfferedBenefitInput> | OfferedBenefitInput;
  expectedVersion?: number | null | undefined;
}>;


export type SetEmployerBenefitsMutation = { 
/** Replaces the benefits the employer offers on every posting. Needs MANAGE_EMPLOYER for the key's own employer, or an admin key. */
setEmployerBenefits: { 
/** The employer as it is now; null when the mutation failed. */
employer: { 
/** About the employer, in Markdown. */
description: string | null, 
/** `description` rendered to sanitised HTML. */
descriptionHtml: string | null, 
/** The employer's website. */
websiteUrl: UrlString | null, 
/** When the record was created. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** A logo image. */
logoUrl: UrlString | null, 
/** The employer's industry, e.g. "Banking and financial services". */
industry: string | null, 
/** Headcount band. */
size: EmployerSize | null, 
/** Trading names the employer also uses, e.g. "Halifax". */
brands: Array<string>, 
/** How many of the employer's postings are open now. */
openPostingsCount: number, 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string, 
/** Benefits the employer offers on every posting. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Head office. */
headquarters: { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null } | null, 
/** Schemes and accreditations held. */
accreditations: Array<{ 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null }> } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type SetPostingBenefitsMutationVariables = Exact<{
  id: string;
  benefits: Array<OfferedBenefitInput> | OfferedBenefitInput;
  expectedVersion?: number | null | undefined;
}>;


export type SetPostingBenefitsMutation = { 
/** Replaces the posting's own benefits (the employer's benefits still apply unless the posting lists the same benefit). Needs WRITE_POSTINGS (or an admin key). */
setPostingBenefits: { 
/** The posting as it is now; null when the mutation failed. */
posting: { 
/** The team or department the role sits in. */
team: string | null, 
/** The full advert in Markdown, as the employer wrote it. */
description: string, 
/** `description` rendered to sanitised HTML (no scripts, event handlers or javascript: links). */
descriptionHtml: string, 
/** What the job involves, in advert order. */
responsibilities: Array<string>, 
/** Skills the role uses, as short tags. */
skills: Array<string>, 
/** Life-cycle status. */
status: PostingStatus, 
/** When the record was created in Jobgraph. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** Essential and desirable requirements. */
requirements: { 
/** Must-haves, in advert order. */
essential: Array<string>, 
/** Nice-to-haves, in advert order. */
desirable: Array<string> }, 
/** Working hours. */
hours: { 
/** The hours as written in the advert, e.g. "Full-time - 35 hours per week". */
text: string | null, 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** The working-pattern policy in the employer's words. */
policy: string | null, 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null }>, 
/** How to apply. */
apply: { 
/** Where to apply online. */
url: UrlString | null, 
/** The way applications are taken. */
method: ApplyMethod | null, 
/** True when the candidate can apply without leaving the job board (schema.org `directApply`). */
directApply: boolean, 
/** Where to send applications by email. */
email: string | null, 
/** Anything else the candidate must do to apply. */
instructions: string | null }, 
/** The posting's own benefits, then the employer's that apply to it. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Where the posting was imported from; null when created in Jobgraph. */
source: { 
/** The posting's identifier on the source. */
id: string | null, 
/** The source system, e.g. "Find a job". */
name: string | null, 
/** The posting's page on the source. */
url: UrlString | null } | null, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean } } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type UpdateEmployerMutationVariables = Exact<{
  id: string;
  input: UpdateEmployerInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateEmployerMutation = { 
/** Changes an employer's profile. Needs MANAGE_EMPLOYER for the key's own employer, or an admin key. */
updateEmployer: { 
/** The employer as it is now; null when the mutation failed. */
employer: { 
/** About the employer, in Markdown. */
description: string | null, 
/** `description` rendered to sanitised HTML. */
descriptionHtml: string | null, 
/** The employer's website. */
websiteUrl: UrlString | null, 
/** When the record was created. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** A logo image. */
logoUrl: UrlString | null, 
/** The employer's industry, e.g. "Banking and financial services". */
industry: string | null, 
/** Headcount band. */
size: EmployerSize | null, 
/** Trading names the employer also uses, e.g. "Halifax". */
brands: Array<string>, 
/** How many of the employer's postings are open now. */
openPostingsCount: number, 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string, 
/** Benefits the employer offers on every posting. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Head office. */
headquarters: { 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null } | null, 
/** Schemes and accreditations held. */
accreditations: Array<{ 
/** The scheme. */
scheme: AccreditationScheme, 
/** The level held, for schemes that have levels. */
level: AccreditationLevel | null, 
/** When the accreditation was awarded. */
awardedOn: DateString | null, 
/** When it lapses unless renewed. */
expiresOn: DateString | null, 
/** The employer's own statement, e.g. "Proud member of the Disability Confident employer scheme". */
statement: string | null }> } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type UpdatePostingMutationVariables = Exact<{
  id: string;
  input: UpdatePostingInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdatePostingMutation = { 
/** Changes a posting (not an archived one). A published posting must stay publishable. Needs WRITE_POSTINGS (or an admin key). */
updatePosting: { 
/** The posting as it is now; null when the mutation failed. */
posting: { 
/** The team or department the role sits in. */
team: string | null, 
/** The full advert in Markdown, as the employer wrote it. */
description: string, 
/** `description` rendered to sanitised HTML (no scripts, event handlers or javascript: links). */
descriptionHtml: string, 
/** What the job involves, in advert order. */
responsibilities: Array<string>, 
/** Skills the role uses, as short tags. */
skills: Array<string>, 
/** Life-cycle status. */
status: PostingStatus, 
/** When the record was created in Jobgraph. */
createdAt: DateTimeString, 
/** When the record last changed. */
updatedAt: DateTimeString, 
/** Increases with every change through the API; send it as `expectedVersion` to update only what you last read. */
version: number, 
/** Global ID. */
id: string, 
/** Job title. */
title: string, 
/** A short plain-text summary for result lists. */
summary: string | null, 
/** The employer's own job reference, unique per employer, e.g. "153907_1773321498". */
reference: string, 
/** Permanent, fixed term, etc. (independent of the hours). */
contractType: ContractType | null, 
/** When the posting was first published. */
postedAt: DateTimeString, 
/** When applications close; null when open until filled. */
closesAt: DateTimeString | null, 
/** Published and not past its closing date. */
isOpen: boolean, 
/** Essential and desirable requirements. */
requirements: { 
/** Must-haves, in advert order. */
essential: Array<string>, 
/** Nice-to-haves, in advert order. */
desirable: Array<string> }, 
/** Working hours. */
hours: { 
/** The hours as written in the advert, e.g. "Full-time - 35 hours per week". */
text: string | null, 
/** Full time, part time or flexible. */
type: HoursType | null, 
/** Contracted hours per week, e.g. 35. */
perWeek: number | null }, 
/** On site, hybrid or remote, with the remote/office split. */
workplace: { 
/** The working-pattern policy in the employer's words. */
policy: string | null, 
/** On site, hybrid or remote. */
type: WorkplaceType | null, 
/** Most days per week that may be worked remotely. */
remoteDaysPerWeekMax: number | null, 
/** Fewest days per week expected at the workplace. */
officeDaysPerWeekMin: number | null, 
/** Smallest share of working time expected at the workplace, in percent (40 = 40%). */
officeTimeShareMin: number | null }, 
/** Where the job is based, primary location first. */
locations: Array<{ 
/** The place name as a job seeker reads it, e.g. "London". */
name: string, 
/** Region or county, e.g. "South West England". */
region: string | null, 
/** Postal code, normalised (UK: "EC2V 7AE"). */
postcode: string | null, 
/** Country, as an ISO 3166-1 alpha-2 code. */
countryCode: CountryCode, 
/** WGS 84 latitude in degrees. */
latitude: number | null, 
/** WGS 84 longitude in degrees. */
longitude: number | null, 
/** Street address, when the employer gives one. */
addressLine: string | null, 
/** Town or city. */
locality: string | null }>, 
/** How to apply. */
apply: { 
/** Where to apply online. */
url: UrlString | null, 
/** The way applications are taken. */
method: ApplyMethod | null, 
/** True when the candidate can apply without leaving the job board (schema.org `directApply`). */
directApply: boolean, 
/** Where to send applications by email. */
email: string | null, 
/** Anything else the candidate must do to apply. */
instructions: string | null }, 
/** The posting's own benefits, then the employer's that apply to it. */
benefits: Array<{ 
/** The offer in the employer's words, e.g. "A generous pension contribution of up to 15%". */
detail: string | null, 
/** The offer's amount, when it has one (15 for a 15% pension). */
value: number | null, 
/** The unit of `value`. */
unit: BenefitUnit | null, 
/** Whether the employer or the posting declares this benefit. */
source: BenefitSource, 
/** The catalogue entry. */
benefit: { 
/** Global ID. */
id: string, 
/** Stable slug, e.g. "pension"; use it in filters and to look the benefit up. */
key: string, 
/** Display name, e.g. "Pension". */
name: string, 
/** The group the benefit belongs to. */
category: BenefitCategory, 
/** What the benefit is. */
description: string | null } }>, 
/** Where the posting was imported from; null when created in Jobgraph. */
source: { 
/** The posting's identifier on the source. */
id: string | null, 
/** The source system, e.g. "Find a job". */
name: string | null, 
/** The posting's page on the source. */
url: UrlString | null } | null, 
/** The employer offering the job. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string }, 
/** Pay, as stated and normalised to a year. */
salary: { 
/** Lowest stated pay per `period`. */
min: number | null, 
/** Highest stated pay per `period` (equal to `min` for a single figure). */
max: number | null, 
/** ISO 4217 currency of every amount. */
currency: CurrencyCode | null, 
/** The period the stated amounts are paid per. */
period: SalaryPeriod | null, 
/** The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive". */
text: string | null, 
/** `min` normalised to a year. */
annualMin: number | null, 
/** `max` normalised to a year. */
annualMax: number | null, 
/** Whether the advert states an amount (false for "Competitive"). */
disclosed: boolean } } | null, 
/** Every problem found with the input; empty when the mutation succeeded. */
userErrors: Array<{ 
/** Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation. */
field: Array<string> | null, 
/** What kind of problem. */
code: UserErrorCode, 
/** What is wrong, in English, for people. */
message: string }> } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { 
/** Who is calling: anonymous, an employer's API key or an admin key, with the key's scopes. */
viewer: { 
/** Anonymous, an employer's key or an admin key. */
kind: ViewerKind, 
/** The key's scopes; empty when anonymous. */
scopes: Array<ApiKeyScope>, 
/** The key used for this request; null when anonymous. */
apiKey: { 
/** The public part of the key ("jg_live_<prefix>_..."), used to name it in lists and logs. */
prefix: string, 
/** A label given at creation. */
name: string | null, 
/** What the key may do. */
scopes: Array<ApiKeyScope>, 
/** When the key was created. */
createdAt: DateTimeString, 
/** When the key stops working; null when it does not expire. */
expiresAt: DateTimeString | null, 
/** When the key was last used (to the minute). */
lastUsedAt: DateTimeString | null } | null, 
/** The employer the key acts for; null for anonymous callers and admin keys. */
employer: { 
/** Global ID. */
id: string, 
/** Unique, URL-safe handle, e.g. "lloyds-banking-group". */
slug: string, 
/** The employer's name. */
name: string } | null } };

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
export const ImportWarningFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportWarningFields on ImportWarning {
  field
  code
  message
}
    `, {"fragmentName":"ImportWarningFields"}) as unknown as TypedDocumentString<ImportWarningFieldsFragment, unknown>;
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
export const ChangesDocument = new TypedDocumentString(`
    query Changes($after: String, $first: Int, $filter: ChangeFilter) {
  changes(after: $after, first: $first, filter: $filter) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        id
        kind
        objectType
        objectId
        employerId
        changedFields
        at
        node {
          __typename
          ... on Posting {
            ...PostingDetail
          }
          ... on Employer {
            ...EmployerListItem
            employerDescription: description
            employerDescriptionHtml: descriptionHtml
            websiteUrl
            benefits {
              ...OfferedBenefitFields
            }
            createdAt
            updatedAt
            version
          }
          ... on Benefit {
            id
            key
            name
            category
            benefitDescription: description
          }
        }
      }
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
}`) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;
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
      warnings {
        ...ImportWarningFields
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
}
fragment ImportWarningFields on ImportWarning {
  field
  code
  message
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