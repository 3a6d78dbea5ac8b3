// Facet counts for a search: each counts the postings matching every filter except its own
// dimension, so a UI can show "Hybrid (120)" next to a ticked "Remote". One statement per facet
// selected.
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { badUserInput } from "../../errors.js";
import { type Benefit, type Employer, Prisma } from "../../generated/prisma/client.js";
import { ContractType, HoursType, WorkplaceType } from "../../generated/prisma/enums.js";
import { BenefitType } from "../benefit/benefit.object.js";
import { EmployerType } from "../employer/employer.object.js";
import { ContractTypeEnum, HoursTypeEnum, WorkplaceTypeEnum } from "../enums.js";
import { type CompiledSearch, type FacetDimension, whereSql } from "./search.sql.js";

const { raw } = Prisma;

export interface FacetsSource {
  search: CompiledSearch;
  ctx: Context;
}

/** Counts per value of an enum column, every value listed (zero included), largest first. */
async function enumCounts<V extends string>(source: FacetsSource, dimension: FacetDimension, column: string, values: Record<string, V>) {
  const rows = await source.ctx.prisma.$queryRaw<Array<{ value: V; count: number }>>`
    SELECT p.${raw(column)}::text AS value, count(*)::int AS count FROM postings p
    WHERE ${whereSql(source.search, dimension)} AND p.${raw(column)} IS NOT NULL GROUP BY 1`;
  const counts = new Map(rows.map((row) => [row.value, row.count]));
  return Object.values(values)
    .map((value) => ({ value, count: counts.get(value) ?? 0 }))
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

function limit(value: number | null | undefined, argument: string, max = 100): number {
  const n = value ?? 10;
  if (n < 1 || n > max) throw badUserInput(`Argument "${argument}" must be between 1 and ${max}; got ${n}.`, argument);
  return n;
}

export const PostingFacetsType = builder.objectRef<FacetsSource>("PostingFacets").implement({
  description: "Facet counts for a search. Each facet applies every filter except its own, as faceted search does.",
  fields: (t) => ({
    contractTypes: t.field({
      type: [ContractTypeFacet],
      description: "Postings per contract type (every type listed, largest first).",
      resolve: (source) => enumCounts(source, "contractType", "contract_type", ContractType),
    }),
    hoursTypes: t.field({
      type: [HoursTypeFacet],
      description: "Postings per hours type.",
      resolve: (source) => enumCounts(source, "hoursType", "hours_type", HoursType),
    }),
    workplaceTypes: t.field({
      type: [WorkplaceTypeFacet],
      description: "Postings per workplace type.",
      resolve: (source) => enumCounts(source, "workplaceType", "workplace_type", WorkplaceType),
    }),
    employers: t.field({
      type: [EmployerFacet],
      description: "The employers with the most matching postings.",
      args: { first: t.arg.int({ defaultValue: 10, description: "How many employers (1 to 100, default 10)." }) },
      resolve: async (source, args) => {
        const rows = await source.ctx.prisma.$queryRaw<Array<{ id: string; count: number }>>`
          SELECT p.employer_id::text AS id, count(*)::int AS count FROM postings p WHERE ${whereSql(source.search, "employer")}
          GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit(args.first, "first")}`;
        const employers = await source.ctx.prisma.employer.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
        const byId = new Map(employers.map((employer) => [employer.id, employer]));
        return rows.flatMap((row) => {
          const employer = byId.get(row.id);
          return employer ? [{ employer, count: row.count }] : [];
        });
      },
    }),
    benefits: t.field({
      type: [BenefitFacet],
      description: "Postings per catalogue benefit, largest first (benefits no matching posting offers are left out).",
      resolve: async (source) => {
        const where = whereSql(source.search, "benefit");
        const rows = await source.ctx.prisma.$queryRaw<Array<{ id: string; count: number }>>`
          SELECT x.benefit_id::text AS id, count(*)::int AS count FROM (
            SELECT p.id, pb.benefit_id FROM postings p JOIN posting_benefits pb ON pb.posting_id = p.id WHERE ${where}
            UNION
            SELECT p.id, eb.benefit_id FROM postings p JOIN employer_benefits eb ON eb.employer_id = p.employer_id WHERE ${where}
          ) x GROUP BY 1 ORDER BY 2 DESC, 1`;
        const benefits = await source.ctx.prisma.benefit.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
        const byId = new Map(benefits.map((benefit) => [benefit.id, benefit]));
        return rows.flatMap((row) => {
          const benefit = byId.get(row.id);
          return benefit ? [{ benefit, count: row.count }] : [];
        });
      },
    }),
    locations: t.field({
      type: [LocationFacet],
      description: "The places with the most matching postings.",
      args: { first: t.arg.int({ defaultValue: 10, description: "How many places (1 to 100, default 10)." }) },
      resolve: (source, args) =>
        source.ctx.prisma.$queryRaw<Array<{ name: string; count: number }>>`
          SELECT l.name, count(DISTINCT p.id)::int AS count FROM postings p
          JOIN posting_locations pl ON pl.posting_id = p.id JOIN locations l ON l.id = pl.location_id
          WHERE ${whereSql(source.search, "location")} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit(args.first, "first")}`,
    }),
    salary: t.field({
      type: [SalaryBand],
      description: "A histogram of annual pay (mid-point of each posting's range) in the search's currency, in bands of `bandWidth`.",
      args: { bandWidth: t.arg.int({ defaultValue: 10000, description: "Width of each band (1,000 to 1,000,000; default 10,000)." }) },
      resolve: async (source, args) => {
        const width = args.bandWidth ?? 10000;
        if (width < 1000 || width > 1_000_000)
          throw badUserInput(`Argument "bandWidth" must be between 1000 and 1000000; got ${width}.`, "bandWidth");
        const rows = await source.ctx.prisma.$queryRaw<Array<{ band: number; count: number }>>`
          SELECT (floor(((COALESCE(p.salary_annual_min, p.salary_annual_max) + COALESCE(p.salary_annual_max, p.salary_annual_min)) / 2) / ${width}) * ${width})::float8 AS band,
                 count(*)::int AS count
          FROM postings p
          WHERE ${whereSql(source.search, "salary")} AND p.salary_currency = ${source.search.currency}
            AND COALESCE(p.salary_annual_min, p.salary_annual_max) IS NOT NULL
          GROUP BY 1 ORDER BY 1`;
        return rows.map((row) => ({ min: row.band, max: row.band + width, count: row.count }));
      },
    }),
  }),
});
