// Facet counts for a search: each counts the postings matching every filter except its own
// dimension, so a UI can show "Hybrid (120)" next to a ticked "Remote". All the facets selected,
// and totalCount, are computed by one SQL statement (aggregates.ts).
import type DataLoader from "dataloader";
import { BenefitType } from "../benefit/benefit.object.js";
import { EmployerType } from "../employer/employer.object.js";
import type { Benefit, Employer } from "../generated/prisma/client.js";
import { ContractType, HoursType, WorkplaceType } from "../generated/prisma/enums.js";
import { builder } from "../graphql/builder.js";
import type { Context } from "../graphql/context.js";
import { ContractTypeEnum, HoursTypeEnum, WorkplaceTypeEnum } from "../graphql/enums.js";
import { badUserInput } from "../graphql/errors.js";
import { FACET_SIZE } from "../graphql/page-size.js";
import type { AggregateRequest, BandRow, CountRow } from "./aggregates.js";
import type { CompiledSearch } from "./search.sql.js";

export interface FacetsSource {
  search: CompiledSearch;
  ctx: Context;
  /** totalCount and the facets, batched into one statement. */
  aggregates: DataLoader<AggregateRequest, unknown, string>;
}

const counts = (source: FacetsSource, request: AggregateRequest) => source.aggregates.load(request) as Promise<CountRow[]>;

/** Counts per value of an enum, every value listed (zero included), largest first. */
async function enumCounts<V extends string>(source: FacetsSource, kind: "contractType" | "hoursType" | "workplaceType", values: Record<string, V>) {
  const found = new Map((await counts(source, { kind })).map((row) => [row.value, row.count]));
  return Object.values(values)
    .map((value) => ({ value, count: found.get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

const ContractTypeFacet = builder.objectRef<{ value: ContractType; count: number }>("ContractTypeFacet").implement({
  description: "How many postings of the search have a contract type.",
  fields: (t) => ({
    value: t.field({ type: ContractTypeEnum, description: "The contract type.", resolve: (f) => f.value }),
    count: t.exposeInt("count", { description: "Matching postings with it, ignoring the contract-type filter." }),
  }),
});
const HoursTypeFacet = builder.objectRef<{ value: HoursType; count: number }>("HoursTypeFacet").implement({
  description: "How many postings of the search have an hours type.",
  fields: (t) => ({
    value: t.field({ type: HoursTypeEnum, description: "The hours type.", resolve: (f) => f.value }),
    count: t.exposeInt("count", { description: "Matching postings with it, ignoring the hours-type filter." }),
  }),
});
const WorkplaceTypeFacet = builder.objectRef<{ value: WorkplaceType; count: number }>("WorkplaceTypeFacet").implement({
  description: "How many postings of the search have a workplace type.",
  fields: (t) => ({
    value: t.field({ type: WorkplaceTypeEnum, description: "The workplace type.", resolve: (f) => f.value }),
    count: t.exposeInt("count", { description: "Matching postings with it, ignoring the workplace-type filter." }),
  }),
});
const EmployerFacet = builder.objectRef<{ employer: Employer; count: number }>("EmployerFacet").implement({
  description: "How many postings of the search an employer has.",
  fields: (t) => ({
    employer: t.field({ type: EmployerType, description: "The employer.", resolve: (f) => f.employer }),
    count: t.exposeInt("count", { description: "Matching postings at this employer, ignoring the employer filter." }),
  }),
});
const BenefitFacet = builder.objectRef<{ benefit: Benefit; count: number }>("BenefitFacet").implement({
  description: "How many postings of the search offer a benefit (themselves or through their employer).",
  fields: (t) => ({
    benefit: t.field({ type: BenefitType, description: "The benefit.", resolve: (f) => f.benefit }),
    count: t.exposeInt("count", { description: "Matching postings offering it, ignoring the benefit filter." }),
  }),
});
const LocationFacet = builder.objectRef<{ name: string; count: number }>("LocationFacet").implement({
  description: "How many postings of the search are based in a place.",
  fields: (t) => ({
    name: t.exposeString("name", { description: 'The place name, e.g. "Manchester".' }),
    count: t.exposeInt("count", { description: "Matching postings with a location of that name, ignoring the location filter." }),
  }),
});
const SalaryBand = builder.objectRef<{ min: number; max: number; count: number }>("SalaryBand").implement({
  description: "A band of the salary histogram: postings whose annual mid-point falls in [min, max).",
  fields: (t) => ({
    min: t.exposeFloat("min", { description: "Lower bound of the band (inclusive), annual, in the search's currency." }),
    max: t.exposeFloat("max", { description: "Upper bound of the band (exclusive)." }),
    count: t.exposeInt("count", { description: "Matching postings in the band, ignoring the salary filter." }),
  }),
});

const facetRange = `${FACET_SIZE.min} to ${FACET_SIZE.max}, default ${FACET_SIZE.default}`;

function limit(value: number | null | undefined, argument: string): number {
  const n = value ?? FACET_SIZE.default;
  if (n < FACET_SIZE.min || n > FACET_SIZE.max)
    throw badUserInput(`Argument "${argument}" must be between ${FACET_SIZE.min} and ${FACET_SIZE.max}; got ${n}.`, argument);
  return n;
}

export const PostingFacetsType = builder.objectRef<FacetsSource>("PostingFacets").implement({
  description: "Facet counts for a search. Each facet applies every filter except its own, as faceted search does.",
  fields: (t) => ({
    contractTypes: t.field({
      type: [ContractTypeFacet],
      description: "Postings per contract type (every type listed, largest first).",
      resolve: (source) => enumCounts(source, "contractType", ContractType),
    }),
    hoursTypes: t.field({
      type: [HoursTypeFacet],
      description: "Postings per hours type.",
      resolve: (source) => enumCounts(source, "hoursType", HoursType),
    }),
    workplaceTypes: t.field({
      type: [WorkplaceTypeFacet],
      description: "Postings per workplace type.",
      resolve: (source) => enumCounts(source, "workplaceType", WorkplaceType),
    }),
    employers: t.field({
      type: [EmployerFacet],
      description: "The employers with the most matching postings.",
      args: { first: t.arg.int({ defaultValue: FACET_SIZE.default, description: `How many employers (${facetRange}).` }) },
      resolve: async (source, args) => {
        const rows = await counts(source, { kind: "employer", first: limit(args.first, "first") });
        const employers = await source.ctx.prisma.employer.findMany({ where: { id: { in: rows.map((row) => row.value) } } });
        const byId = new Map(employers.map((employer) => [employer.id, employer]));
        return rows.flatMap((row) => {
          const employer = byId.get(row.value);
          return employer ? [{ employer, count: row.count }] : [];
        });
      },
    }),
    benefits: t.field({
      type: [BenefitFacet],
      description: "Postings per catalogue benefit, largest first (benefits no matching posting offers are left out).",
      resolve: async (source) => {
        const rows = await counts(source, { kind: "benefit" });
        const benefits = await source.ctx.prisma.benefit.findMany({ where: { id: { in: rows.map((row) => row.value) } } });
        const byId = new Map(benefits.map((benefit) => [benefit.id, benefit]));
        return rows.flatMap((row) => {
          const benefit = byId.get(row.value);
          return benefit ? [{ benefit, count: row.count }] : [];
        });
      },
    }),
    locations: t.field({
      type: [LocationFacet],
      description: "The places with the most matching postings.",
      args: { first: t.arg.int({ defaultValue: FACET_SIZE.default, description: `How many places (${facetRange}).` }) },
      resolve: async (source, args) =>
        (await counts(source, { kind: "location", first: limit(args.first, "first") })).map((row) => ({ name: row.value, count: row.count })),
    }),
    salary: t.field({
      type: [SalaryBand],
      description: "A histogram of annual pay (mid-point of each posting's range) in the search's currency, in bands of `bandWidth`.",
      args: { bandWidth: t.arg.int({ defaultValue: 10000, description: "Width of each band (1,000 to 1,000,000; default 10,000)." }) },
      resolve: async (source, args) => {
        const width = args.bandWidth ?? 10000;
        if (width < 1000 || width > 1_000_000)
          throw badUserInput(`Argument "bandWidth" must be between 1000 and 1000000; got ${width}.`, "bandWidth");
        const rows = (await source.aggregates.load({ kind: "salary", bandWidth: width })) as BandRow[];
        return rows.map((row) => ({ min: row.band, max: row.band + width, count: row.count }));
      },
    }),
  }),
});
