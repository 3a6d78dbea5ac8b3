// The inputs that narrow and order posting lists: Query.postings (search), Employer.postings and
// Benefit.postings share them. search.sql.ts turns them into SQL.
import type { InputFieldBuilder } from "@pothos/core";
import { type BuilderTypes, builder } from "../graphql/builder.js";
import { AccreditationSchemeEnum, ContractTypeEnum, HoursTypeEnum, WorkplaceTypeEnum } from "../graphql/enums.js";
import { OrderDirection } from "../graphql/order.js";

export const DistanceUnit = builder.enumType("DistanceUnit", {
  description: "Unit of a distance.",
  values: {
    KILOMETERS: { description: "Kilometres." },
    MILES: { description: "Statute miles (1.609344 km)." },
  } as const,
});

export const NearFilter = builder.inputType("NearFilter", {
  description:
    'Postings with at least one location within `radius` of a point: a place name ("Bristol", "Leeds, GB") resolved offline through ' +
    "GeoNames' gazetteer, or coordinates. Give either `place` or both `latitude` and `longitude`.",
  fields: (t) => ({
    place: t.string({ description: 'A town or city, optionally with an ISO country code: "Bristol", "Cambridge, US". UK places win ties.' }),
    latitude: t.float({ description: "WGS 84 latitude of the centre, -90 to 90." }),
    longitude: t.float({ description: "WGS 84 longitude of the centre, -180 to 180." }),
    radius: t.float({ required: true, description: "Search radius, greater than 0 and at most 1,000 km (621 miles)." }),
    unit: t.field({ type: DistanceUnit, defaultValue: "KILOMETERS", description: "Unit of `radius` and of the distances returned." }),
  }),
});

export const SalaryFilter = builder.inputType("SalaryFilter", {
  description:
    "Postings whose pay, normalised to a year, overlaps the range [min, max] in `currency`: a posting paying £30,000–£40,000 matches " +
    "min 35,000 and matches max 32,000. A single-figure salary is treated as that figure at both ends.",
  fields: (t) => ({
    min: t.float({ description: "Lowest acceptable annual pay; the posting's top of range must reach it." }),
    max: t.float({ description: "Highest annual pay of interest; the posting's bottom of range must not exceed it." }),
    currency: t.field({
      type: "Currency",
      defaultValue: "GBP",
      description: "ISO 4217 currency of `min` and `max` (default GBP); only postings paying in it match.",
    }),
    includeUndisclosed: t.boolean({ defaultValue: false, description: 'Also return postings that state no amount ("Competitive").' }),
  }),
});

/** Descriptions that PostingFilter and PostingEventFilter word differently (one has examples, the other points to it). */
interface CriteriaWording {
  keywords: string;
  benefitKeys: string;
  skills: string;
  accreditations: string;
}

/**
 * The criteria that describe a posting itself, declared once for PostingFilter and for
 * PostingEventFilter (live/posting.subscriptions.ts), which mean the same by them.
 */
export function postingCriteria(t: InputFieldBuilder<BuilderTypes, "InputObject">, wording: CriteriaWording) {
  return {
    keywords: t.string({ description: wording.keywords }),
    near: t.field({ type: NearFilter, description: "Only postings near a place or point." }),
    salary: t.field({ type: SalaryFilter, description: "Only postings paying within an annual range." }),
    employerIds: t.globalIDList({ description: "Only these employers (global IDs)." }),
    employerSlugs: t.stringList({ description: "Only these employers (slugs)." }),
    contractTypes: t.field({ type: [ContractTypeEnum], description: "Only these contract types." }),
    hoursTypes: t.field({ type: [HoursTypeEnum], description: "Only these hours types." }),
    workplaceTypes: t.field({ type: [WorkplaceTypeEnum], description: "Only these workplace types." }),
    remoteDaysPerWeekMin: t.float({
      description: "Only postings allowing at least this many remote days a week (fully remote postings always qualify).",
    }),
    benefitKeys: t.stringList({ description: wording.benefitKeys }),
    skills: t.stringList({ description: wording.skills }),
    accreditations: t.field({ type: [AccreditationSchemeEnum], description: wording.accreditations }),
  };
}

export const PostingFilter = builder.inputType("PostingFilter", {
  description: "Narrows a list of postings. Criteria combine with AND; values inside one list combine with OR unless the field says otherwise.",
  fields: (t) => ({
    ...postingCriteria(t, {
      keywords:
        'Full-text search, English stemming, in the style of web search engines: words (all must match), "quoted phrases", -exclusions and OR. ' +
        "Matches the title, skills, summary and description, and the employer's name, weighted in that order for RELEVANCE.",
      benefitKeys:
        'Only postings offering all of these benefits (catalogue keys, e.g. ["pension", "share-scheme"]), directly or through their employer.',
      skills: 'Only postings tagged with all of these skills (exact tags, e.g. ["Python", "SQL"]).',
      accreditations: "Only postings of employers holding all of these accreditations, e.g. [DISABILITY_CONFIDENT].",
    }),
    postedAfter: t.field({ type: "DateTime", description: "Only postings published at or after this time." }),
    closingAfter: t.field({ type: "DateTime", description: "Only postings closing at or after this time (open-ended postings qualify)." }),
    closingBefore: t.field({ type: "DateTime", description: "Only postings closing before this time (open-ended postings do not qualify)." }),
    includeClosed: t.boolean({
      defaultValue: false,
      description: "Also return postings that are closed or past their closing date (default: open postings only).",
    }),
  }),
});

export const PostingOrderField = builder.enumType("PostingOrderField", {
  description: "What to sort postings by. Ties are broken by ID, so pages are stable.",
  values: {
    RELEVANCE: {
      description: "How well the posting matches `filter.keywords` (the default when keywords are given; requires them). DESC is best first.",
    },
    POSTED_AT: { description: "Publication date (the default without keywords, newest first)." },
    CLOSES_AT: { description: "Closing date; postings without one sort last." },
    UPDATED_AT: { description: "Last change." },
    SALARY: { description: "Annual pay: DESC by the top of the range, ASC by the bottom; undisclosed pay sorts last." },
    DISTANCE: { description: "Distance of the nearest location from `filter.near` (requires it). ASC is nearest first." },
  } as const,
});

export const PostingOrder = builder.inputType("PostingOrder", {
  description: "Sort order for postings.",
  fields: (t) => ({
    field: t.field({ type: PostingOrderField, required: true, description: "What to sort by." }),
    direction: t.field({ type: OrderDirection, required: true, description: "Which way." }),
  }),
});

export type PostingFilterArgs = typeof PostingFilter.$inferInput | null | undefined;
export type PostingOrderArgs = typeof PostingOrder.$inferInput | null | undefined;
