// What clients send to create and change postings: one zod schema declares each field, its
// field-by-field rules and its GraphQL description; the GraphQL input types are built from it
// (graphql/zod-input.ts). Cross-field rules and publishability: posting.rules.ts.
import { z } from "zod";
import { OfferedBenefitListSchema } from "../benefit/benefit.input.js";
import { EmployerType } from "../employer/employer.object.js";
import { ApplyMethod, ContractType, HoursType, SalaryPeriod, WorkplaceType } from "../generated/prisma/enums.js";
import { zodInputType } from "../graphql/zod-input.js";
import { LocationInputSchema } from "../location/location.input.js";
import { currencyCode, httpUrl, optionalText, requiredText, textList } from "../write/fields.js";

export const LIMITS = { locations: 20, listItems: 50, salaryAmount: 1_000_000_000 } as const;

const amount = z.number().positive().max(LIMITS.salaryAmount);

const SalarySchema = z
  .object({
    min: amount.nullish().meta({ description: "Lowest pay per `period`, more than 0." }),
    max: amount.nullish().meta({ description: "Highest pay per `period`, at least `min` (send the same figure twice for a single amount)." }),
    currency: currencyCode.nullish().meta({ description: "ISO 4217 currency code, e.g. GBP." }),
    period: z.enum(SalaryPeriod).nullish().meta({ description: "The period the amounts are paid per." }),
    text: optionalText(200).meta({ description: 'The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive".' }),
  })
  .meta({
    inputType: "SalaryInput",
    description:
      "Pay as the advert states it. With an amount, `currency` and `period` are required; `min` must not exceed `max`. The annual figures are computed.",
  });

const HoursSchema = z
  .object({
    type: z.enum(HoursType).nullish().meta({ description: "Full time, part time or flexible." }),
    perWeek: z.number().min(1).max(80).nullish().meta({ description: "Contracted hours per week, 1 to 80." }),
    text: optionalText(200).meta({ description: 'The hours as written, e.g. "Full-time - 35 hours per week".' }),
  })
  .meta({ inputType: "HoursInput", description: "Working hours." });

const WorkplaceSchema = z
  .object({
    type: z.enum(WorkplaceType).nullish().meta({ description: "On site, hybrid or remote (required once any other workplace field is set)." }),
    remoteDaysPerWeekMax: z.number().min(0).max(7).nullish().meta({ description: "Most days per week that may be worked remotely, 0 to 7." }),
    officeDaysPerWeekMin: z.number().min(0).max(7).nullish().meta({ description: "Fewest days per week at the workplace, 0 to 7." }),
    officeTimeShareMin: z.number().min(0).max(100).nullish().meta({ description: "Smallest share of time at the workplace in percent, 0 to 100." }),
    policy: optionalText(2000).meta({ description: "The working-pattern policy in the employer's words." }),
  })
  .meta({
    inputType: "WorkplaceInput",
    description:
      "Where the work happens. Remote and office days together are at most 7; an ON_SITE job has no remote days, a REMOTE one no office days.",
  });

const RequirementsSchema = z
  .object({
    essential: textList(LIMITS.listItems, 1000)
      .nullish()
      .meta({ description: "Must-haves, in advert order (each replaces the stored list when sent)." }),
    desirable: textList(LIMITS.listItems, 1000).nullish().meta({ description: "Nice-to-haves, in advert order." }),
  })
  .meta({ inputType: "RequirementsInput", description: "What a candidate needs." });

const ApplySchema = z
  .object({
    method: z.enum(ApplyMethod).nullish().meta({ description: "The way applications are taken." }),
    url: httpUrl.nullish().meta({ description: "Where to apply online: an absolute http(s) URL." }),
    email: z.email().max(320).nullish().meta({ description: "Where to send applications by email." }),
    instructions: optionalText(2000).meta({ description: "Anything else the candidate must do to apply." }),
    directApply: z.boolean().nullish().meta({ description: "Whether candidates can apply without leaving the job board." }),
  })
  .meta({ inputType: "ApplyInput", description: "How to apply. WEBSITE needs `url`, EMAIL needs `email`." });

const PostingSourceSchema = z
  .object({
    name: optionalText(200).meta({ description: 'The source system, e.g. "Find a job".' }),
    url: httpUrl.nullish().meta({ description: "The posting's page on the source: an absolute http(s) URL." }),
    id: optionalText(200).meta({ description: "The posting's identifier on the source." }),
  })
  .meta({ inputType: "PostingSourceInput", description: "Where an imported posting came from." });

/** A posting's fields with their rules; `.partial()` of it validates updates. Descriptions are the create's. */
const PostingFieldsSchema = z.object({
  reference: requiredText(100).meta({ description: "The employer's own job reference, unique per employer." }),
  title: requiredText(200).meta({ description: "Job title." }),
  summary: optionalText(500).meta({ description: "A short plain-text summary for result lists." }),
  description: requiredText(50_000).meta({ description: "The full advert in Markdown, stored as written (at most 50,000 characters)." }),
  team: optionalText(200).meta({ description: "The team or department." }),
  responsibilities: textList(LIMITS.listItems, 1000).nullish().meta({ description: "What the job involves, in advert order." }),
  requirements: RequirementsSchema.nullish().meta({ description: "Essential and desirable requirements." }),
  skills: textList(LIMITS.listItems, 60).nullish().meta({ description: "Skills as short tags." }),
  salary: SalarySchema.nullish().meta({ description: "Pay. Fields you leave out keep their stored values; null clears the whole group." }),
  hours: HoursSchema.nullish().meta({ description: "Working hours." }),
  contractType: z.enum(ContractType).nullish().meta({ description: "Permanent, fixed term, etc." }),
  workplace: WorkplaceSchema.nullish().meta({ description: "On site, hybrid or remote, with the remote/office split." }),
  locations: z
    .array(LocationInputSchema)
    .max(LIMITS.locations)
    .nullish()
    .meta({ description: "Where the job is based, primary first. Replaces every stored location when sent." }),
  closesAt: z.date().nullish().meta({ description: "When applications close; after the posting date. Publishing needs one in the future." }),
  apply: ApplySchema.nullish().meta({ description: "How to apply." }),
  benefits: OfferedBenefitListSchema.nullish().meta({
    description: "The posting's own benefits, on top of or overriding the employer's (replaces the stored list when sent).",
  }),
  otherBenefits: textList(LIMITS.listItems, 500).nullish().meta({ description: "Benefits the catalogue has no entry for, in the advert's words." }),
  source: PostingSourceSchema.nullish().meta({ description: "Where an imported posting came from." }),
});

export const CreatePostingSchema = PostingFieldsSchema;
export const UpdatePostingSchema = PostingFieldsSchema.partial();

export type PostingFields = z.output<typeof PostingFieldsSchema>;
export type PostingPatch = z.output<typeof UpdatePostingSchema>;

export const CreatePostingInput = zodInputType(CreatePostingSchema, {
  name: "CreatePostingInput",
  description: "A new posting. It starts as a DRAFT; `publishPosting` puts it live.",
  // Not validated by the schema: the service decodes it and checks the caller may use it.
  fields: (t) => ({
    employerId: t.globalID({
      for: EmployerType,
      description: "The employer (global ID). An employer key may leave it out (its own employer); an admin key must send it.",
    }),
  }),
});

export const UpdatePostingInput = zodInputType(UpdatePostingSchema, {
  name: "UpdatePostingInput",
  description:
    "Changes to a posting: fields left out keep their values, null clears a field. A group (salary, hours, workplace, apply, source, requirements) is merged field by field; lists replace the stored list.",
  descriptions: {
    reference: "The employer's own job reference, unique per employer.",
    title: "Job title.",
    description: "The full advert in Markdown, stored as written.",
  },
});
