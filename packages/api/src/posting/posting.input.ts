// What clients send to create and change postings: the GraphQL input types and the zod schema
// that validates them field by field (cross-field rules and publishability: posting.rules.ts).
import { z } from "zod";
import { OfferedBenefitInput, OfferedBenefitListSchema } from "../benefit/benefit.input.js";
import { EmployerType } from "../employer/employer.object.js";
import { ApplyMethod, ContractType, HoursType, SalaryPeriod, WorkplaceType } from "../generated/prisma/enums.js";
import { builder } from "../graphql/builder.js";
import { ApplyMethodEnum, ContractTypeEnum, HoursTypeEnum, SalaryPeriodEnum, WorkplaceTypeEnum } from "../graphql/enums.js";
import { LocationInput, LocationInputSchema } from "../location/location.input.js";
import { currencyCode, httpUrl, optionalText, requiredText, textList } from "../write/fields.js";

export const LIMITS = { locations: 20, listItems: 50, salaryAmount: 1_000_000_000 } as const;

const SalaryInput = builder.inputType("SalaryInput", {
  description:
    "Pay as the advert states it. With an amount, `currency` and `period` are required; `min` must not exceed `max`. The annual figures are computed.",
  fields: (t) => ({
    min: t.float({ description: "Lowest pay per `period`, more than 0." }),
    max: t.float({ description: "Highest pay per `period`, at least `min` (send the same figure twice for a single amount)." }),
    currency: t.string({ description: "ISO 4217 currency code, e.g. GBP." }),
    period: t.field({ type: SalaryPeriodEnum, description: "The period the amounts are paid per." }),
    text: t.string({ description: 'The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive".' }),
  }),
});

const HoursInput = builder.inputType("HoursInput", {
  description: "Working hours.",
  fields: (t) => ({
    type: t.field({ type: HoursTypeEnum, description: "Full time, part time or flexible." }),
    perWeek: t.float({ description: "Contracted hours per week, 1 to 80." }),
    text: t.string({ description: 'The hours as written, e.g. "Full-time - 35 hours per week".' }),
  }),
});

const WorkplaceInput = builder.inputType("WorkplaceInput", {
  description:
    "Where the work happens. Remote and office days together are at most 7; an ON_SITE job has no remote days, a REMOTE one no office days.",
  fields: (t) => ({
    type: t.field({ type: WorkplaceTypeEnum, description: "On site, hybrid or remote (required once any other workplace field is set)." }),
    remoteDaysPerWeekMax: t.float({ description: "Most days per week that may be worked remotely, 0 to 7." }),
    officeDaysPerWeekMin: t.float({ description: "Fewest days per week at the workplace, 0 to 7." }),
    officeTimeShareMin: t.float({ description: "Smallest share of time at the workplace in percent, 0 to 100." }),
    policy: t.string({ description: "The working-pattern policy in the employer's words." }),
  }),
});

const RequirementsInput = builder.inputType("RequirementsInput", {
  description: "What a candidate needs.",
  fields: (t) => ({
    essential: t.stringList({ description: "Must-haves, in advert order (each replaces the stored list when sent)." }),
    desirable: t.stringList({ description: "Nice-to-haves, in advert order." }),
  }),
});

const ApplyInput = builder.inputType("ApplyInput", {
  description: "How to apply. WEBSITE needs `url`, EMAIL needs `email`.",
  fields: (t) => ({
    method: t.field({ type: ApplyMethodEnum, description: "The way applications are taken." }),
    url: t.string({ description: "Where to apply online: an absolute http(s) URL." }),
    email: t.string({ description: "Where to send applications by email." }),
    instructions: t.string({ description: "Anything else the candidate must do to apply." }),
    directApply: t.boolean({ description: "Whether candidates can apply without leaving the job board." }),
  }),
});

const PostingSourceInput = builder.inputType("PostingSourceInput", {
  description: "Where an imported posting came from.",
  fields: (t) => ({
    name: t.string({ description: 'The source system, e.g. "Find a job".' }),
    url: t.string({ description: "The posting's page on the source: an absolute http(s) URL." }),
    id: t.string({ description: "The posting's identifier on the source." }),
  }),
});

const sharedDescriptions = {
  summary: "A short plain-text summary for result lists (at most 500 characters).",
  team: "The team or department.",
  responsibilities: "What the job involves, in advert order (at most 50).",
  requirements: "Essential and desirable requirements.",
  skills: "Skills as short tags (at most 50, each at most 60 characters).",
  salary: "Pay. Fields you leave out keep their stored values; null clears the whole group.",
  hours: "Working hours.",
  contractType: "Permanent, fixed term, etc.",
  workplace: "On site, hybrid or remote, with the remote/office split.",
  locations: "Where the job is based, primary first (at most 20). Replaces every stored location when sent.",
  closesAt: "When applications close; after the posting date. Publishing needs one in the future.",
  apply: "How to apply.",
  benefits: "The posting's own benefits, on top of or overriding the employer's (replaces the stored list when sent).",
  otherBenefits: "Benefits the catalogue has no entry for, in the advert's words (at most 50, each at most 500 characters).",
  source: "Where an imported posting came from.",
} as const;

export const CreatePostingInput = builder.inputType("CreatePostingInput", {
  description: "A new posting. It starts as a DRAFT; `publishPosting` puts it live.",
  fields: (t) => ({
    employerId: t.globalID({
      for: EmployerType,
      description: "The employer (global ID). An employer key may leave it out (its own employer); an admin key must send it.",
    }),
    reference: t.string({ required: true, description: "The employer's own job reference, unique per employer (at most 100 characters)." }),
    title: t.string({ required: true, description: "Job title (at most 200 characters)." }),
    summary: t.string({ description: sharedDescriptions.summary }),
    description: t.string({ required: true, description: "The full advert in Markdown, stored as written (at most 50,000 characters)." }),
    team: t.string({ description: sharedDescriptions.team }),
    responsibilities: t.stringList({ description: sharedDescriptions.responsibilities }),
    requirements: t.field({ type: RequirementsInput, description: sharedDescriptions.requirements }),
    skills: t.stringList({ description: sharedDescriptions.skills }),
    salary: t.field({ type: SalaryInput, description: sharedDescriptions.salary }),
    hours: t.field({ type: HoursInput, description: sharedDescriptions.hours }),
    contractType: t.field({ type: ContractTypeEnum, description: sharedDescriptions.contractType }),
    workplace: t.field({ type: WorkplaceInput, description: sharedDescriptions.workplace }),
    locations: t.field({ type: [LocationInput], description: sharedDescriptions.locations }),
    closesAt: t.field({ type: "DateTime", description: sharedDescriptions.closesAt }),
    apply: t.field({ type: ApplyInput, description: sharedDescriptions.apply }),
    benefits: t.field({ type: [OfferedBenefitInput], description: sharedDescriptions.benefits }),
    otherBenefits: t.stringList({ description: sharedDescriptions.otherBenefits }),
    source: t.field({ type: PostingSourceInput, description: sharedDescriptions.source }),
  }),
});

export const UpdatePostingInput = builder.inputType("UpdatePostingInput", {
  description:
    "Changes to a posting: fields left out keep their values, null clears a field. A group (salary, hours, workplace, apply, source, requirements) is merged field by field; lists replace the stored list.",
  fields: (t) => ({
    reference: t.string({ description: "The employer's own job reference, unique per employer." }),
    title: t.string({ description: "Job title." }),
    summary: t.string({ description: sharedDescriptions.summary }),
    description: t.string({ description: "The full advert in Markdown, stored as written." }),
    team: t.string({ description: sharedDescriptions.team }),
    responsibilities: t.stringList({ description: sharedDescriptions.responsibilities }),
    requirements: t.field({ type: RequirementsInput, description: sharedDescriptions.requirements }),
    skills: t.stringList({ description: sharedDescriptions.skills }),
    salary: t.field({ type: SalaryInput, description: sharedDescriptions.salary }),
    hours: t.field({ type: HoursInput, description: sharedDescriptions.hours }),
    contractType: t.field({ type: ContractTypeEnum, description: sharedDescriptions.contractType }),
    workplace: t.field({ type: WorkplaceInput, description: sharedDescriptions.workplace }),
    locations: t.field({ type: [LocationInput], description: sharedDescriptions.locations }),
    closesAt: t.field({ type: "DateTime", description: sharedDescriptions.closesAt }),
    apply: t.field({ type: ApplyInput, description: sharedDescriptions.apply }),
    benefits: t.field({ type: [OfferedBenefitInput], description: sharedDescriptions.benefits }),
    otherBenefits: t.stringList({ description: sharedDescriptions.otherBenefits }),
    source: t.field({ type: PostingSourceInput, description: sharedDescriptions.source }),
  }),
});

const amount = z.number().positive().max(LIMITS.salaryAmount);

/** Field-by-field rules for a posting's input; `.partial()` of it validates updates. */
const PostingFieldsSchema = z.object({
  reference: requiredText(100),
  title: requiredText(200),
  summary: optionalText(500),
  description: requiredText(50_000),
  team: optionalText(200),
  responsibilities: textList(LIMITS.listItems, 1000).nullish(),
  requirements: z.object({ essential: textList(LIMITS.listItems, 1000).nullish(), desirable: textList(LIMITS.listItems, 1000).nullish() }).nullish(),
  skills: textList(LIMITS.listItems, 60).nullish(),
  salary: z
    .object({
      min: amount.nullish(),
      max: amount.nullish(),
      currency: currencyCode.nullish(),
      period: z.enum(SalaryPeriod).nullish(),
      text: optionalText(200),
    })
    .nullish(),
  hours: z.object({ type: z.enum(HoursType).nullish(), perWeek: z.number().min(1).max(80).nullish(), text: optionalText(200) }).nullish(),
  contractType: z.enum(ContractType).nullish(),
  workplace: z
    .object({
      type: z.enum(WorkplaceType).nullish(),
      remoteDaysPerWeekMax: z.number().min(0).max(7).nullish(),
      officeDaysPerWeekMin: z.number().min(0).max(7).nullish(),
      officeTimeShareMin: z.number().min(0).max(100).nullish(),
      policy: optionalText(2000),
    })
    .nullish(),
  locations: z.array(LocationInputSchema).max(LIMITS.locations).nullish(),
  closesAt: z.date().nullish(),
  apply: z
    .object({
      method: z.enum(ApplyMethod).nullish(),
      url: httpUrl.nullish(),
      email: z.email().max(320).nullish(),
      instructions: optionalText(2000),
      directApply: z.boolean().nullish(),
    })
    .nullish(),
  benefits: OfferedBenefitListSchema.nullish(),
  otherBenefits: textList(LIMITS.listItems, 500).nullish(),
  source: z.object({ name: optionalText(200), url: httpUrl.nullish(), id: optionalText(200) }).nullish(),
});

export const CreatePostingSchema = PostingFieldsSchema;
export const UpdatePostingSchema = PostingFieldsSchema.partial();

export type PostingFields = z.output<typeof PostingFieldsSchema>;
export type PostingPatch = z.output<typeof UpdatePostingSchema>;
