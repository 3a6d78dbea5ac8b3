import { mergeOfferedBenefits, type OfferedBenefitRow, OfferedBenefitType } from "../benefit/offered-benefit.js";
import { loadRelation, planned, RELATION_PLANS } from "../db/read-plan.js";
import type { Location, Posting } from "../generated/prisma/client.js";
import { builder } from "../graphql/builder.js";
import { toNumber } from "../graphql/decimal.js";
import { ApplyMethodEnum, ContractTypeEnum, HoursTypeEnum, PostingStatusEnum, SalaryPeriodEnum, WorkplaceTypeEnum } from "../graphql/enums.js";
import { LocationType } from "../location/location.object.js";
import { isPostingOpen, readablePostingWhere } from "./visibility.js";

// Value objects grouping a posting's columns; each resolves from the posting row itself.

const SalaryType = builder.objectRef<Posting>("Salary").implement({
  description:
    "Pay as the advert states it, and normalised to a year in the same currency so postings can be compared: " +
    "HOUR x hours per week (the posting's own, else 37.5) x 52, DAY x 260, WEEK x 52, MONTH x 12.",
  fields: (t) => ({
    min: t.float({
      nullable: true,
      description: "Lowest stated pay per `period`.",
      resolve: (p) => toNumber(p.salaryMin),
    }),
    max: t.float({
      nullable: true,
      description: "Highest stated pay per `period` (equal to `min` for a single figure).",
      resolve: (p) => toNumber(p.salaryMax),
    }),
    currency: t.field({
      type: "Currency",
      nullable: true,
      description: "ISO 4217 currency of every amount.",
      resolve: (p) => p.salaryCurrency,
    }),
    period: t.field({
      type: SalaryPeriodEnum,
      nullable: true,
      description: "The period the stated amounts are paid per.",
      resolve: (p) => p.salaryPeriod,
    }),
    text: t.string({
      nullable: true,
      description: 'The salary as written in the advert, e.g. "£61,236 to £68,040 per year" or "Competitive".',
      resolve: (p) => p.salaryText,
    }),
    annualMin: t.float({
      nullable: true,
      description: "`min` normalised to a year.",
      resolve: (p) => toNumber(p.salaryAnnualMin),
    }),
    annualMax: t.float({
      nullable: true,
      description: "`max` normalised to a year.",
      resolve: (p) => toNumber(p.salaryAnnualMax),
    }),
    disclosed: t.boolean({
      description: 'Whether the advert states an amount (false for "Competitive").',
      resolve: (p) => p.salaryMin !== null || p.salaryMax !== null,
    }),
  }),
});

const HoursType = builder.objectRef<Posting>("Hours").implement({
  description: "Working hours.",
  fields: (t) => ({
    type: t.field({
      type: HoursTypeEnum,
      nullable: true,
      description: "Full time, part time or flexible.",
      resolve: (p) => p.hoursType,
    }),
    perWeek: t.float({
      nullable: true,
      description: "Contracted hours per week, e.g. 35.",
      resolve: (p) => toNumber(p.hoursPerWeek),
    }),
    text: t.string({
      nullable: true,
      description: 'The hours as written in the advert, e.g. "Full-time - 35 hours per week".',
      resolve: (p) => p.hoursText,
    }),
  }),
});

const WorkplaceType = builder.objectRef<Posting>("Workplace").implement({
  description:
    'Where the work happens, with the remote/office split an advert states ("up to 3 days remote", "at least two days or 40% in the office").',
  fields: (t) => ({
    type: t.field({
      type: WorkplaceTypeEnum,
      nullable: true,
      description: "On site, hybrid or remote.",
      resolve: (p) => p.workplaceType,
    }),
    remoteDaysPerWeekMax: t.float({
      nullable: true,
      description: "Most days per week that may be worked remotely.",
      resolve: (p) => toNumber(p.remoteDaysPerWeekMax),
    }),
    officeDaysPerWeekMin: t.float({
      nullable: true,
      description: "Fewest days per week expected at the workplace.",
      resolve: (p) => toNumber(p.officeDaysPerWeekMin),
    }),
    officeTimeShareMin: t.float({
      nullable: true,
      description: "Smallest share of working time expected at the workplace, in percent (40 = 40%).",
      resolve: (p) => toNumber(p.officeTimeShareMin),
    }),
    policy: t.string({
      nullable: true,
      description: "The working-pattern policy in the employer's words.",
      resolve: (p) => p.workplacePolicy,
    }),
  }),
});

const RequirementsType = builder.objectRef<Posting>("Requirements").implement({
  description: "What a candidate needs, split as adverts split it.",
  fields: (t) => ({
    essential: t.stringList({
      description: "Must-haves, in advert order.",
      resolve: (p) => p.requirementsEssential,
    }),
    desirable: t.stringList({
      description: "Nice-to-haves, in advert order.",
      resolve: (p) => p.requirementsDesirable,
    }),
  }),
});

const ApplyType = builder.objectRef<Posting>("Apply").implement({
  description: "How to apply.",
  fields: (t) => ({
    method: t.field({
      type: ApplyMethodEnum,
      nullable: true,
      description: "The way applications are taken.",
      resolve: (p) => p.applyMethod,
    }),
    url: t.field({
      type: "URL",
      nullable: true,
      description: "Where to apply online.",
      resolve: (p) => p.applyUrl,
    }),
    email: t.string({
      nullable: true,
      description: "Where to send applications by email.",
      resolve: (p) => p.applyEmail,
    }),
    instructions: t.string({
      nullable: true,
      description: "Anything else the candidate must do to apply.",
      resolve: (p) => p.applyInstructions,
    }),
    directApply: t.boolean({
      description: "True when the candidate can apply without leaving the job board (schema.org `directApply`).",
      resolve: (p) => p.directApply,
    }),
  }),
});

const SourceType = builder.objectRef<Posting>("PostingSource").implement({
  description: "Where an imported posting came from.",
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: 'The source system, e.g. "Find a job".',
      resolve: (p) => p.sourceName,
    }),
    url: t.field({
      type: "URL",
      nullable: true,
      description: "The posting's page on the source.",
      resolve: (p) => p.sourceUrl,
    }),
    id: t.string({
      nullable: true,
      description: "The posting's identifier on the source.",
      resolve: (p) => p.sourceId,
    }),
  }),
});

export const PostingType = builder.prismaNode("Posting", {
  description: "A job advert: one role at one employer, in one or more places.",
  id: { field: "id", description: "Global ID." },
  // An ID that matches nothing visible resolves to null in node(id), as Relay expects.
  nullable: true,
  // Published and closed postings are visible to all; drafts and archived ones only to their own
  // employer's READ_DRAFTS keys and admins. For anyone else a draft's ID resolves to null like an unknown one.
  findUnique: (id, ctx) => ({ id, AND: [readablePostingWhere(ctx.viewer)] }),
  fields: (t) => ({
    reference: t.exposeString("reference", {
      description: 'The employer\'s own job reference, unique per employer, e.g. "153907_1773321498".',
    }),
    title: t.exposeString("title", { description: "Job title." }),
    summary: t.exposeString("summary", {
      nullable: true,
      description: "A short plain-text summary for result lists.",
    }),
    description: t.exposeString("description", {
      description: "The full advert in Markdown, as the employer wrote it.",
    }),
    descriptionHtml: t.string({
      description: "`description` rendered to sanitised HTML (no scripts, event handlers or javascript: links).",
      // Rendered when the description was written (text/markdown.ts) and stored: a read never renders.
      resolve: (p) => p.descriptionHtml ?? "",
    }),
    team: t.exposeString("team", {
      nullable: true,
      description: "The team or department the role sits in.",
    }),
    responsibilities: t.exposeStringList("responsibilities", {
      description: "What the job involves, in advert order.",
    }),
    requirements: t.field({
      type: RequirementsType,
      description: "Essential and desirable requirements.",
      resolve: (p) => p,
    }),
    skills: t.exposeStringList("skills", {
      description: "Skills the role uses, as short tags.",
    }),
    salary: t.field({
      type: SalaryType,
      description: "Pay, as stated and normalised to a year.",
      resolve: (p) => p,
    }),
    hours: t.field({
      type: HoursType,
      description: "Working hours.",
      resolve: (p) => p,
    }),
    contractType: t.field({
      type: ContractTypeEnum,
      nullable: true,
      description: "Permanent, fixed term, etc. (independent of the hours).",
      resolve: (p) => p.contractType,
    }),
    workplace: t.field({
      type: WorkplaceType,
      description: "On site, hybrid or remote, with the remote/office split.",
      resolve: (p) => p,
    }),
    locations: t.field({
      type: [LocationType],
      description: "Where the job is based, primary location first.",
      // Planned with the posting (db/read-plan.ts), else read for every posting of the request in one
      // statement, which sees one consistent state of links and locations.
      resolve: (p, _args, ctx) => {
        return planned<Location[]>(p, "locations") ?? loadRelation<Location[]>(ctx, "Posting", "locations", RELATION_PLANS.location, p.id);
      },
    }),
    postedAt: t.expose("postedAt", {
      type: "DateTime",
      description: "When the posting was first published.",
    }),
    closesAt: t.expose("closesAt", {
      type: "DateTime",
      nullable: true,
      description: "When applications close; null when open until filled.",
    }),
    status: t.expose("status", {
      type: PostingStatusEnum,
      description: "Life-cycle status.",
    }),
    isOpen: t.boolean({
      description: "Published and not past its closing date.",
      resolve: (p, _args, ctx) => isPostingOpen(p, ctx.now),
    }),
    apply: t.field({
      type: ApplyType,
      description: "How to apply.",
      resolve: (p) => p,
    }),
    benefits: t.field({
      type: [OfferedBenefitType],
      description: "The posting's own benefits, then the employer's that apply to it.",
      resolve: async (p, _args, ctx) => {
        const benefits = planned<OfferedBenefitRow[]>(p, "benefits");
        const employerBenefits = planned<OfferedBenefitRow[]>(planned<object>(p, "employer") ?? {}, "benefits");
        if (benefits && employerBenefits) return mergeOfferedBenefits(benefits, employerBenefits);
        const [own, employers] = await Promise.all([
          loadRelation<OfferedBenefitRow[]>(ctx, "Posting", "benefits", RELATION_PLANS.postingBenefits, p.id),
          loadRelation<OfferedBenefitRow[]>(ctx, "Employer", "benefits", RELATION_PLANS.employerBenefits, p.employerId),
        ]);
        return mergeOfferedBenefits(own, employers);
      },
    }),
    otherBenefits: t.exposeStringList("otherBenefits", {
      description: "Benefits the catalogue has no entry for, in the advert's words (an import keeps them rather than dropping them).",
    }),
    source: t.field({
      type: SourceType,
      nullable: true,
      description: "Where the posting was imported from; null when created in Jobgraph.",
      resolve: (p) => (p.sourceName || p.sourceUrl || p.sourceId ? p : null),
    }),
    createdAt: t.expose("createdAt", {
      type: "DateTime",
      description: "When the record was created in Jobgraph.",
    }),
    version: t.exposeInt("version", {
      description: "Increases with every change through the API; send it as `expectedVersion` to update only what you last read.",
    }),
    updatedAt: t.expose("updatedAt", {
      type: "DateTime",
      description: "When the record last changed.",
    }),
  }),
});

export const PostingConnection = builder.connectionObject(
  {
    type: PostingType,
    name: "PostingConnection",
    description: "A page of postings.",
  },
  { name: "PostingEdge", description: "A posting in a page." },
);
