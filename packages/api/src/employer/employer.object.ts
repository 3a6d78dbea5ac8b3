import { type OfferedBenefitRow, OfferedBenefitType } from "../benefit/offered-benefit.js";
import { loadRelation, planned, RELATION_PLANS } from "../db/read-plan.js";
import type { Employer, EmployerAccreditation, Location, Posting } from "../generated/prisma/client.js";
import { builder, pageSize } from "../graphql/builder.js";
import { AccreditationLevelEnum, AccreditationSchemeEnum, EmployerSizeEnum, PostingStatusEnum } from "../graphql/enums.js";
import { PAGE_SIZE } from "../graphql/page-size.js";
import { LocationType } from "../location/location.object.js";
import { nestedPostingCount, nestedPostingRows } from "../posting/nested-postings.js";
import { PostingFilter, PostingOrder } from "../posting/posting.filter.js";
import { PostingConnection, PostingType } from "../posting/posting.object.js";
import { employerById, openPostingsCount } from "./employer.read.js";

const AccreditationType = builder.prismaObject("EmployerAccreditation", {
  name: "Accreditation",
  description: "A scheme the employer belongs to, e.g. Disability Confident (Employer level) or the real Living Wage.",
  fields: (t) => ({
    scheme: t.expose("scheme", {
      type: AccreditationSchemeEnum,
      description: "The scheme.",
    }),
    level: t.expose("level", {
      type: AccreditationLevelEnum,
      nullable: true,
      description: "The level held, for schemes that have levels.",
    }),
    statement: t.exposeString("statement", {
      nullable: true,
      description: 'The employer\'s own statement, e.g. "Proud member of the Disability Confident employer scheme".',
    }),
    awardedOn: t.expose("awardedAt", {
      type: "Date",
      nullable: true,
      description: "When the accreditation was awarded.",
    }),
    expiresOn: t.expose("expiresAt", {
      type: "Date",
      nullable: true,
      description: "When it lapses unless renewed.",
    }),
  }),
});

export const EmployerType = builder.prismaNode("Employer", {
  description: "An organisation that posts jobs.",
  id: { field: "id", description: "Global ID." },
  // An ID that matches nothing visible resolves to null in node(id), as Relay expects.
  nullable: true,
  fields: (t) => ({
    slug: t.exposeString("slug", {
      description: 'Unique, URL-safe handle, e.g. "lloyds-banking-group".',
    }),
    name: t.exposeString("name", { description: "The employer's name." }),
    description: t.exposeString("description", {
      nullable: true,
      description: "About the employer, in Markdown.",
    }),
    descriptionHtml: t.string({
      nullable: true,
      description: "`description` rendered to sanitised HTML.",
      // Rendered when the description was written (text/markdown.ts) and stored: a read never renders.
      resolve: (e) => e.descriptionHtml,
    }),
    websiteUrl: t.expose("websiteUrl", {
      type: "URL",
      nullable: true,
      description: "The employer's website.",
    }),
    logoUrl: t.expose("logoUrl", {
      type: "URL",
      nullable: true,
      description: "A logo image.",
    }),
    industry: t.exposeString("industry", {
      nullable: true,
      description: 'The employer\'s industry, e.g. "Banking and financial services".',
    }),
    size: t.expose("size", {
      type: EmployerSizeEnum,
      nullable: true,
      description: "Headcount band.",
    }),
    brands: t.exposeStringList("brands", {
      description: 'Trading names the employer also uses, e.g. "Halifax".',
    }),
    headquarters: t.field({
      type: LocationType,
      nullable: true,
      description: "Head office.",
      resolve: (e, _args, ctx) => {
        const headquarters = planned<Location | null>(e, "headquarters");
        if (headquarters !== undefined) return headquarters;
        return e.headquartersId ? loadRelation<Location | null>(ctx, "Employer", "headquarters", RELATION_PLANS.location, e.id) : null;
      },
    }),
    accreditations: t.field({
      type: [AccreditationType],
      description: "Schemes and accreditations held.",
      resolve: (e, _args, ctx) =>
        planned<EmployerAccreditation[]>(e, "accreditations") ??
        loadRelation<EmployerAccreditation[]>(ctx, "Employer", "accreditations", RELATION_PLANS.accreditation, e.id),
    }),
    benefits: t.field({
      type: [OfferedBenefitType],
      description: "Benefits the employer offers on every posting.",
      resolve: async (e, _args, ctx) => {
        const rows =
          planned<OfferedBenefitRow[]>(e, "benefits") ??
          (await loadRelation<OfferedBenefitRow[]>(ctx, "Employer", "benefits", RELATION_PLANS.employerBenefits, e.id));
        return rows.map((row) => ({ ...row, source: "EMPLOYER" as const }));
      },
    }),
    postings: t.prismaConnection(
      {
        type: "Posting",
        cursor: "id",
        maxSize: pageSize,
        description:
          "The employer's postings: open ones unless `filter.includeClosed` (then closed ones too) or `statuses` says otherwise. " +
          "DRAFT and ARCHIVED postings are listed only for the employer's own API key with READ_DRAFTS, or an admin key.",
        args: {
          filter: t.arg({ type: PostingFilter, description: "Narrow the postings." }),
          statuses: t.arg({
            type: [PostingStatusEnum],
            description:
              "Exactly these statuses (PUBLISHED includes those past their closing date), instead of the default open-only rule. " +
              "DRAFT and ARCHIVED are left out, without an error, for callers who may not read them.",
          }),
          orderBy: t.arg({ type: PostingOrder, description: "Sort order (default: newest first)." }),
        },
        resolve: (query, employer, args, ctx, info) => {
          // Planned into the employer's row (db/read-plan.ts) when asked as browsing asks: first n, no
          // filter, order or cursor; then Pothos' query is n + 1 rows from the start.
          const { take, cursor, skip: _skip, ..._selection } = query;
          const page = planned<Posting[]>(employer, "postings");
          if (page && !cursor && take === (args.first ?? PAGE_SIZE.default) + 1) return page;
          return nestedPostingRows("employer", employer.id, query, args, ctx, info);
        },
        totalCount: (employer, args, ctx, info) => nestedPostingCount("employer", employer.id, args, ctx, info),
      },
      PostingConnection,
    ),
    openPostingsCount: t.int({
      description: "How many of the employer's postings are open now.",
      resolve: (e, _args, ctx) => planned<number>(e, "openPostingsCount") ?? openPostingsCount(ctx, e.id),
    }),
    version: t.exposeInt("version", {
      description: "Increases with every change through the API; send it as `expectedVersion` to update only what you last read.",
    }),
    createdAt: t.expose("createdAt", {
      type: "DateTime",
      description: "When the record was created.",
    }),
    updatedAt: t.expose("updatedAt", {
      type: "DateTime",
      description: "When the record last changed.",
    }),
  }),
});

export const EmployerConnection = builder.connectionObject(
  {
    type: EmployerType,
    name: "EmployerConnection",
    description: "A page of employers.",
  },
  { name: "EmployerEdge", description: "An employer in a page." },
);

// Posting.employer lives here, beside the type it returns (posting.object.ts cannot import this module).
builder.prismaObjectField(PostingType, "employer", (t) =>
  t.field({
    type: EmployerType,
    description: "The employer offering the job.",
    resolve: (p, _args, ctx) => planned<Employer>(p, "employer") ?? employerById(ctx, p.employerId),
  }),
);
