// Query.postings: the job-board search. One SQL statement picks the page (filters, ranking,
// distance, keyset cursor), builds the page's postings with everything selected beneath them
// (planned from the selection, db/read-plan.ts) and, when only the total is asked for, counts it;
// facets (with the total) are one more statement (aggregates.ts). A selection the planner does not
// know is loaded through Prisma after the page.
import { createHash } from "node:crypto";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { rawQuery } from "../db/raw-query.js";
import { objectSql, planPosting, readPlanned } from "../db/read-plan.js";
import { replica } from "../db/replicas.js";
import { type Posting, Prisma } from "../generated/prisma/client.js";
import { builder, pageSize } from "../graphql/builder.js";
import type { Context } from "../graphql/context.js";
import { badUserInput } from "../graphql/errors.js";
import { PAGE_SIZE } from "../graphql/page-size.js";
import { fieldsAt, selectionOf } from "../graphql/selection.js";
import { type DistanceUnit, fromKilometres } from "../location/distance.js";
import { aggregateLoader, aggregatesSql } from "./aggregates.js";
import { type FacetsSource, PostingFacetsType } from "./facets.js";
import { PostingFilter, type PostingFilterArgs, PostingOrder, type PostingOrderArgs } from "./posting.filter.js";
import { PostingType } from "./posting.object.js";
import {
  type CompiledSearch,
  compileSearch,
  cursorConditionSql,
  distanceSql,
  nearestDistanceSql,
  sortKeySql,
  tsQuerySql,
  whereSql,
  withinSql,
} from "./search.sql.js";

const { sql, raw } = Prisma;

interface SearchEdge {
  cursor: string;
  node: Posting;
  distanceKm: number | null;
  relevance: number | null;
  unit: DistanceUnit;
}

interface SearchConnection extends FacetsSource {
  edges: SearchEdge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface SearchArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  filter?: PostingFilterArgs;
  orderBy?: PostingOrderArgs;
}

const PostingSearchEdge = builder.objectRef<SearchEdge>("PostingSearchEdge").implement({
  description: "A posting in a page of search results, with how far away and how relevant it is.",
  fields: (t) => ({
    cursor: t.exposeString("cursor", { description: "Opaque cursor for this edge; pass it as `after` or `before` with the same filter and order." }),
    node: t.field({ type: PostingType, description: "The posting.", resolve: (edge) => edge.node }),
    distance: t.float({
      nullable: true,
      description: "Distance from `filter.near` to the posting's nearest location, in the filter's unit; null without `near` or coordinates.",
      resolve: (edge) => (edge.distanceKm === null ? null : Math.round(fromKilometres(edge.distanceKm, edge.unit) * 100) / 100),
    }),
    relevance: t.float({
      nullable: true,
      description: "Full-text rank for `filter.keywords` (higher is better); null without keywords.",
      resolve: (edge) => edge.relevance,
    }),
  }),
});

const PostingSearchConnection = builder.objectRef<SearchConnection>("PostingSearchConnection").implement({
  description: "A page of search results, with the total and facet counts for the whole search.",
  fields: (t) => ({
    edges: t.field({ type: [PostingSearchEdge], description: "The postings of this page, each with its cursor.", resolve: (c) => c.edges }),
    nodes: t.field({
      type: [PostingType],
      description: "The postings of this page, without their cursors.",
      resolve: (c) => c.edges.map((e) => e.node),
    }),
    pageInfo: t.field({ type: builder.pageInfoRef(), description: "Paging information.", resolve: (c) => c.pageInfo }),
    totalCount: t.int({
      description: "How many postings match, across all pages.",
      resolve: async (c) => {
        return (await c.aggregates.load({ kind: "total" })) as number;
      },
    }),
    facets: t.field({
      type: PostingFacetsType,
      description: "Counts per filter value for this search, each leaving out its own filter.",
      resolve: (c) => c,
    }),
  }),
});

/**
 * Cursors name the sort and the search they belong to, so a cursor from another one is refused.
 * The cursor here is the payload only: graphql/cursor.ts signs it on the way out and verifies the
 * signature before this resolver sees `after` or `before`.
 */
function searchFingerprint(args: SearchArgs, search: CompiledSearch): string {
  const { filter } = args;
  return createHash("sha256")
    .update(JSON.stringify([search.sort, filter ?? null]))
    .digest("base64url")
    .slice(0, 12);
}

function encodeCursor(fingerprint: string, key: string, id: string): string {
  return Buffer.from(JSON.stringify([fingerprint, key, id])).toString("base64url");
}

function decodeCursor(cursor: string, fingerprint: string, argument: "after" | "before"): { key: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const [cursorFingerprint, key, id] = Array.isArray(parsed) && parsed.length === 3 ? (parsed as unknown[]) : [];
  if (typeof cursorFingerprint !== "string" || typeof key !== "string" || typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw badUserInput(`Argument "${argument}" is not a valid cursor.`, argument);
  }
  if (cursorFingerprint !== fingerprint) {
    throw badUserInput(`Argument "${argument}" is a cursor from a different search or sort order; start again without it.`, argument);
  }
  return { key, id };
}

/**
 * The page: ids, sort keys (for cursors), distance and relevance of up to `limit` postings after
 * `cursor`, in the search's order (reversed when paging backward). With `whole`, each posting's whole
 * row instead of its id as text (db/compiled-read.ts builds the page's JSON from it). Exported for the bench's EXPLAIN.
 */
export function searchPageSql(
  search: CompiledSearch,
  limit: number,
  cursor?: { key: string; id: string },
  backward = false,
  whole = false,
): Prisma.Sql {
  const posting = whole ? sql`p.*` : sql`p.id::text`;
  // The page size as a literal: a prepared statement's generic plan then knows it (a parameter made
  // the planner assume a tenth of the table, so PostgreSQL kept planning each request afresh).
  const limitSql = raw(String(Math.trunc(limit)));
  const relevance = search.keywords ? sql`ts_rank(p.search_vector, ${tsQuerySql(search.keywords)})::float8` : sql`NULL::float8`;
  if (search.sort.field === "DISTANCE" && search.near) {
    // Nearest first: each posting's distance comes from its locations within the radius, computed
    // once from the location side and sorted; the postings are then read in that order until the
    // page is full, rather than a distance subquery for every candidate posting and a sort of all
    // of them. Joining it is also the location filter.
    const descending = search.sort.descending !== backward;
    const direction = raw(descending ? "DESC" : "ASC");
    const key = sql`d.km`;
    return sql`
      SELECT ${posting}, (${key})::text AS sort_key, d.km AS distance, ${relevance} AS relevance
      FROM (SELECT pl.posting_id, min(${distanceSql(search.near.point)}) AS km FROM posting_locations pl JOIN locations l ON l.id = pl.location_id
            WHERE ${withinSql(search.near)} GROUP BY 1 ORDER BY 2 ${direction}, 1 ${direction}) d
      JOIN postings p ON p.id = d.posting_id
      WHERE ${whereSql(search, "location")} ${cursorConditionSql(key, "float8", descending, cursor)}
      ORDER BY d.km ${direction}, d.posting_id ${direction}
      LIMIT ${limitSql}`;
  }
  const { key, type, descending } = sortKeySql(search, backward);
  const direction = raw(descending ? "DESC" : "ASC");
  // The sort key is computed once per candidate; the distance, the relevance and the key as text
  // only for the page's rows (ts_rank on every keyword match was most of a keyword search's time,
  // and it was computed twice: for the order and for the relevance).
  const distance = search.near ? nearestDistanceSql(search.near.point) : sql`NULL::float8`;
  const pageRelevance = !search.keywords ? sql`NULL::float8` : search.sort.field === "RELEVANCE" ? sql`s.sort_value` : relevance;
  return sql`
    SELECT ${posting}, s.sort_value::text AS sort_key, ${distance} AS distance, ${pageRelevance} AS relevance
    FROM (SELECT p.id, ${key} AS sort_value FROM postings p
          WHERE ${whereSql(search)} ${cursorConditionSql(key, type, descending, cursor)}
          ORDER BY 2 ${direction}, 1 ${direction}
          LIMIT ${limitSql}) s
    JOIN postings p ON p.id = s.id
    ORDER BY s.sort_value ${direction}, s.id ${direction}`;
}

interface PageRow {
  id: string;
  sort_key: string;
  distance: number | null;
  relevance: number | null;
  /** The planned posting, when the selection was planned. */
  node?: Posting | null;
}

/** The page's postings by id: planned with the page, or loaded through Prisma with everything selected beneath them. */
async function pagePostings(page: PageRow[], ctx: Context, info: GraphQLResolveInfo): Promise<Map<string, Posting>> {
  if (!page.length) return new Map();
  if (page[0]?.node !== undefined) return new Map(page.flatMap((row) => (row.node ? [[row.id, row.node] as const] : [])));
  const nodeQuery = queryFromInfo({ context: ctx, info, typeName: "Posting", paths: [["nodes"], ["edges", "node"]] });
  const postings = await ctx.prisma.posting.findMany({ ...nodeQuery, where: { id: { in: page.map((row) => row.id) } } });
  return new Map(postings.map((posting) => [posting.id, posting]));
}

async function searchPostings(args: SearchArgs, ctx: Context, info: GraphQLResolveInfo): Promise<SearchConnection> {
  pageSize(args);
  if (args.after != null && args.before != null) throw badUserInput('Arguments "after" and "before" cannot be used together.');
  if (args.first != null && args.last != null) throw badUserInput('Arguments "first" and "last" cannot be used together.');
  if ((args.first != null && args.before != null) || (args.last != null && args.after != null)) {
    throw badUserInput('Use "first" with "after", or "last" with "before".');
  }
  const backward = args.last != null || args.before != null;
  const size = (backward ? args.last : args.first) ?? PAGE_SIZE.default;
  const search = compileSearch(args.filter, args.orderBy, ctx.now);
  const fingerprint = searchFingerprint(args, search);
  const cursorArg = backward ? args.before : args.after;
  const cursor = cursorArg ? decodeCursor(cursorArg, fingerprint, backward ? "before" : "after") : undefined;
  const aggregates = aggregateLoader(search, ctx);
  // The total alone (no facets to batch it with) is counted by the page's own statement: one
  // statement for the root field, one round trip, one connection from the pool.
  const connectionFields = selectionOf(info, info.fieldNodes, "PostingSearchConnection");
  const withTotal = connectionFields.has("totalCount") && !connectionFields.has("facets");

  // The page, and with it every posting's planned JSON (db/read-plan.ts) when the selection can be
  // planned: one statement. Otherwise the page's ids, then Prisma loads the postings.
  const nodeFields = [
    ...fieldsAt(info, info.fieldNodes, ["nodes"], ["PostingSearchConnection"]),
    ...fieldsAt(info, info.fieldNodes, ["edges", "node"], ["PostingSearchConnection", "PostingSearchEdge"]),
  ];
  const plan = planPosting(info, nodeFields);
  const rows: Array<PageRow & { total?: number }> = [];
  if (size > 0 || cursor) {
    const pageSql = searchPageSql(search, size + 1, cursor, backward);
    const withNodes = plan
      ? sql`SELECT page.*, (SELECT ${objectSql(plan, "p", ctx.now)} FROM postings p WHERE p.id = page.id::uuid)::text AS node FROM (${pageSql}) page`
      : pageSql;
    // With the total, the page is joined to the count's one row, so an empty page still brings it.
    const statement = withTotal
      ? sql`SELECT t.a0 AS total, page.* FROM (${aggregatesSql(search, [{ kind: "total" }])}) t LEFT JOIN LATERAL (${withNodes}) page ON true`
      : withNodes;
    const read = plan
      ? await readPlanned<PageRow & { total?: number; node: string | null }, Posting>(replica(ctx.prisma), plan, statement, ctx.signal)
      : await rawQuery<PageRow & { total?: number }>(replica(ctx.prisma), statement, ctx.signal);
    if (withTotal) aggregates.prime({ kind: "total" }, read[0]?.total ?? 0);
    for (const row of read) if (row.id !== null) rows.push(row);
  }
  const page = rows.slice(0, size);
  if (backward) page.reverse();

  const byId = await pagePostings(page, ctx, info);
  const unit = search.near?.unit ?? "KILOMETERS";
  const edges = page.flatMap((row) => {
    const node = byId.get(row.id);
    return node ? [{ cursor: encodeCursor(fingerprint, row.sort_key, row.id), node, distanceKm: row.distance, relevance: row.relevance, unit }] : [];
  });
  const more = rows.length > size;
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? Boolean(args.before) : more,
      hasPreviousPage: backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    search,
    ctx,
    aggregates,
  };
}

builder.queryField("postings", (t) =>
  t.field({
    type: PostingSearchConnection,
    description:
      "Search published postings: keywords, place and radius, salary range and every other filter, sorted by relevance, date, salary or " +
      "distance, with the total and facet counts. Open postings only unless `filter.includeClosed`.",
    args: {
      filter: t.arg({ type: PostingFilter, description: "What to search for." }),
      orderBy: t.arg({ type: PostingOrder, description: "Sort order (default: RELEVANCE DESC with keywords, else POSTED_AT DESC)." }),
      first: t.arg.int({ description: `Return the first n results (0 to ${PAGE_SIZE.max}; default ${PAGE_SIZE.default}).` }),
      after: t.arg.string({ description: "Return results after this cursor (from the same search)." }),
      last: t.arg.int({ description: `Return the last n results (0 to ${PAGE_SIZE.max}).` }),
      before: t.arg.string({ description: "Return results before this cursor (from the same search)." }),
    },
    resolve: (_root, args, ctx, info) => searchPostings(args, ctx, info),
  }),
);
