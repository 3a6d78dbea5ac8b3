// Whole documents compiled to one SQL statement whose JSON is the response (issue 13), as Hasura
// and PostGraphile answer reads: for a query whose every field this module knows, PostgreSQL
// builds the `data` object itself — response keys (aliases), global IDs, DateTime and Date text,
// enums, floats, connections, merged benefits — and the server hands its text to the client
// without parsing it, running resolvers over it or serialising it again.
//
// It is an optimisation, never a second definition: anything it does not know (a field, an
// argument, a cursor, a directive reading a variable, a posting that is not found, an argument the
// resolver would refuse) makes it step aside, and the document runs through the resolvers as
// before, which then answer or raise the error. The rules it shares with the resolvers (which
// postings are open or readable, the search's filters and order, the employers' filter and order,
// page sizes) are the resolvers' own functions. test/graphql/compiled-read.db.test.ts runs every
// supported field, alias, fragment and argument form both ways and requires the same answer.
import {
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  getArgumentValues,
  getVariableValues,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { employersPageSql, employersWhereSql } from "../employer/employer.queries.js";
import { Prisma } from "../generated/prisma/client.js";
import { pageSize } from "../graphql/builder.js";
import type { Context } from "../graphql/context.js";
import { PAGE_SIZE } from "../graphql/page-size.js";
import { perOperation } from "../graphql/per-operation.js";
import { type Dynamic, fieldsByResponseKey } from "../graphql/selection.js";
import { aggregatesSql } from "../posting/aggregates.js";
import { searchPageSql } from "../posting/search.js";
import { compileSearch } from "../posting/search.sql.js";
import { postingSql, readablePosting } from "../posting/visibility.js";
import { rawQuery } from "./raw-query.js";
import { atClock, openPostingText } from "./read-plan.js";
import { replica } from "./replicas.js";

const { sql, raw, join } = Prisma;

/** A response key and the field nodes selected under it (every occurrence, merged as GraphQL merges them). */
interface Field {
  key: string;
  name: string;
  nodes: FieldNode[];
}

/** What compiling one document needs: its fragments, and fresh correlation names. */
interface Compiler {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  alias(prefix: string): string;
}

/** SQL text for a field's JSON value on the row aliased `row`, or null: this module does not know it. */
type FieldRule = (c: Compiler, row: string, field: Field) => string | null;

// --- Selections --------------------------------------------------------------------------------

/**
 * The fields selected beneath `sets` on an object of type `typeName`, by response key in the order
 * GraphQL answers them (graphql/selection.ts); null when @skip/@include read a variable (the answer
 * would then depend on the request).
 */
function collect(c: Compiler, typeName: string, sets: readonly (SelectionSetNode | undefined)[]): Field[] | null {
  const type = c.schema.getType(typeName);
  if (!isObjectType(type)) return null;
  const dynamic: Dynamic = { variables: false };
  const selection = fieldsByResponseKey(c.fragments, sets, new Set([typeName, ...type.getInterfaces().map((i) => i.name)]), dynamic);
  if (dynamic.variables) return null;
  return [...selection].map(([key, nodes]) => ({ key, name: (nodes[0] as FieldNode).name.value, nodes }));
}

const subSets = (field: Field) => field.nodes.map((node) => node.selectionSet);

/** A field's literal arguments by name, or null when one is a variable. */
function literalArgs(field: Field): Map<string, ValueNode> | null {
  const args = new Map<string, ValueNode>();
  for (const node of field.nodes) {
    for (const arg of node.arguments ?? []) {
      const previous = args.get(arg.name.value);
      // The same key asked with different arguments is a validation error; compiled or not, leave it to GraphQL.
      if (arg.value.kind === Kind.VARIABLE || (previous && print(previous) !== print(arg.value))) return null;
      args.set(arg.name.value, arg.value);
    }
  }
  return args;
}

const noArgs = (field: Field) => field.nodes.every((node) => !node.arguments?.length);

// --- JSON of objects ---------------------------------------------------------------------------

/**
 * The JSON object of `typeName` for the row aliased `row`, in response-key order, or null when a
 * selected field has no rule. json_build_object takes at most 100 arguments; wider selections are
 * left to the resolvers (jsonb, which could join parts, does not keep key order).
 */
function objectOf(
  c: Compiler,
  typeName: string,
  row: string,
  sets: readonly (SelectionSetNode | undefined)[],
  overrides: Record<string, FieldRule> = {},
): string | null {
  const rules = { ...TYPES[typeName], ...overrides };
  const fields = collect(c, typeName, sets);
  if (!fields || fields.length > 50 || fields.length === 0) return null;
  const pairs: string[] = [];
  for (const field of fields) {
    const rule = field.name === "__typename" ? literal(`'${typeName}'`) : Object.hasOwn(rules, field.name) ? rules[field.name] : undefined;
    const value = rule ? rule(c, row, field) : null;
    if (value === null) return null;
    pairs.push(`'${field.key}', ${value}`);
  }
  return `json_build_object(${pairs.join(", ")})`;
}

/** A scalar column as it is (text, integers, booleans, enums, string arrays, doubles). */
const col =
  (name: string): FieldRule =>
  (_c, row, field) =>
    noArgs(field) && !field.nodes.some((n) => n.selectionSet) ? `${row}.${name}` : null;
/** A DECIMAL column as a GraphQL Float (the resolvers' toNumber). */
const decimal =
  (name: string): FieldRule =>
  (c, row, field) =>
    col(name)(c, row, field) && `${row}.${name}::float8`;
/** A timestamp as the DateTime scalar writes it: ISO 8601 in UTC with milliseconds (Date.toISOString). */
const dateTime =
  (name: string): FieldRule =>
  (c, row, field) =>
    col(name)(c, row, field) && `to_char(${row}.${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** A global ID, as the relay plugin encodes it: base64 of "Type:id". */
const globalId =
  (typeName: string): FieldRule =>
  (c, row, field) =>
    col("id")(c, row, field) && `translate(encode(convert_to('${typeName}:' || ${row}.id, 'UTF8'), 'base64'), E'\\n', '')`;
/** An object of `typeName` made of the same row's columns (Salary, Hours, ...). */
const sameRow =
  (typeName: string): FieldRule =>
  (c, row, field) =>
    noArgs(field) ? objectOf(c, typeName, row, subSets(field)) : null;
/** A constant. */
const literal =
  (sqlText: string): FieldRule =>
  (_c, _row, field) =>
    noArgs(field) ? sqlText : null;

const list = (element: string, from: string, order: string) => `(SELECT coalesce(json_agg(${element} ORDER BY ${order}), '[]'::json) ${from})`;

/** A related object: the JSON of `typeName` for the one row `from` finds, aliased by a fresh name (null when there is none). */
const related =
  (typeName: string, prefix: string, from: (alias: string, row: string) => string): FieldRule =>
  (c, row, field) => {
    const alias = c.alias(prefix);
    const object = noArgs(field) ? objectOf(c, typeName, alias, subSets(field)) : null;
    return object && `(SELECT ${object} ${from(alias, row)})`;
  };

/** Related objects as a JSON array in their order (`[]` when there are none): `from` gives the FROM clause and the order. */
const relatedList =
  (
    typeName: string,
    prefix: string,
    from: (alias: string, row: string, c: Compiler) => [from: string, order: string],
    overrides?: Record<string, FieldRule>,
  ): FieldRule =>
  (c, row, field) => {
    const alias = c.alias(prefix);
    const object = noArgs(field) ? objectOf(c, typeName, alias, subSets(field), overrides) : null;
    if (!object) return null;
    const [clause, order] = from(alias, row, c);
    return list(object, clause, order);
  };

const TYPES: Record<string, Record<string, FieldRule>> = {
  Posting: {
    id: globalId("Posting"),
    reference: col("reference"),
    title: col("title"),
    summary: col("summary"),
    description: col("description"),
    descriptionHtml: (c, row, field) => col("description_html")(c, row, field) && `coalesce(${row}.description_html, '')`,
    team: col("team"),
    responsibilities: col("responsibilities"),
    requirements: sameRow("Requirements"),
    skills: col("skills"),
    salary: sameRow("Salary"),
    hours: sameRow("Hours"),
    contractType: col("contract_type"),
    workplace: sameRow("Workplace"),
    postedAt: dateTime("posted_at"),
    closesAt: dateTime("closes_at"),
    status: col("status"),
    // Postings are always aliased `p` here, as the open rule (posting/visibility.ts) names them.
    isOpen: (c, row, field) => (row === "p" && literal("")(c, row, field) !== null ? openPostingText : null),
    apply: sameRow("Apply"),
    otherBenefits: col("other_benefits"),
    source: (c, row, field) => {
      const object = sameRow("PostingSource")(c, row, field);
      const present = ["source_name", "source_url", "source_id"].map((name) => `coalesce(${row}.${name}, '') <> ''`).join(" OR ");
      return object && `CASE WHEN ${present} THEN ${object} END`;
    },
    createdAt: dateTime("created_at"),
    version: col("version"),
    updatedAt: dateTime("updated_at"),
    employer: related("Employer", "e", (e, row) => `FROM employers ${e} WHERE ${e}.id = ${row}.employer_id`),
    locations: relatedList("Location", "l", (l, row, c) => {
      const pl = c.alias("pl");
      return [`FROM posting_locations ${pl} JOIN locations ${l} ON ${l}.id = ${pl}.location_id WHERE ${pl}.posting_id = ${row}.id`, `${pl}.position`];
    }),
    // The posting's own benefits, then its employer's for catalogue entries it does not list
    // itself (benefit/offered-benefit.ts mergeOfferedBenefits), each list in its own order: the
    // rows of both, then one object per row.
    benefits: (c, row, field) => {
      const [pb, eb, own, x] = [c.alias("pb"), c.alias("eb"), c.alias("pb"), c.alias("x")];
      const object = noArgs(field) ? objectOf(c, "OfferedBenefit", x, subSets(field), { source: literal(`${x}.source`) }) : null;
      return (
        object &&
        list(
          object,
          `FROM (SELECT ${pb}.benefit_id, ${pb}.detail, ${pb}.value, ${pb}.unit, ${pb}.position, 0 AS s, 'POSTING' AS source FROM posting_benefits ${pb} WHERE ${pb}.posting_id = ${row}.id
            UNION ALL SELECT ${eb}.benefit_id, ${eb}.detail, ${eb}.value, ${eb}.unit, ${eb}.position, 1, 'EMPLOYER' FROM employer_benefits ${eb} WHERE ${eb}.employer_id = ${row}.employer_id
              AND NOT EXISTS (SELECT 1 FROM posting_benefits ${own} WHERE ${own}.posting_id = ${row}.id AND ${own}.benefit_id = ${eb}.benefit_id)) ${x}`,
          `${x}.s, ${x}.position`,
        )
      );
    },
  },
  Salary: {
    min: decimal("salary_min"),
    max: decimal("salary_max"),
    currency: col("salary_currency"),
    period: col("salary_period"),
    text: col("salary_text"),
    annualMin: decimal("salary_annual_min"),
    annualMax: decimal("salary_annual_max"),
    disclosed: (c, row, field) => (literal("")(c, row, field) !== null ? `(${row}.salary_min IS NOT NULL OR ${row}.salary_max IS NOT NULL)` : null),
  },
  Hours: { type: col("hours_type"), perWeek: decimal("hours_per_week"), text: col("hours_text") },
  Workplace: {
    type: col("workplace_type"),
    remoteDaysPerWeekMax: decimal("remote_days_per_week_max"),
    officeDaysPerWeekMin: decimal("office_days_per_week_min"),
    officeTimeShareMin: decimal("office_time_share_min"),
    policy: col("workplace_policy"),
  },
  Requirements: { essential: col("requirements_essential"), desirable: col("requirements_desirable") },
  // Apply.url and PostingSource.url are URL scalars, which normalise the text (new URL): left to the resolvers.
  Apply: { method: col("apply_method"), email: col("apply_email"), instructions: col("apply_instructions"), directApply: col("direct_apply") },
  PostingSource: { name: col("source_name"), id: col("source_id") },
  Location: {
    name: col("name"),
    addressLine: col("address_line"),
    locality: col("locality"),
    region: col("region"),
    postcode: col("postcode"),
    countryCode: col("country_code"),
    latitude: col("latitude"),
    longitude: col("longitude"),
  },
  Accreditation: {
    scheme: col("scheme"),
    level: col("level"),
    statement: col("statement"),
    awardedOn: col("awarded_at"),
    expiresOn: col("expires_at"),
  },
  OfferedBenefit: {
    detail: col("detail"),
    value: decimal("value"),
    unit: col("unit"),
    benefit: related("Benefit", "b", (b, row) => `FROM benefits ${b} WHERE ${b}.id = ${row}.benefit_id`),
  },
  Benefit: { id: globalId("Benefit"), key: col("key"), name: col("name"), category: col("category"), description: col("description") },
  Employer: {
    id: globalId("Employer"),
    slug: col("slug"),
    name: col("name"),
    description: col("description"),
    descriptionHtml: col("description_html"),
    industry: col("industry"),
    size: col("size"),
    brands: col("brands"),
    version: col("version"),
    createdAt: dateTime("created_at"),
    updatedAt: dateTime("updated_at"),
    headquarters: related("Location", "l", (l, row) => `FROM locations ${l} WHERE ${l}.id = ${row}.headquarters_id`),
    accreditations: relatedList("Accreditation", "a", (a, row) => [
      `FROM employer_accreditations ${a} WHERE ${a}.employer_id = ${row}.id`,
      `${a}.scheme`,
    ]),
    benefits: relatedList(
      "OfferedBenefit",
      "eb",
      (eb, row) => [`FROM employer_benefits ${eb} WHERE ${eb}.employer_id = ${row}.id`, `${eb}.position`],
      {
        source: literal("'EMPLOYER'"),
      },
    ),
    openPostingsCount: (c, row, field) => (literal("")(c, row, field) !== null ? openCount(row) : null),
    // The employer's open postings, newest first, as browsing asks for them (`first` only, a literal):
    // on the employer's own index, stopping at the page's end (posting/nested-postings.ts reads them so).
    postings: (c, row, field) => {
      const args = literalArgs(field);
      if (!args || [...args.keys()].some((name) => name !== "first")) return null;
      const firstArg = args.get("first");
      const first = firstArg === undefined ? PAGE_SIZE.default : firstArg.kind === Kind.INT ? Number(firstArg.value) : Number.NaN;
      if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE.max) return null;
      // The posting is `p`, as the open rule names it (the `p` of an enclosing posting is shadowed, not read).
      const p = "p";
      return connectionOf(c, field, {
        connection: "PostingConnection",
        edge: "PostingEdge",
        node: "Posting",
        size: String(first),
        rows: (columns) =>
          `SELECT row_number() OVER (ORDER BY ${p}.posted_at DESC, ${p}.id DESC) AS ord${columns.map((column) => `, ${column}`).join("")}
           FROM postings ${p} WHERE ${p}.employer_id = ${row}.id AND ${openPostingText}
           ORDER BY ${p}.posted_at DESC, ${p}.id DESC LIMIT ${first + 1}`,
        nodeRow: p,
        totalCount: openCount(row),
      });
    },
  },
};

/** Employer.openPostingsCount (and its postings' total): the open rule of posting/visibility.ts. */
const openCount = (row: string) => `(SELECT count(*)::int FROM postings p WHERE p.employer_id = ${row}.id AND ${openPostingText})`;

interface ConnectionShape {
  connection: string;
  edge: string;
  node: string;
  /** SQL text: how many rows the page holds (the rows query reads one more, to tell whether a page follows). */
  size: string;
  /** The page's rows in order, numbered `ord` from 1, with `columns` (SQL expressions with their names). */
  rows: (columns: string[]) => string;
  /** The alias the rows query gives the node's row. */
  nodeRow: string;
  /** Edge fields read from the rows query's own columns (e.g. a search's relevance). */
  edgeColumns?: Record<string, string>;
  totalCount?: string;
  hasPreviousPage?: string;
  /** Whether a page follows, from the count of rows read (`n`); by default, more rows than the page holds. */
  hasNextPage?: (n: string) => string;
}

/**
 * A connection (nodes, edges without cursors, pageInfo without cursors, totalCount) over a page of
 * rows: each node (and edge column) is a column of the rows query, aliased `x`; the page's lists and
 * its row count are aggregates over them, aliased `g`, from which the connection's object is built.
 */
function connectionOf(c: Compiler, field: Field, shape: ConnectionShape): string | null {
  const x = c.alias("x");
  const columns: string[] = [];
  const aggregates: string[] = ["count(*) AS n"];
  const column = (expression: string) => {
    columns.push(`${expression} AS n${columns.length}`);
    return `${x}.n${columns.length - 1}`;
  };
  const page = (element: string) => {
    aggregates.push(`coalesce(json_agg(${element} ORDER BY ${x}.ord) FILTER (WHERE ${x}.ord <= ${shape.size}), '[]'::json) AS a${aggregates.length}`);
    return `g.a${aggregates.length - 1}`;
  };
  const node: FieldRule = (_c, _row, f) => {
    const object = noArgs(f) ? objectOf(c, shape.node, shape.nodeRow, subSets(f)) : null;
    return object && column(object);
  };
  const edgeRules: Record<string, FieldRule> = { node };
  for (const [name, expression] of Object.entries(shape.edgeColumns ?? {}))
    edgeRules[name] = (_c, _row, f) => (noArgs(f) ? column(expression) : null);
  const rules: Record<string, FieldRule> = {
    nodes: (_c, row, f) => {
      const value = node(c, row, f);
      return value && page(value);
    },
    edges: (_c, _row, f) => {
      const edge = noArgs(f) ? objectOf(c, shape.edge, x, subSets(f), edgeRules) : null;
      return edge && page(edge);
    },
    pageInfo: (_c, row, f) =>
      noArgs(f)
        ? objectOf(c, "PageInfo", row, subSets(f), {
            hasNextPage: literal(shape.hasNextPage?.("g.n") ?? `(g.n > ${shape.size})`),
            hasPreviousPage: literal(shape.hasPreviousPage ?? "false"),
          })
        : null,
  };
  if (shape.totalCount) rules.totalCount = literal(shape.totalCount);
  const object = objectOf(c, shape.connection, "g", subSets(field), rules);
  return object && `(SELECT ${object} FROM (SELECT ${aggregates.join(", ")} FROM (${shape.rows(columns)}) ${x}) g)`;
}

// --- Root fields -------------------------------------------------------------------------------

/**
 * A root field compiled: the SQL of its JSON value for one request's arguments, or null to step
 * aside; `stable` when no parameter of it changes which plan is best, so that the statement can stay
 * prepared with a generic plan (raw-query.ts `prepare`): lookups by identifier, browsing by enum
 * filters (inlined as literals), pages of a size. Searches by keywords, place, salary, dates and the
 * like are planned for their values every time.
 */
type RootStatement = (args: Record<string, unknown>, ctx: Context) => { sql: Prisma.Sql; stable: boolean } | null;

/** Filters of Query.postings whose values the planner sees in a generic plan (search.sql.ts inlines them) or that add no parameter. */
const PLAN_STABLE_FILTERS: ReadonlySet<string> = new Set(["contractTypes", "hoursTypes", "workplaceTypes", "includeClosed"]);

/** Whether a root value of null means "step aside" (the resolver raises NOT_FOUND), rather than null data. */
interface CompiledRoot {
  key: string;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  statement: RootStatement;
  nullMeansFallback: boolean;
  /** Read from the primary, as the resolver does (a posting by ID right after writing it), rather than a replica. */
  primary?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A global ID of `typeName` as the resolver would accept it, or null (then the resolver judges it). */
function decodeId(value: unknown, typeName: string): string | null {
  if (typeof value !== "string") return null;
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const id = decoded.slice(typeName.length + 1);
  return decoded.startsWith(`${typeName}:`) && UUID.test(id) && Buffer.from(decoded, "utf8").toString("base64") === value ? id : null;
}

/** A root page's whole rows (the request's PAGE statement), aliased `alias`, numbered in its order. */
const pageRows = (alias: string) => (columns: string[]) =>
  `SELECT row_number() OVER () AS ord${columns.map((column) => `, ${column}`).join("")} FROM ${PAGE} ${alias}`;

/**
 * The size of a connection's first page (`first`, or the default), checked as the resolver checks it
 * (a size it refuses throws, and the compiled read steps aside); null for any other page (`after`,
 * `before`, `last`: cursors are signed and verified by the resolvers).
 */
function firstPageSize(args: Record<string, unknown>): number | null {
  if (args.after != null || args.before != null || args.last != null) return null;
  pageSize(args as { first?: number | null });
  return (args.first as number | null | undefined) ?? PAGE_SIZE.default;
}

const ROOTS: Record<string, (c: Compiler, field: Field) => Omit<CompiledRoot, "key" | "field" | "node"> | null> = {
  // Query.posting: by ID or by employer slug + reference, readable by the viewer (posting.queries.ts).
  posting: (c, field) => {
    const object = objectOf(c, "Posting", "p", subSets(field));
    if (!object) return null;
    return {
      nullMeansFallback: true,
      primary: true,
      statement: (args, ctx) => {
        const byReference = args.employerSlug != null || args.reference != null;
        let where: Prisma.Sql;
        if (args.id != null && !byReference) {
          const id = decodeId(args.id, "Posting");
          if (!id) return null;
          where = sql`p.id = ${id}::uuid`;
        } else if (args.id == null && typeof args.employerSlug === "string" && typeof args.reference === "string") {
          where = sql`p.employer_id = (SELECT id FROM employers WHERE slug = ${args.employerSlug}) AND p.reference = ${args.reference}`;
        } else return null;
        return {
          sql: sql`(SELECT ${atClock(object, ctx.now)} FROM postings p WHERE ${where} AND ${postingSql(readablePosting(ctx.viewer))} LIMIT 1)`,
          stable: true,
        };
      },
    };
  },
  // Query.employer: by ID or slug (employer.queries.ts).
  employer: (c, field) => {
    const object = objectOf(c, "Employer", "e", subSets(field));
    if (!object) return null;
    return {
      nullMeansFallback: true,
      statement: (args, ctx) => {
        let where: Prisma.Sql;
        if (args.id != null && args.slug == null) {
          const id = decodeId(args.id, "Employer");
          if (!id) return null;
          where = sql`e.id = ${id}::uuid`;
        } else if (args.id == null && typeof args.slug === "string") where = sql`e.slug = ${args.slug}`;
        else return null;
        return { sql: sql`(SELECT ${atClock(object, ctx.now)} FROM employers e WHERE ${where})`, stable: true };
      },
    };
  },
  // Query.postings: the search (posting/search.ts), first page only (a cursor needs signing).
  postings: (c, field) => {
    const connection = connectionOf(c, field, {
      connection: "PostingSearchConnection",
      edge: "PostingSearchEdge",
      node: "Posting",
      size: SIZE,
      rows: pageRows("p"),
      nodeRow: "p",
      edgeColumns: { relevance: "p.relevance" },
      // The search reads no page for `first: 0` (posting/search.ts), so none follows.
      hasNextPage: (n) => `(${SIZE} > 0 AND ${n} > ${SIZE})`,
      totalCount: TOTAL,
    });
    if (!connection) return null;
    return {
      nullMeansFallback: false,
      statement: (args, ctx) => {
        const size = firstPageSize(args);
        if (size === null || (args.filter as { employerIds?: unknown } | undefined)?.employerIds != null) return null;
        const search = compileSearch(args.filter as never, args.orderBy as never, ctx.now);
        const filterKeys = Object.entries(args.filter ?? {}).flatMap(([key, value]) => (value == null ? [] : [key]));
        const order = (args.orderBy as { field?: string } | null | undefined)?.field;
        return {
          sql: withParts(connection, ctx.now, {
            [SIZE]: sql`${size}`,
            [PAGE]: sql`(${searchPageSql(search, size + 1, undefined, false, true)})`,
            [TOTAL]: sql`(SELECT a0 FROM (${aggregatesSql(search, [{ kind: "total" }])}) t)`,
          }),
          stable: filterKeys.every((key) => PLAN_STABLE_FILTERS.has(key)) && order !== "RELEVANCE" && order !== "DISTANCE",
        };
      },
    };
  },
  // Query.employers: the first page (employer.queries.ts), with the same filter and order.
  employers: (c, field) => {
    const connection = connectionOf(c, field, {
      connection: "EmployerConnection",
      edge: "EmployerEdge",
      node: "Employer",
      size: SIZE,
      rows: pageRows("e"),
      nodeRow: "e",
      totalCount: TOTAL,
    });
    if (!connection) return null;
    return {
      nullMeansFallback: false,
      statement: (args, ctx) => {
        const size = firstPageSize(args);
        if (size === null) return null;
        const where = employersWhereSql(args.filter as never, ctx.now);
        const filter = (args.filter ?? {}) as Record<string, unknown>;
        return {
          sql: withParts(connection, ctx.now, {
            [SIZE]: sql`${size}`,
            [PAGE]: sql`(${employersPageSql(where, args.orderBy as never, { take: size + 1 })})`,
            [TOTAL]: sql`(SELECT count(*)::int FROM employers e WHERE ${where})`,
          }),
          stable: Object.entries(filter).every(([key, value]) => value == null || key === "hasOpenPostings"),
        };
      },
    };
  },
};

// Markers in a root's SQL text for what each request supplies: the page size, the page's rows, the total.
const SIZE = "\u0000size\u0000";
const PAGE = "\u0000page\u0000";
const TOTAL = "\u0000total\u0000";
const PART = new RegExp(`${SIZE.at(0)}(size|page|total)${SIZE.at(0)}`);

/** The text with its markers replaced: the request's parts, and the clock (read-plan.ts atClock). */
function withParts(text: string, now: Date, parts: Record<string, Prisma.Sql>): Prisma.Sql {
  const pieces = text.split(PART);
  const out: Prisma.Sql[] = [];
  for (const [i, piece] of pieces.entries()) {
    if (i % 2 === 0) out.push(atClock(piece, now));
    else out.push(parts[`\u0000${piece}\u0000`] as Prisma.Sql);
  }
  return join(out, "");
}

// --- Documents ---------------------------------------------------------------------------------

interface CompiledOperation {
  operation: OperationDefinitionNode;
  roots: CompiledRoot[];
}

/** Compiled once per document and operation (graphql/per-operation.ts). */
const compileOperation = perOperation(compile);

function compile(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined): CompiledOperation | null {
  const queryType = schema.getQueryType();
  if (operation?.operation !== "query" || !queryType || operation.directives?.length) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  let n = 0;
  const c: Compiler = { schema, fragments, alias: (prefix) => `${prefix}${++n}` };
  const fields = collect(c, queryType.name, [operation.selectionSet]);
  if (!fields?.length) return null;
  const roots: CompiledRoot[] = [];
  for (const field of fields) {
    const compileRoot = ROOTS[field.name];
    const definition = queryType.getFields()[field.name];
    // One node per root key: the same key asked twice (merged selections) is left to the resolvers.
    if (!compileRoot || !definition || field.nodes.length !== 1) return null;
    const root = compileRoot(c, field);
    if (!root) return null;
    roots.push({ ...root, key: field.key, field: definition, node: field.nodes[0] as FieldNode });
  }
  return { operation, roots };
}

/** The JSON text of `data` for the operation, or null to step aside. */
async function runCompiled(compiledOperation: CompiledOperation, args: ExecutionArgs): Promise<string | null> {
  const ctx = args.contextValue as Context;
  const coerced = getVariableValues(
    args.schema,
    compiledOperation.operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
  );
  if (coerced.errors) return null;
  const statements: Prisma.Sql[] = [];
  let stable = true;
  for (const root of compiledOperation.roots) {
    const statement = root.statement(getArgumentValues(root.field, root.node, coerced.coerced), ctx);
    if (!statement) return null;
    stable &&= statement.stable;
    statements.push(sql`${statement.sql}::text AS ${raw(`r${statements.length}`)}`);
  }
  const client = compiledOperation.roots.some((root) => root.primary) ? ctx.prisma : replica(ctx.prisma);
  const [row] = await rawQuery<Record<string, string | null>>(client, sql`SELECT ${join(statements, ", ")}`, ctx.signal, {
    prepare: stable,
  });
  if (!row) return null;
  const parts: string[] = [];
  for (const [i, root] of compiledOperation.roots.entries()) {
    const value = row[`r${i}`] ?? null;
    if (value === null && root.nullMeansFallback) return null;
    parts.push(`${JSON.stringify(root.key)}:${value ?? "null"}`);
  }
  return `{${parts.join(",")}}`;
}

/** Counts of operations answered compiled and handed to the resolvers, for tests and the bench. */
export const compiledReadStats = { compiled: 0, resolved: 0 };

/**
 * The result of a compiled operation: `data` is parsed only if a plugin reads it (the response
 * cache does); otherwise Yoga's serialiser (the result's `stringify`) writes the JSON PostgreSQL
 * built as it is, with whatever else the result carries (e.g. the cost extension).
 */
function rawResult(text: string): Record<string, unknown> {
  let parsed: unknown;
  let read = false;
  const result: Record<string, unknown> = {};
  Object.defineProperty(result, "data", {
    enumerable: true,
    configurable: true,
    get() {
      read = true;
      parsed ??= JSON.parse(text);
      return parsed;
    },
    set(value) {
      read = true;
      parsed = value;
    },
  });
  Object.defineProperty(result, "stringify", {
    enumerable: false,
    value: (value: Record<string, unknown>) => {
      // Another object (a plugin's copy) or data someone read: serialise what is there.
      if (read || (value !== result && Object.getOwnPropertyDescriptor(value, "data")?.get === undefined)) return JSON.stringify(value);
      const parts: string[] = [];
      for (const key of Object.keys(value)) {
        if (key === "data") parts.push(`"data":${text}`);
        else {
          const json = JSON.stringify(value[key]);
          if (json !== undefined) parts.push(`${JSON.stringify(key)}:${json}`);
        }
      }
      return `{${parts.join(",")}}`;
    },
  });
  return result;
}

/**
 * Answers each query it can compile with one statement, and hands the others (and any it steps
 * aside from) to the next executor. Goes right after the executor it falls back to, so the
 * deadline, concurrency and cost plugins wrap it like any execution.
 */
export function compiledReadsPlugin(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const operation = compileOperation(args.schema, args.document, args.operationName);
        if (operation) {
          const ctx = args.contextValue as Context;
          const text = await runCompiled(operation, args).catch((error: unknown) => {
            if (ctx.signal?.aborted) throw error;
            return null;
          });
          if (text !== null) {
            compiledReadStats.compiled++;
            return rawResult(text) as never;
          }
        }
        compiledReadStats.resolved++;
        return executeFn(args);
      });
    },
  };
}
