// Reads planned from the GraphQL selection, as query compilers (PostGraphile, Join Monster) plan
// them: a posting, an employer and what they nest (employer, locations, benefits, accreditations,
// headquarters) become ONE SQL expression building the JSON of exactly the fields selected — the
// columns those fields read and, for each relation selected, a correlated subquery aggregating its
// rows — so a page of postings with everything beneath it is one statement, and no column nobody
// asked for leaves the database. The JSON comes back shaped as Prisma would have returned the rows
// (camelCase fields, relations nested under their Prisma names), so the object types' resolvers
// read it unchanged. A selection with a field this planner does not know returns null, and the
// caller reads through Prisma instead.
import DataLoader from "dataloader";
import { type FieldNode, type GraphQLResolveInfo, Kind } from "graphql";
import { Prisma, type PrismaClient } from "../generated/prisma/client.js";
import { getDatamodel } from "../generated/prisma/pothos-types.js";
import type { Context } from "../graphql/context.js";
import { PAGE_SIZE } from "../graphql/page-size.js";
import { type Dynamic, fieldsAt, type Selection, selectionOf } from "../graphql/selection.js";
import { openPosting, postingSql } from "../posting/visibility.js";
import { rawQuery } from "./raw-query.js";

const { sql, raw } = Prisma;

type ModelName = "Posting" | "Employer" | "EmployerAccreditation" | "Location" | "Benefit" | "PostingBenefit" | "EmployerBenefit";

/** What one object of a model needs: its columns (Prisma field names) and its relations' plans. */
export interface ObjectPlan {
  model: ModelName;
  columns: Set<string>;
  relations: Map<string, ObjectPlan>;
  /** Values computed in SQL from the row (COMPUTED below), e.g. a count. */
  computed: Set<string>;
  /** For a planned page (Employer.postings): how many rows it reads. */
  limit?: number;
}

const datamodel = getDatamodel().datamodel.models as unknown as Record<string, { fields: Array<{ name: string; type: string; kind: string }> }>;

/** Prisma field → column: the schema maps every field to its snake_case name. */
const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const TABLES: Record<ModelName, string> = {
  Posting: "postings",
  Employer: "employers",
  EmployerAccreditation: "employer_accreditations",
  Location: "locations",
  Benefit: "benefits",
  PostingBenefit: "posting_benefits",
  EmployerBenefit: "employer_benefits",
};

function scalarFields(model: ModelName): string[] {
  return (datamodel[model]?.fields ?? []).filter((f) => f.kind === "scalar" || f.kind === "enum").map((f) => f.name);
}

const dateFields = new Map<string, Set<string>>(
  Object.entries(datamodel).map(([model, { fields }]) => [model, new Set(fields.filter((f) => f.type === "DateTime").map((f) => f.name))]),
);

const newPlan = (model: ModelName, columns: Iterable<string> = []): ObjectPlan => ({
  model,
  columns: new Set(columns),
  relations: new Map(),
  computed: new Set(),
});

/** A relation planned whole (small catalogue rows, locations): every column. */
const wholePlan = (model: ModelName) => newPlan(model, scalarFields(model));

// The GraphQL fields of each planned type: the columns each reads, or how it plans a relation.
// A selected field missing here makes the whole selection unplanned (null): nothing is guessed.

type FieldRule = readonly string[] | ((plan: ObjectPlan, nodes: FieldNode[], info: GraphQLResolveInfo, dynamic: Dynamic) => boolean);

const offeredBenefitsPlan = (model: "PostingBenefit" | "EmployerBenefit") => {
  const plan = newPlan(model, ["detail", "value", "unit"]);
  plan.relations.set("benefit", wholePlan("Benefit"));
  return plan;
};

/** The plans of the relations planned whole, for the loaders of rows read through Prisma (never changed). */
export const RELATION_PLANS = {
  location: wholePlan("Location"),
  accreditation: wholePlan("EmployerAccreditation"),
  postingBenefits: offeredBenefitsPlan("PostingBenefit"),
  employerBenefits: offeredBenefitsPlan("EmployerBenefit"),
} as const;

/** Fields that load what they need themselves (Pothos' own loading, or their own SQL): nothing to plan. */
const SELF_LOADING: readonly string[] = [];

// Posting.jsonLd is left out on purpose: Pothos loads it through the mappings of its own query, so
// a selection with it is read through Prisma (queryFromInfo) instead.
const POSTING: Record<string, FieldRule> = {
  __typename: [],
  id: ["id"],
  reference: ["reference"],
  title: ["title"],
  summary: ["summary"],
  description: ["description"],
  descriptionHtml: ["descriptionHtml"],
  team: ["team"],
  responsibilities: ["responsibilities"],
  requirements: ["requirementsEssential", "requirementsDesirable"],
  skills: ["skills"],
  salary: ["salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod", "salaryText", "salaryAnnualMin", "salaryAnnualMax"],
  hours: ["hoursType", "hoursPerWeek", "hoursText"],
  contractType: ["contractType"],
  workplace: ["workplaceType", "remoteDaysPerWeekMax", "officeDaysPerWeekMin", "officeTimeShareMin", "workplacePolicy"],
  postedAt: ["postedAt"],
  closesAt: ["closesAt"],
  status: ["status"],
  isOpen: ["status", "closesAt"],
  apply: ["applyMethod", "applyUrl", "applyEmail", "applyInstructions", "directApply"],
  otherBenefits: ["otherBenefits"],
  source: ["sourceName", "sourceUrl", "sourceId"],
  createdAt: ["createdAt"],
  version: ["version"],
  updatedAt: ["updatedAt"],
  locations: (plan) => {
    plan.relations.set("locations", wholePlan("Location"));
    return true;
  },
  // The posting's own benefits and, to merge with them, its employer's: each with what is selected.
  benefits: (plan, nodes, info, dynamic) => {
    const own = offeredPlan("PostingBenefit", nodes, info, dynamic);
    const employers = offeredPlan("EmployerBenefit", nodes, info, dynamic);
    if (!own || !employers) return false;
    addRelation(plan, "benefits", own);
    addRelation(plan, "employer", newPlan("Employer", ["id"]));
    addRelation(plan.relations.get("employer") as ObjectPlan, "benefits", employers);
    return true;
  },
  employer: (plan, nodes, info, dynamic) => {
    addRelation(plan, "employer", newPlan("Employer", ["id"]));
    return planInto(plan.relations.get("employer") as ObjectPlan, selectionOf(info, nodes, "Employer", ["Node"], dynamic), EMPLOYER, info, dynamic);
  },
};

const EMPLOYER: Record<string, FieldRule> = {
  __typename: [],
  postings: (plan, nodes, info, dynamic) => {
    const page = plannedPostingsPage(nodes, info, dynamic);
    if (page) plan.relations.set("postings", page);
    return true;
  },
  openPostingsCount: (plan) => {
    plan.computed.add("openPostingsCount");
    return true;
  },
  id: ["id"],
  slug: ["slug"],
  name: ["name"],
  description: ["description"],
  descriptionHtml: ["descriptionHtml"],
  websiteUrl: ["websiteUrl"],
  logoUrl: ["logoUrl"],
  industry: ["industry"],
  size: ["size"],
  brands: ["brands"],
  version: ["version"],
  createdAt: ["createdAt"],
  updatedAt: ["updatedAt"],
  headquarters: (plan) => {
    plan.relations.set("headquarters", wholePlan("Location"));
    return true;
  },
  accreditations: (plan) => {
    plan.relations.set("accreditations", wholePlan("EmployerAccreditation"));
    return true;
  },
  benefits: (plan, nodes, info, dynamic) => {
    const offered = offeredPlan("EmployerBenefit", nodes, info, dynamic);
    if (offered) addRelation(plan, "benefits", offered);
    return offered !== null;
  },
};

const BENEFIT: Record<string, FieldRule> = {
  __typename: [],
  id: ["id"],
  key: ["key"],
  name: ["name"],
  category: ["category"],
  description: ["description"],
  postings: SELF_LOADING,
};

/** An offered benefit (a posting's or an employer's) as selected; the catalogue entry's id always (merging dedupes by it). */
function offeredPlan(model: "PostingBenefit" | "EmployerBenefit", nodes: FieldNode[], info: GraphQLResolveInfo, dynamic: Dynamic): ObjectPlan | null {
  const plan = newPlan(model);
  const benefit = newPlan("Benefit", ["id"]);
  plan.relations.set("benefit", benefit);
  const offered: Record<string, FieldRule> = {
    __typename: [],
    detail: ["detail"],
    value: ["value"],
    unit: ["unit"],
    source: [],
    benefit: (_plan, benefitNodes) => planInto(benefit, selectionOf(info, benefitNodes, "Benefit", ["Node"], dynamic), BENEFIT, info, dynamic),
  };
  return planInto(plan, selectionOf(info, nodes, "OfferedBenefit", [], dynamic), offered, info, dynamic) ? plan : null;
}

/** Plans `name` on `plan`, merged with what another field already planned there (e.g. an employer's benefits, for two fields). */
function addRelation(plan: ObjectPlan, name: string, relation: ObjectPlan): void {
  const existing = plan.relations.get(name);
  if (!existing) {
    plan.relations.set(name, relation);
    return;
  }
  for (const c of relation.columns) existing.columns.add(c);
  for (const c of relation.computed) existing.computed.add(c);
  for (const [nested, nestedPlan] of relation.relations) addRelation(existing, nested, nestedPlan);
}

function planInto(plan: ObjectPlan, selection: Selection, rules: Record<string, FieldRule>, info: GraphQLResolveInfo, dynamic: Dynamic): boolean {
  for (const [name, nodes] of selection) {
    const rule = rules[name];
    if (!rule) return false;
    if (typeof rule === "function") {
      if (!rule(plan, nodes, info, dynamic)) return false;
    } else for (const c of rule) plan.columns.add(c);
  }
  return true;
}

/**
 * Plans are made once per document: cached on the first field node of the selection (the parsed
 * document is cached by Yoga, so its nodes are the same objects on every request), unless an
 * @skip/@include there reads a variable.
 */
const plans = new WeakMap<FieldNode, Map<string, ObjectPlan | null>>();

function cachedPlan(nodes: readonly FieldNode[], key: string, make: (dynamic: Dynamic) => ObjectPlan | null): ObjectPlan | null {
  const first = nodes[0];
  const cached = first ? plans.get(first)?.get(key) : undefined;
  if (cached !== undefined) return cached;
  const dynamic: Dynamic = { variables: false };
  const plan = make(dynamic);
  if (first && !dynamic.variables) {
    const byKey = plans.get(first) ?? new Map<string, ObjectPlan | null>();
    plans.set(first, byKey);
    byKey.set(key, plan);
  }
  return plan;
}

/**
 * The plan for postings selected by `nodes` (the field nodes of a Posting-typed field), or null when
 * the selection holds a field the planner does not know.
 */
export function planPosting(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): ObjectPlan | null {
  return cachedPlan(nodes, `Posting:${nodes.length}`, (dynamic) => postingPlan(info, nodes, dynamic));
}

function postingPlan(info: GraphQLResolveInfo, nodes: readonly FieldNode[], dynamic: Dynamic): ObjectPlan | null {
  // Always: the id (cursors, node ids) and what the visibility rules read.
  const plan = newPlan("Posting", ["id", "employerId", "status", "closesAt"]);
  return planInto(plan, selectionOf(info, nodes, "Posting", ["Node"], dynamic), POSTING, info, dynamic) ? plan : null;
}

/**
 * Employer.postings(first: n) as browsing asks for it — the employer's open postings, newest first,
 * no filter, order or cursor, no total — planned into the employer's own row: its first n + 1
 * postings (one more tells Pothos whether there is a next page). Anything else (other arguments,
 * aliases, totalCount) returns null, and the field loads its pages in one more statement for all
 * employers (posting/nested-postings.ts).
 */
function plannedPostingsPage(nodes: FieldNode[], info: GraphQLResolveInfo, dynamic: Dynamic): ObjectPlan | null {
  const [node] = nodes;
  if (!node || nodes.length !== 1 || (node.arguments ?? []).some((arg) => arg.name.value !== "first")) return null;
  const firstArg = node.arguments?.[0]?.value;
  let first: unknown = PAGE_SIZE.default;
  if (firstArg?.kind === Kind.INT) first = Number(firstArg.value);
  else if (firstArg?.kind === Kind.VARIABLE) {
    dynamic.variables = true;
    first = info.variableValues[firstArg.name.value] ?? PAGE_SIZE.default;
  } else if (firstArg) return null;
  // Sizes Pothos refuses are left to it.
  if (typeof first !== "number" || !Number.isInteger(first) || first < 0 || first > PAGE_SIZE.max) return null;
  if (selectionOf(info, nodes, "PostingConnection", [], dynamic).has("totalCount")) return null;
  const items = [
    ...fieldsAt(info, nodes, ["nodes"], ["PostingConnection"], dynamic),
    ...fieldsAt(info, nodes, ["edges", "node"], ["PostingConnection", "PostingEdge"], dynamic),
  ];
  const page = postingPlan(info, items, dynamic);
  if (page) page.limit = first + 1;
  return page;
}

/**
 * The plan for employers selected by `nodes` (the field nodes of an Employer-typed field). Every field
 * of Employer has a rule (test/graphql/read-plan.db.test.ts), so an employer is always planned.
 */
export function planEmployer(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): ObjectPlan {
  const plan = cachedPlan(nodes, `Employer:${nodes.length}`, (dynamic) => {
    const plan = newPlan("Employer", ["id"]);
    return planInto(plan, selectionOf(info, nodes, "Employer", ["Node"], dynamic), EMPLOYER, info, dynamic) ? plan : null;
  });
  if (!plan) throw new Error("An Employer field has no planning rule (db/read-plan.ts)");
  return plan;
}

/** Employer.openPostingsCount for the employer row aliased `alias`. */
export const openPostingsCountSql = (alias: string, now: Date): Prisma.Sql =>
  atClock((COMPUTED["Employer.openPostingsCount"] as (alias: string) => string)(alias), now);

// SQL: each object is json_build_object over its row; json_build_object takes at most 100
// arguments, so wider objects are built in parts and concatenated as jsonb. The text of a plan's
// SQL is built once (plans are cached per document, see cachedPlan) with a marker where the request's
// clock goes; objectSql puts the clock in as a parameter.

const NOW = "\u0000now\u0000";

/** SQL text with NOW markers as a statement fragment whose parameters are the request's clock. */
export function atClock(text: string, now: Date): Prisma.Sql {
  const strings = text.split(NOW);
  return new Prisma.Sql(
    strings,
    strings.slice(1).map(() => now),
  );
}

/** Correlation names, numbered in the order a plan's SQL is built: the same plan, the same text. */
type Aliases = (prefix: string) => string;

const counter = (): Aliases => {
  let n = 0;
  return (prefix) => `${prefix}${++n}`;
};

/** How each relation is read: its table's rows for the parent row aliased `parent`. */
const RELATIONS: Record<string, (plan: ObjectPlan, parent: string, alias: Aliases) => string> = {
  "Posting.employer": (plan, parent, alias) => {
    const e = alias("e");
    return `(SELECT ${objectText(plan, e, alias)} FROM employers ${e} WHERE ${e}.id = ${parent}.employer_id)`;
  },
  "Posting.locations": (plan, parent, alias) => {
    const [pl, l] = [alias("pl"), alias("l")];
    return `(SELECT coalesce(json_agg(${objectText(plan, l, alias)} ORDER BY ${pl}.position), '[]'::json) FROM posting_locations ${pl} JOIN locations ${l} ON ${l}.id = ${pl}.location_id WHERE ${pl}.posting_id = ${parent}.id)`;
  },
  "Posting.benefits": (plan, parent, alias) => {
    const pb = alias("pb");
    return `(SELECT coalesce(json_agg(${objectText(plan, pb, alias)} ORDER BY ${pb}.position), '[]'::json) FROM posting_benefits ${pb} WHERE ${pb}.posting_id = ${parent}.id)`;
  },
  "Employer.benefits": (plan, parent, alias) => {
    const eb = alias("eb");
    return `(SELECT coalesce(json_agg(${objectText(plan, eb, alias)} ORDER BY ${eb}.position), '[]'::json) FROM employer_benefits ${eb} WHERE ${eb}.employer_id = ${parent}.id)`;
  },
  "Employer.accreditations": (plan, parent, alias) => {
    const a = alias("a");
    return `(SELECT coalesce(json_agg(${objectText(plan, a, alias)} ORDER BY ${a}.scheme), '[]'::json) FROM employer_accreditations ${a} WHERE ${a}.employer_id = ${parent}.id)`;
  },
  "Employer.headquarters": (plan, parent, alias) => {
    const l = alias("l");
    return `(SELECT ${objectText(plan, l, alias)} FROM locations ${l} WHERE ${l}.id = ${parent}.headquarters_id)`;
  },
  // An employer's open postings, newest first, as posting/nested-postings.ts reads them: on the
  // employer's own index, stopping at the page's end.
  "Employer.postings": (plan, parent, alias) => {
    // The posting is `p` here, as the open-posting rule names it (a `p` outside is shadowed, not read).
    const x = alias("x");
    return `(SELECT coalesce(json_agg(${x}.node ORDER BY ${x}.posted_at DESC, ${x}.id DESC), '[]'::json) FROM (SELECT p.id, p.posted_at, ${objectText(plan, "p", alias)} AS node FROM postings p WHERE p.employer_id = ${parent}.id AND ${openPostingText} ORDER BY p.posted_at DESC, p.id DESC LIMIT ${plan.limit ?? PAGE_SIZE.default + 1}) ${x})`;
  },
  "PostingBenefit.benefit": (plan, parent, alias) => {
    const b = alias("b");
    return `(SELECT ${objectText(plan, b, alias)} FROM benefits ${b} WHERE ${b}.id = ${parent}.benefit_id)`;
  },
  "EmployerBenefit.benefit": (plan, parent, alias) => RELATIONS["PostingBenefit.benefit"]?.(plan, parent, alias) as string,
};

/** Computed values, as SQL text on the row aliased `alias` (NOW marks the request's clock). */
const COMPUTED: Record<string, (alias: string) => string> = {
  "Employer.openPostingsCount": (alias) => `(SELECT count(*)::int FROM postings p WHERE p.employer_id = ${alias}.id AND ${openPostingText})`,
};

/** "Open", from the one definition (posting/visibility.ts), with the clock as the NOW marker. */
export const openPostingText = (() => {
  const { strings } = postingSql(openPosting(new Date(0)));
  return strings.join(NOW);
})();

function objectText(plan: ObjectPlan, alias: string, aliases: Aliases): string {
  const pairs: string[] = [];
  for (const field of plan.columns) pairs.push(`'${field}', ${alias}.${column(field)}`);
  for (const [name, nested] of plan.relations) {
    const read = RELATIONS[`${plan.model}.${name}`];
    if (!read) throw new Error(`No read planned for ${plan.model}.${name}`);
    pairs.push(`'${name}', ${read(nested, alias, aliases)}`);
  }
  for (const name of plan.computed) {
    const value = COMPUTED[`${plan.model}.${name}`];
    if (!value) throw new Error(`No computed value ${plan.model}.${name}`);
    pairs.push(`'${name}', ${value(alias)}`);
  }
  if (pairs.length <= 50) return `json_build_object(${pairs.join(", ")})`;
  const parts: string[] = [];
  for (let i = 0; i < pairs.length; i += 50) parts.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(", ")})`);
  return `(${parts.join(" || ")})::json`;
}

const texts = new WeakMap<ObjectPlan, Map<string, string>>();

/** The JSON of one row aliased `alias`, as the plan wants it, at the request's clock `now`. */
export function objectSql(plan: ObjectPlan, alias: string, now: Date): Prisma.Sql {
  const byAlias = texts.get(plan) ?? new Map<string, string>();
  texts.set(plan, byAlias);
  const text = byAlias.get(alias) ?? objectText(plan, alias, counter());
  byAlias.set(alias, text);
  return atClock(text, now);
}

/**
 * The postings and employers a planned read returned: only on those are the relations the plan's
 * own. A set beside the rows rather than a mark on them: a symbol added to every row (benefit rows
 * too) changed their shape, and copying them (`{ ...row }`) was 5 % of the server's CPU under O1.
 */
const PLANNED = new WeakSet<object>();
const MARKED_MODELS: ReadonlySet<ModelName> = new Set<ModelName>(["Posting", "Employer"]);

/**
 * What a planned read loaded for `name` on `parent`, or undefined when the parent did not come from a
 * planned read (a row read through Prisma may carry a partial relation another field's query asked for).
 */
export function planned<T>(parent: object, name: string): T | undefined {
  return PLANNED.has(parent) ? ((parent as Record<string, unknown>)[name] as T | undefined) : undefined;
}

/** Turns the JSON of a planned object into what Prisma would have returned: dates as Date objects. */
export function hydrate<T>(plan: ObjectPlan, value: unknown): T {
  if (value === null || value === undefined) return value as T;
  if (Array.isArray(value)) return value.map((item) => hydrate(plan, item)) as T;
  const row = value as Record<string, unknown>;
  if (MARKED_MODELS.has(plan.model)) PLANNED.add(row);
  const dates = dateFields.get(plan.model);
  if (dates) for (const field of plan.columns) if (dates.has(field) && typeof row[field] === "string") row[field] = new Date(row[field] as string);
  for (const [name, nested] of plan.relations) row[name] = hydrate(nested, row[name]);
  return row as T;
}

/** The SQL text of each relation loadRelation reads (one plan per relation, so built once). */
const relationTexts = new Map<string, string>();

/**
 * A relation of a row read through Prisma (or any row without it): batched per request, one
 * statement for every parent asking for the same relation, read by the same planned SQL.
 */
export function loadRelation<T>(ctx: Context, model: "Posting" | "Employer", name: string, nested: ObjectPlan, id: string): Promise<T> {
  const key = `relation:${model}.${name}`;
  let loader = ctx.loaders.get(key) as DataLoader<string, T> | undefined;
  if (!loader) {
    let text = relationTexts.get(key);
    if (text === undefined) {
      const read = RELATIONS[`${model}.${name}`];
      if (!read) throw new Error(`No read planned for ${model}.${name}`);
      text = read(nested, "x", counter());
      relationTexts.set(key, text);
    }
    const value = atClock(text, ctx.now);
    loader = new DataLoader<string, T>(async (ids) => {
      const rows = await rawQuery<{ id: string; value: string | null }>(
        ctx.prisma,
        sql`SELECT x.id::text AS id, (${value})::text AS value FROM ${raw(TABLES[model])} x WHERE x.id = ANY(${[...ids]}::uuid[])`,
        ctx.signal,
      );
      const byId = new Map(rows.map((row) => [row.id, row.value === null ? null : hydrate<T>(nested, JSON.parse(row.value))]));
      return ids.map((id) => byId.get(id) as T);
    });
    ctx.loaders.set(key, loader);
  }
  return loader.load(id);
}

/**
 * Runs `sql` (whose rows carry a planned object's JSON as text in `node`) and hydrates each node;
 * `signal` (the request's) cancels the statement (raw-query.ts).
 */
export async function readPlanned<Row extends { node: string | null }, T>(
  prisma: PrismaClient,
  plan: ObjectPlan,
  query: Prisma.Sql,
  signal: AbortSignal | undefined,
): Promise<Array<Omit<Row, "node"> & { node: T | null }>> {
  const rows = await rawQuery<Row>(prisma, query, signal);
  return rows.map((row) => ({ ...row, node: row.node === null ? null : hydrate<T>(plan, JSON.parse(row.node)) }));
}

/** The fields the planner knows, by type (test/graphql/read-plan.db.test.ts checks every field has a rule). */
export const PLANNED_FIELDS: Readonly<Record<"Posting" | "Employer" | "Benefit", readonly string[]>> = {
  Posting: Object.keys(POSTING),
  Employer: Object.keys(EMPLOYER),
  Benefit: Object.keys(BENEFIT),
};
