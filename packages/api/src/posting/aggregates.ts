// totalCount and every facet of a search in ONE SQL statement. The filters are evaluated once,
// into a materialised candidate set: every posting that passes the filters without facets
// (visibility, keywords, skills...) with one boolean per faceted filter. The total counts the rows
// with every flag; a facet counts the rows with every flag but its own. Before, the total and each
// facet were statements of their own that each ran the whole search again.
//
// The fields ask through a DataLoader: graphql-js resolves `totalCount` and the facet fields in the
// same tick, so one batch (one statement) answers them all.
import DataLoader from "dataloader";
import { rawQuery } from "../db/raw-query.js";
import { replica } from "../db/replicas.js";
import { Prisma } from "../generated/prisma/client.js";
import type { Context } from "../graphql/context.js";
import { type CompiledSearch, type FacetDimension, whereSql } from "./search.sql.js";

const { sql, raw, join } = Prisma;

export type AggregateRequest =
  | { kind: "total" }
  | { kind: "contractType" | "hoursType" | "workplaceType" | "benefit" }
  | { kind: "employer" | "location"; first: number }
  | { kind: "salary"; bandWidth: number };

export interface CountRow {
  value: string;
  count: number;
}
export interface BandRow {
  band: number;
  count: number;
}

const ENUM_COLUMNS = { contractType: "contract_type", hoursType: "hours_type", workplaceType: "workplace_type" } as const;

/** One loader per search connection. */
export function aggregateLoader(search: CompiledSearch, ctx: Context): DataLoader<AggregateRequest, unknown, string> {
  return new DataLoader((requests) => loadAggregates(search, ctx, requests), { cacheKeyFn: (request) => JSON.stringify(request) });
}

async function loadAggregates(search: CompiledSearch, ctx: Context, requests: readonly AggregateRequest[]): Promise<unknown[]> {
  const client = replica(ctx.prisma);
  const statement = aggregatesSql(search, requests);
  // The total alone is a plain count whose visibility rule no index serves (steered): PostgreSQL
  // takes the full-text index without being told (bench: 29-44 ms for "engineer", 77 ms for
  // "manager", the same as with sequential scans off), so it needs no transaction of its own.
  const totalOnly = requests.length === 1 && requests[0]?.kind === "total";
  const [row] =
    search.keywords && !totalOnly
      ? (await client.$transaction([client.$executeRawUnsafe(STEER_TO_INDEXES), client.$queryRaw<[Record<string, unknown>]>(statement)]))[1]
      : await rawQuery<Record<string, unknown>>(client, statement, ctx.signal);
  return requests.map((_, i) => row?.[`a${i}`]);
}

/**
 * With keywords, the candidate set must come from the full-text index. Given a choice, PostgreSQL
 * prefers the visibility index for a common word ("manager" matches 64% of the bench's postings)
 * and tests the keywords on every open posting, reading each one's search document from TOAST,
 * a cost its planner does not model: 316 ms for that search's facets against 131 ms from the
 * full-text index. So the statement runs with sequential scans off, in a transaction of its own
 * (SET LOCAL), and the visibility rule in a form no index serves, which leaves the full-text index
 * (and the others the filters can use with it) as the way in.
 */
export const STEER_TO_INDEXES = "SET LOCAL enable_seqscan = off";

function steered(search: CompiledSearch): CompiledSearch {
  if (!search.keywords) return search;
  const conditions = new Map(search.conditions);
  conditions.set(
    "base",
    (search.conditions.get("base") ?? []).map((c) => (c === search.visibility ? sql`(${c}) IS TRUE` : c)),
  );
  return { ...search, conditions };
}

/**
 * The statement answering `requests` (exported for EXPLAIN in the bench); with keywords, to run
 * after STEER_TO_INDEXES in the same transaction.
 */
export function aggregatesSql(unsteered: CompiledSearch, requests: readonly AggregateRequest[]): Prisma.Sql {
  const search = steered(unsteered);
  // The total alone needs no candidate set: a plain count lets PostgreSQL use every index at once.
  if (requests.length === 1 && requests[0]?.kind === "total") {
    return sql`SELECT count(*)::int AS a0 FROM postings p WHERE ${whereSql(search)}`;
  }
  const dimensions = [...search.conditions.keys()].filter((d): d is FacetDimension => d !== "base");
  const flag = (d: FacetDimension) => raw(`c.m_${d}`);
  /** Every faceted filter but `except` (all of them without it). */
  const passes = (except?: FacetDimension) => {
    const flags = dimensions.filter((d) => d !== except).map(flag);
    return flags.length ? join(flags, " AND ") : sql`TRUE`;
  };
  const flagColumns = dimensions.map((d) => sql`, (${join(search.conditions.get(d) ?? [], " AND ")}) IS TRUE AS ${raw(`m_${d}`)}`);
  const base = search.conditions.get("base") ?? [sql`TRUE`];

  const columns = requests.map((request, i) => sql`(${aggregateSql(request, passes, search)}) AS ${raw(`a${i}`)}`);
  // Only what the requested aggregates read: the candidate set can be every keyword match.
  const names = requests.some((r) => r.kind === "location") ? raw(", p.location_names") : Prisma.empty;
  return sql`
    WITH c AS MATERIALIZED (
      SELECT p.id, p.employer_id, p.contract_type, p.hours_type, p.workplace_type, p.salary_currency, p.salary_annual_min, p.salary_annual_max ${names}
        ${flagColumns.length ? join(flagColumns, " ") : Prisma.empty}
      FROM postings p WHERE ${join(base, " AND ")})
    SELECT ${join(columns, ", ")}`;
}

function aggregateSql(request: AggregateRequest, passes: (except?: FacetDimension) => Prisma.Sql, search: CompiledSearch): Prisma.Sql {
  const counts = (inner: Prisma.Sql) =>
    sql`SELECT coalesce(json_agg(json_build_object('value', x.value, 'count', x.count) ORDER BY x.count DESC, x.value), '[]'::json) FROM (${inner}) x`;
  switch (request.kind) {
    case "total":
      return sql`SELECT count(*)::int FROM c WHERE ${passes()}`;
    case "contractType":
    case "hoursType":
    case "workplaceType": {
      const column = raw(`c.${ENUM_COLUMNS[request.kind]}`);
      return counts(
        sql`SELECT ${column}::text AS value, count(*)::int AS count FROM c WHERE ${passes(request.kind)} AND ${column} IS NOT NULL GROUP BY 1`,
      );
    }
    case "employer":
      return counts(
        sql`SELECT c.employer_id::text AS value, count(*)::int AS count FROM c WHERE ${passes("employer")} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${request.first}`,
      );
    case "benefit":
      // A benefit counts once per posting, whether the posting or its employer offers it: the
      // employers' benefits weighted by how many candidates each employer has (one probe per
      // employer, not per posting), plus the postings' own that their employer does not offer.
      // (Unnesting postings.benefit_ids instead is faster on a few thousand candidates, but the
      // arrays make the candidate set too wide for work_mem on a browse of every open posting.)
      return counts(sql`SELECT y.benefit_id::text AS value, sum(y.n)::int AS count FROM (
          SELECT eb.benefit_id, e.n FROM (SELECT c.employer_id, count(*) AS n FROM c WHERE ${passes("benefit")} GROUP BY 1) e
            JOIN employer_benefits eb ON eb.employer_id = e.employer_id
          UNION ALL
          SELECT pb.benefit_id, 1 FROM c JOIN posting_benefits pb ON pb.posting_id = c.id WHERE ${passes("benefit")}
            AND NOT EXISTS (SELECT 1 FROM employer_benefits eb WHERE eb.employer_id = c.employer_id AND eb.benefit_id = pb.benefit_id)
        ) y GROUP BY 1`);
    case "location":
      // The posting's distinct place names are on its row (search_locations migration).
      return counts(sql`SELECT n.name AS value, count(*)::int AS count FROM c CROSS JOIN LATERAL unnest(c.location_names) AS n(name)
          WHERE ${passes("location")} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${request.first}`);
    case "salary": {
      const width = request.bandWidth;
      return sql`SELECT coalesce(json_agg(json_build_object('band', x.band, 'count', x.count) ORDER BY x.band), '[]'::json) FROM (
          SELECT (floor(((COALESCE(c.salary_annual_min, c.salary_annual_max) + COALESCE(c.salary_annual_max, c.salary_annual_min)) / 2) / ${width}) * ${width})::float8 AS band,
                 count(*)::int AS count
          FROM c WHERE ${passes("salary")} AND c.salary_currency = ${search.currency} AND COALESCE(c.salary_annual_min, c.salary_annual_max) IS NOT NULL
          GROUP BY 1) x`;
    }
  }
}
