import { literal } from "../db/like.js";
import { rawQuery } from "../db/raw-query.js";
import { objectSql, planEmployer, readPlanned } from "../db/read-plan.js";
import { replica } from "../db/replicas.js";
import { type Employer, Prisma } from "../generated/prisma/client.js";
import { builder, pageSize } from "../graphql/builder.js";
import { AccreditationSchemeEnum, EmployerSizeEnum } from "../graphql/enums.js";
import { badUserInput, notFound } from "../graphql/errors.js";
import { OrderDirection } from "../graphql/order.js";
import { PAGE_SIZE, type PageQuery } from "../graphql/page-size.js";
import { fieldsAt } from "../graphql/selection.js";
import { openPosting, postingSql } from "../posting/visibility.js";
import { EmployerConnection, EmployerType } from "./employer.object.js";

const { sql, raw, join } = Prisma;

const EmployerFilter = builder.inputType("EmployerFilter", {
  description: "Narrows a list of employers. Criteria combine with AND; values inside one list combine with OR.",
  fields: (t) => ({
    nameContains: t.string({
      description: "Name (or a brand) contains this text, ignoring case.",
    }),
    industries: t.stringList({
      description: "Only these industries (exact names).",
    }),
    sizes: t.field({
      type: [EmployerSizeEnum],
      description: "Only these size bands.",
    }),
    accreditations: t.field({
      type: [AccreditationSchemeEnum],
      description: "Only employers holding all of these accreditations.",
    }),
    hasOpenPostings: t.boolean({
      description: "Only employers with (true) or without (false) open postings.",
    }),
  }),
});

const EmployerOrderField = builder.enumType("EmployerOrderField", {
  description: "What to sort employers by. Ties are broken by ID.",
  values: {
    NAME: { description: "Name." },
    CREATED_AT: { description: "When the employer joined Jobgraph." },
  } as const,
});

const EmployerOrder = builder.inputType("EmployerOrder", {
  description: "Sort order for employers (default: by name, A first).",
  fields: (t) => ({
    field: t.field({
      type: EmployerOrderField,
      required: true,
      description: "What to sort by.",
    }),
    direction: t.field({
      type: OrderDirection,
      required: true,
      description: "Which way.",
    }),
  }),
});

/**
 * The employers a filter keeps, as SQL on employers aliased `e`: the one definition the page and its
 * count use. `nameContains` is a literal substring (its `%`, `_` and `\\` match themselves).
 */
export function employersWhereSql(filter: typeof EmployerFilter.$inferInput | null | undefined, now: Date): Prisma.Sql {
  const and: Prisma.Sql[] = [sql`TRUE`];
  if (filter?.nameContains) {
    const pattern = `%${literal(filter.nameContains)}%`;
    and.push(sql`(e.name ILIKE ${pattern} OR ${filter.nameContains} = ANY(e.brands))`);
  }
  if (filter?.industries) and.push(sql`e.industry = ANY(${filter.industries}::text[])`);
  if (filter?.sizes) and.push(sql`e.size = ANY(${filter.sizes}::"EmployerSize"[])`);
  for (const scheme of filter?.accreditations ?? []) {
    and.push(sql`EXISTS (SELECT 1 FROM employer_accreditations a WHERE a.employer_id = e.id AND a.scheme = ${scheme}::"AccreditationScheme")`);
  }
  if (filter?.hasOpenPostings != null) {
    const open = sql`EXISTS (SELECT 1 FROM postings p WHERE p.employer_id = e.id AND ${postingSql(openPosting(now))})`;
    and.push(filter.hasOpenPostings ? open : sql`NOT ${open}`);
  }
  return join(and, " AND ");
}

/**
 * A page of employers as Prisma's findMany would return it for Pothos' take/skip/cursor (a negative
 * take reads backward from the cursor; rows come back in the requested order either way).
 */
export function employersPageSql(
  where: Prisma.Sql,
  orderBy: EmployerOrderArgs,
  { take = PAGE_SIZE.default, skip = 0, cursor }: PageQuery,
): Prisma.Sql {
  const key = raw(orderBy?.field === "CREATED_AT" ? "e.created_at" : "e.name");
  const ascending = (orderBy?.direction ?? "ASC") === "ASC";
  // Backward pages read the other way from the cursor, and are put back in order by the caller.
  const forward = ascending === take >= 0;
  const direction = raw(forward ? "ASC" : "DESC");
  let after = Prisma.empty;
  let offset = skip;
  if (cursor?.id) {
    // Prisma's cursor is the row itself (skip 1 steps past it).
    const op = raw(forward ? (skip > 0 ? ">" : ">=") : skip > 0 ? "<" : "<=");
    after = sql`AND (${key}, e.id) ${op} (SELECT ${key}, e.id FROM employers e WHERE e.id = ${cursor.id}::uuid)`;
    offset = Math.max(0, skip - 1);
  }
  return sql`SELECT e.* FROM employers e WHERE ${where} ${after} ORDER BY ${key} ${direction}, e.id ${direction} LIMIT ${raw(String(Math.trunc(Math.abs(take))))} OFFSET ${raw(String(Math.trunc(offset)))}`;
}

type EmployerOrderArgs = typeof EmployerOrder.$inferInput | null | undefined;

builder.queryFields((t) => ({
  employer: t.field({
    type: EmployerType,
    nullable: true,
    description: "One employer, by global ID or by slug.",
    args: {
      id: t.arg.globalID({
        for: EmployerType,
        description: "The employer's global ID.",
      }),
      slug: t.arg.string({
        description: 'The employer\'s slug, e.g. "lloyds-banking-group".',
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      if ((args.id == null) === (args.slug == null)) throw badUserInput("Give exactly one of `id` or `slug`.");
      const notFoundError = () => notFound(args.id ? `No employer with ID "${args.id.id}".` : `No employer with slug "${args.slug}".`);
      // Planned (db/read-plan.ts): the employer and everything selected beneath it in one statement.
      const plan = planEmployer(info, info.fieldNodes);
      const where = args.id ? sql`e.id = ${args.id.id}::uuid` : sql`e.slug = ${args.slug ?? ""}`;
      const [row] = await readPlanned<{ node: string | null }, Employer>(
        replica(ctx.prisma),
        plan,
        sql`SELECT (${objectSql(plan, "e", ctx.now)})::text AS node FROM employers e WHERE ${where}`,
        ctx.signal,
      );
      if (!row?.node) throw notFoundError();
      return row.node;
    },
  }),
  employers: t.prismaConnection(
    {
      type: "Employer",
      cursor: "id",
      maxSize: pageSize,
      description: "Employers, by name unless `orderBy` says otherwise.",
      args: {
        filter: t.arg({
          type: EmployerFilter,
          description: "Narrow the employers.",
        }),
        orderBy: t.arg({
          type: EmployerOrder,
          description: "Sort order (default: by name).",
        }),
      },
      resolve: async (query, _root, args, ctx, info) => {
        // Pothos' selection beneath the nodes is read (it watches for unused queries) but the plan covers it.
        const { take, skip, cursor, ..._selection } = query as PageQuery;
        const pageSql = employersPageSql(employersWhereSql(args.filter, ctx.now), args.orderBy, { take, skip, cursor });
        const backward = (take ?? 0) < 0;
        // Planned (db/read-plan.ts): the page and everything selected beneath its employers, one statement.
        const plan = planEmployer(info, [
          ...fieldsAt(info, info.fieldNodes, ["nodes"], ["EmployerConnection"]),
          ...fieldsAt(info, info.fieldNodes, ["edges", "node"], ["EmployerConnection", "EmployerEdge"]),
        ]);
        const read = await readPlanned<{ node: string | null }, Employer>(
          replica(ctx.prisma),
          plan,
          sql`SELECT (${objectSql(plan, "e", ctx.now)})::text AS node FROM (${pageSql}) e`,
          ctx.signal,
        );
        const rows = read.flatMap((row) => (row.node ? [row.node] : []));
        return backward ? rows.reverse() : rows;
      },
      totalCount: async (_root, args, ctx) => {
        const [row] = await rawQuery<{ count: number }>(
          replica(ctx.prisma),
          sql`SELECT count(*)::int AS count FROM employers e WHERE ${employersWhereSql(args.filter, ctx.now)}`,
          ctx.signal,
        );
        return row?.count ?? 0;
      },
    },
    EmployerConnection,
  ),
}));
