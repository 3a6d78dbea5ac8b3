// A page of postings under each item of a list (employers { postings }, benefits { postings }).
// Prisma cannot limit a relation per parent: it loads every related row and slices in memory, or
// runs one query per parent. Here one SQL statement ranks the rows per parent with ROW_NUMBER()
// and counts them, a DataLoader gathers the parents of one field into that statement, and one
// Prisma query loads the page's postings with the selection Pothos planned beneath them (so
// nested fields stay batched). Pothos' prismaConnection keeps cursors and pageInfo.
import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import { type ObjectPlan, objectSql, planPosting, readPlanned } from "../db/read-plan.js";
import { replica } from "../db/replicas.js";
import { type Posting, type PostingStatus, Prisma } from "../generated/prisma/client.js";
import type { Context } from "../graphql/context.js";
import { PAGE_SIZE, type PageQuery } from "../graphql/page-size.js";
import { fieldsAt, selectionOf } from "../graphql/selection.js";
import type { Viewer } from "../viewer/viewer.js";
import type { SearchArgs } from "./search.js";
import { compileSearch, sortKeySql, whereSql } from "./search.sql.js";
import { postingSql, readablePosting, readableStatusesSql } from "./visibility.js";

const { sql } = Prisma;

export type PostingParent = "employer" | "benefit";

interface NestedPostingsArgs extends SearchArgs {
  /** Employer.postings(statuses): exactly these statuses, as far as the caller may read them. */
  statuses?: readonly PostingStatus[] | null;
}

interface Page {
  rows: Posting[];
  total: number;
}

interface PageWindow {
  cursor?: string;
  limit: number;
  inverted: boolean;
}

/**
 * "After the cursor" in the page's order: Pothos' cursors carry the posting id, and its sort key
 * (`key`, on postings aliased p) is recomputed from that posting's row — only if the viewer may
 * read that posting: a cursor naming one it may not (a draft's, from another caller's page)
 * finds no key and gives an empty page, as a deleted posting's would, rather than a page
 * positioned at that posting's salary or date.
 */
function afterCursorSql(
  rowKey: Prisma.Sql,
  rowId: Prisma.Sql,
  key: Prisma.Sql,
  descending: boolean,
  cursor: string | undefined,
  viewer: Viewer,
): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  const readable = postingSql(readablePosting(viewer));
  return sql`AND (${rowKey}, ${rowId}) ${Prisma.raw(descending ? "<" : ">")} ((SELECT ${key} FROM postings p WHERE p.id = ${cursor}::uuid AND ${readable}), ${cursor}::uuid)`;
}

/**
 * An employer's postings come from the employer's own index (employer_id, status, posted_at): each
 * employer's page is read by a LATERAL subquery that stops at the page's end, rather than ranking
 * every candidate of every employer, and the count is computed only when totalCount is selected.
 * With a plan, each row carries its posting's JSON (db/read-plan.ts).
 */
function employerPagesSql(
  search: ReturnType<typeof compileSearch>,
  key: Prisma.Sql,
  descending: boolean,
  window: PageWindow,
  parentIds: readonly string[],
  plan: ObjectPlan | null,
  now: Date,
  wantTotal: boolean,
  viewer: Viewer,
): Prisma.Sql {
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  const cursor = afterCursorSql(sql`${key}`, sql`p.id`, key, descending, window.cursor, viewer);
  const node = plan ? sql`(${objectSql(plan, "p", now)})::text` : sql`NULL::text`;
  const totals = wantTotal
    ? sql`SELECT p.employer_id::text AS parent_id, NULL::text AS id, count(*)::int AS total, 0::bigint AS rn, NULL::text AS node FROM postings p
        WHERE p.employer_id = ANY(${parentIds}::uuid[]) AND ${whereSql(search)} GROUP BY 1 UNION ALL`
    : Prisma.empty;
  return sql`
    ${totals}
    SELECT x.parent_id::text AS parent_id, p.id::text AS id, NULL::int AS total, p.rn, ${node} AS node
    FROM unnest(${parentIds}::uuid[]) AS x(parent_id)
    CROSS JOIN LATERAL (
      SELECT p.*, row_number() OVER (ORDER BY ${key} ${direction}, p.id ${direction}) AS rn FROM postings p
      WHERE p.employer_id = x.parent_id AND ${whereSql(search)} ${cursor}
      ORDER BY ${key} ${direction}, p.id ${direction} LIMIT ${window.limit}) p
    ORDER BY 1, 4`;
}

/** Rows of (benefit, posting): a benefit's postings are those offering it themselves, and those of employers offering it. */
function benefitSourceSql(parentIds: readonly string[]): Prisma.Sql {
  return sql`SELECT benefit_id AS parent_id, posting_id FROM posting_benefits WHERE benefit_id = ANY(${parentIds}::uuid[])
    UNION SELECT eb.benefit_id, p0.id FROM employer_benefits eb JOIN postings p0 ON p0.employer_id = eb.employer_id WHERE eb.benefit_id = ANY(${parentIds}::uuid[])`;
}

async function loadPages(
  ctx: Context,
  parent: PostingParent,
  args: NestedPostingsArgs,
  window: PageWindow,
  nodeQuery: object,
  plan: ObjectPlan | null,
  wantTotal: boolean,
  parentIds: readonly string[],
): Promise<Page[]> {
  const search = compileSearch(args.filter, args.orderBy, ctx.now, args.statuses ? readableStatusesSql(ctx.viewer, args.statuses) : undefined);
  const { key, descending } = sortKeySql(search, window.inverted);
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  const afterCursor = afterCursorSql(sql`c.sort_key`, sql`c.id`, key, descending, window.cursor, ctx.viewer);
  const rankedSql =
    parent === "employer"
      ? employerPagesSql(search, key, descending, window, parentIds, plan, ctx.now, wantTotal, ctx.viewer)
      : sql`
    WITH candidates AS (
      SELECT x.parent_id, p.id, ${key} AS sort_key
      FROM (${benefitSourceSql(parentIds)}) x JOIN postings p ON p.id = x.posting_id
      WHERE ${whereSql(search)}
    ), paged AS (
      SELECT c.parent_id, c.id, ROW_NUMBER() OVER (PARTITION BY c.parent_id ORDER BY c.sort_key ${direction}, c.id ${direction}) AS rn
      FROM candidates c WHERE TRUE ${afterCursor}
    )
    SELECT parent_id::text, NULL::text AS id, COUNT(*)::int AS total, 0::bigint AS rn FROM candidates GROUP BY parent_id
    UNION ALL
    SELECT parent_id::text, id::text, NULL::int, rn FROM paged WHERE rn <= ${window.limit}
    ORDER BY 1, 4`;
  // With a planned selection (db/read-plan.ts) the page's postings come in the same statement (an
  // employer's pages carry them already); otherwise Prisma loads them with the query Pothos planned.
  let byId: Map<string, Posting>;
  let ranked: Array<{ parent_id: string; id: string | null; total: number | null; node?: Posting | null }>;
  if (plan) {
    ranked = await readPlanned<{ parent_id: string; id: string | null; total: number | null; node: string | null }, Posting>(
      replica(ctx.prisma),
      plan,
      parent === "employer"
        ? rankedSql
        : sql`SELECT r.*, (SELECT ${objectSql(plan, "p", ctx.now)} FROM postings p WHERE p.id = r.id::uuid)::text AS node FROM (${rankedSql}) r`,
      ctx.signal,
    );
    byId = new Map(ranked.flatMap((row) => (row.id && row.node ? [[row.id, row.node] as const] : [])));
  } else {
    ranked = await replica(ctx.prisma).$queryRaw(rankedSql);
    const ids = ranked.flatMap((row) => (row.id ? [row.id] : []));
    const postings = ids.length ? await ctx.prisma.posting.findMany({ ...nodeQuery, where: { id: { in: ids } } }) : [];
    byId = new Map(postings.map((posting) => [posting.id, posting]));
  }
  const pages = new Map<string, Page>(parentIds.map((id) => [id, { rows: [], total: 0 }]));
  for (const row of ranked) {
    const page = pages.get(row.parent_id);
    if (!page) continue;
    if (row.id === null) page.total = row.total ?? 0;
    else {
      const posting = byId.get(row.id);
      if (posting) page.rows.push(posting);
    }
  }
  return parentIds.map((id) => pages.get(id) ?? { rows: [], total: 0 });
}

/** Where a field sits in the operation, without list indexes: one loader serves all its parents. */
function fieldPath(info: GraphQLResolveInfo): string {
  const keys: string[] = [];
  for (let path: GraphQLResolveInfo["path"] | undefined = info.path; path; path = path.prev) if (typeof path.key === "string") keys.unshift(path.key);
  return keys.join(".");
}

function pageLoader(parent: PostingParent, args: NestedPostingsArgs, ctx: Context, info: GraphQLResolveInfo, query?: PageQuery) {
  const key = `postings:${parent}:${fieldPath(info)}:${JSON.stringify(args)}`;
  // Read every part of the planned query on each call (Pothos' onUnusedQuery watches for reads);
  // all parents of one field share the same plan, so the first one's is used for the batch.
  const { take = PAGE_SIZE.default + 1, skip: _skip, cursor, ...nodeQuery } = query ?? {};
  let loader = ctx.loaders.get(key) as DataLoader<string, Page> | undefined;
  if (!loader) {
    const window: PageWindow = { cursor: cursor?.id, limit: Math.abs(take), inverted: take < 0 };
    // Planned when the planner knows every field selected (db/read-plan.ts); else Pothos' own query.
    const nodeFields = [
      ...fieldsAt(info, info.fieldNodes, ["nodes"], ["PostingConnection"]),
      ...fieldsAt(info, info.fieldNodes, ["edges", "node"], ["PostingConnection", "PostingEdge"]),
    ];
    const plan = query ? planPosting(info, nodeFields) : null;
    const wantTotal = selectionOf(info, info.fieldNodes, "PostingConnection").has("totalCount");
    loader = new DataLoader<string, Page>((parentIds) => loadPages(ctx, parent, args, window, nodeQuery, plan, wantTotal, parentIds));
    ctx.loaders.set(key, loader);
  }
  return loader;
}

/**
 * `resolve` for `t.prismaConnection` under a list item: the rows Prisma would return for this
 * parent's `query` (take/cursor/skip), loaded together with every other parent's.
 */
export async function nestedPostingRows(
  parent: PostingParent,
  parentId: string,
  query: PageQuery,
  args: NestedPostingsArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
) {
  const { rows } = await pageLoader(parent, args, ctx, info, query).load(parentId);
  // A backward page was ranked newest-last-first; Prisma returns it in the connection's order.
  return (query.take ?? 0) < 0 ? [...rows].reverse() : rows;
}

/** `totalCount` for the same connection, from the same statement. */
export async function nestedPostingCount(parent: PostingParent, parentId: string, args: NestedPostingsArgs, ctx: Context, info: GraphQLResolveInfo) {
  return (await pageLoader(parent, args, ctx, info).load(parentId)).total;
}
