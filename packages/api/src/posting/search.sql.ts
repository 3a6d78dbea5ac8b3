// Posting search as SQL: the filters, the sort key, relevance and distance of posting-filter
// inputs, compiled once per request into fragments over `p` (postings). Facets need the filter
// without their own dimension, so conditions are kept per dimension.

import { Prisma } from "../generated/prisma/client.js";
import { badUserInput } from "../graphql/errors.js";
import { coveringCells } from "../location/cells.js";
import { boundingBox, type DistanceUnit, EARTH_RADIUS_KM, toKilometres } from "../location/distance.js";
import { resolvePlace } from "../location/gazetteer.js";
import type { PostingFilterArgs, PostingOrderArgs } from "./posting.filter.js";
import { openPosting, postingSql, publicPosting } from "./visibility.js";

/**
 * Enum values as an SQL literal rather than a parameter: the planner then sees them in a prepared
 * statement's generic plan too (a parameter hid them, and the generic plan of a browse scanned every
 * published posting). GraphQL has validated them against the enum; each is checked again here.
 */
function enumArray(values: readonly string[], type: "ContractType" | "HoursType" | "WorkplaceType"): Prisma.Sql {
  for (const value of values) if (!/^[A-Z][A-Z0-9_]*$/.test(value)) throw new Error(`Not a ${type} value: ${value}`);
  return raw(`ARRAY[${values.map((value) => `'${value}'`).join(", ")}]::"${type}"[]`);
}

const { sql, join, raw, empty } = Prisma;

/** Filter dimensions that have a facet: a facet counts with every filter but its own. */
export type FacetDimension = "contractType" | "hoursType" | "workplaceType" | "employer" | "benefit" | "location" | "salary";

export type SortField = "RELEVANCE" | "POSTED_AT" | "CLOSES_AT" | "UPDATED_AT" | "SALARY" | "DISTANCE";

export interface Point {
  latitude: number;
  longitude: number;
}

export interface CompiledSearch {
  /** Every condition, by dimension ("base" for those without a facet). */
  conditions: Map<FacetDimension | "base", Prisma.Sql[]>;
  /** The visibility rule: the first of the "base" conditions. */
  visibility: Prisma.Sql;
  /** The centre of `near`, when given, and its unit. */
  near?: { point: Point; radiusKm: number; unit: DistanceUnit };
  keywords?: string;
  currency: string;
  sort: { field: SortField; descending: boolean };
}

const MAX_RADIUS_KM = 1000;
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** Great-circle distance in km from `point` to location `l`. */
export function distanceSql(point: Point, alias = "l"): Prisma.Sql {
  return sql`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(${raw(alias)}.latitude - ${point.latitude}::float8) / 2), 2) +
    cos(radians(${point.latitude}::float8)) * cos(radians(${raw(alias)}.latitude)) * power(sin(radians(${raw(alias)}.longitude - ${point.longitude}::float8) / 2), 2)))))`;
}

/** Location `l` is within the radius of `near` (an index-backed box, then the exact distance). */
export function withinSql(near: NonNullable<CompiledSearch["near"]>): Prisma.Sql {
  const box = boundingBox(near.point.latitude, near.point.longitude, near.radiusKm);
  return sql`l.latitude BETWEEN ${box.minLat}::float8 AND ${box.maxLat}::float8 AND l.longitude BETWEEN ${box.minLon}::float8 AND ${box.maxLon}::float8
    AND ${distanceSql(near.point)} <= ${near.radiusKm}::float8`;
}

/**
 * Posting `p`'s located places as rows `l(latitude, longitude)`: the copy of its locations'
 * coordinates on its own row (kept by triggers; see the search_locations migration), so a
 * distance needs no join.
 */
const POSTING_POINTS = raw("unnest(p.location_latitudes, p.location_longitudes) AS l(latitude, longitude)");

/** Posting `p` has a location within the radius of `near`. */
export function postingWithinSql(near: NonNullable<CompiledSearch["near"]>): Prisma.Sql {
  return sql`EXISTS (SELECT 1 FROM ${POSTING_POINTS} WHERE ${withinSql(near)})`;
}

/** The nearest of posting `p`'s locations, in km (null when none has coordinates). */
export function nearestDistanceSql(point: Point): Prisma.Sql {
  return sql`(SELECT min(${distanceSql(point)}) FROM ${POSTING_POINTS})`;
}

export const tsQuerySql = (keywords: string) => sql`websearch_to_tsquery('english', ${keywords})`;

function resolveNear(near: NonNullable<PostingFilterArgs>["near"]): CompiledSearch["near"] {
  if (!near) return undefined;
  const unit = (near.unit ?? "KILOMETERS") as DistanceUnit;
  if (!(near.radius > 0)) throw badUserInput(`filter.near.radius must be greater than 0; got ${near.radius}.`, "filter.near.radius");
  const radiusKm = toKilometres(near.radius, unit);
  if (radiusKm > MAX_RADIUS_KM)
    throw badUserInput(`filter.near.radius must be at most ${MAX_RADIUS_KM} km; got ${near.radius} ${unit.toLowerCase()}.`, "filter.near.radius");
  const hasPoint = near.latitude != null || near.longitude != null;
  if ((near.place != null) === hasPoint) throw badUserInput("filter.near needs either `place`, or both `latitude` and `longitude`.", "filter.near");
  if (near.place != null) {
    const place = resolvePlace(near.place);
    if (!place) throw badUserInput(`Unknown place "${near.place}" in filter.near.place.`, "filter.near.place");
    return { point: { latitude: place.latitude, longitude: place.longitude }, radiusKm, unit };
  }
  const { latitude, longitude } = near;
  if (latitude == null || longitude == null) throw badUserInput("filter.near needs both `latitude` and `longitude`.", "filter.near");
  if (Math.abs(latitude) > 90) throw badUserInput(`filter.near.latitude must be between -90 and 90; got ${latitude}.`, "filter.near.latitude");
  if (Math.abs(longitude) > 180) throw badUserInput(`filter.near.longitude must be between -180 and 180; got ${longitude}.`, "filter.near.longitude");
  return { point: { latitude, longitude }, radiusKm, unit };
}

/**
 * Validates a posting filter and order and compiles them to SQL fragments. `statusCondition`, when
 * given, replaces the default visibility rule (open, or published and closed with includeClosed):
 * Employer.postings(statuses) passes the caller's own (viewer/access.ts).
 */
export function compileSearch(filter: PostingFilterArgs, order: PostingOrderArgs, now: Date, statusCondition?: Prisma.Sql): CompiledSearch {
  const conditions = new Map<FacetDimension | "base", Prisma.Sql[]>();
  const add = (dimension: FacetDimension | "base", condition: Prisma.Sql) => {
    const list = conditions.get(dimension);
    if (list) list.push(condition);
    else conditions.set(dimension, [condition]);
  };

  const visibility = statusCondition ?? postingSql(filter?.includeClosed ? publicPosting : openPosting(now));
  add("base", visibility);

  const keywords = filter?.keywords?.trim() || undefined;
  if (keywords) add("base", sql`p.search_vector @@ ${tsQuerySql(keywords)}`);

  const near = resolveNear(filter?.near);
  if (near) {
    // The grid cells covering the circle (a GIN index the planner can intersect with the keyword
    // index), then the exact distance from the posting's own copy of its coordinates: checked only
    // on the rows the other filters leave, with no join per row.
    add(
      "location",
      sql`p.geo_cells && ${coveringCells(boundingBox(near.point.latitude, near.point.longitude, near.radiusKm))}::int[] AND ${postingWithinSql(near)}`,
    );
  }

  const salary = filter?.salary;
  const currency = (salary?.currency ?? "GBP").toUpperCase();
  if (salary) {
    if (!KNOWN_CURRENCIES.has(currency))
      throw badUserInput(`Unknown currency "${salary.currency}" in filter.salary.currency.`, "filter.salary.currency");
    for (const bound of ["min", "max"] as const) {
      const value = salary[bound];
      if (value != null && value < 0) throw badUserInput(`filter.salary.${bound} must not be negative; got ${value}.`, `filter.salary.${bound}`);
    }
    if (salary.min != null && salary.max != null && salary.min > salary.max) {
      throw badUserInput(`filter.salary.min (${salary.min}) is greater than filter.salary.max (${salary.max}).`, "filter.salary");
    }
    const range: Prisma.Sql[] = [sql`p.salary_currency = ${currency}`];
    if (salary.min != null) range.push(sql`COALESCE(p.salary_annual_max, p.salary_annual_min) >= ${salary.min}::numeric`);
    if (salary.max != null) range.push(sql`COALESCE(p.salary_annual_min, p.salary_annual_max) <= ${salary.max}::numeric`);
    const disclosed = join(range, " AND ");
    add(
      "salary",
      salary.includeUndisclosed ? sql`((${disclosed}) OR (p.salary_annual_min IS NULL AND p.salary_annual_max IS NULL))` : sql`(${disclosed})`,
    );
  }

  if (filter?.employerIds) {
    const ids = filter.employerIds.map(({ typename, id }) => {
      if (typename !== "Employer") throw badUserInput(`filter.employerIds expects Employer IDs; got a ${typename} ID.`, "filter.employerIds");
      return id;
    });
    add("employer", sql`p.employer_id = ANY(${ids}::uuid[])`);
  }
  if (filter?.employerSlugs) add("employer", sql`p.employer_id IN (SELECT id FROM employers WHERE slug = ANY(${filter.employerSlugs}::text[]))`);
  if (filter?.contractTypes) add("contractType", sql`p.contract_type = ANY(${enumArray(filter.contractTypes, "ContractType")})`);
  if (filter?.hoursTypes) add("hoursType", sql`p.hours_type = ANY(${enumArray(filter.hoursTypes, "HoursType")})`);
  if (filter?.workplaceTypes) add("workplaceType", sql`p.workplace_type = ANY(${enumArray(filter.workplaceTypes, "WorkplaceType")})`);

  if (filter?.remoteDaysPerWeekMin != null) {
    const days = filter.remoteDaysPerWeekMin;
    if (days < 0 || days > 7) throw badUserInput(`filter.remoteDaysPerWeekMin must be between 0 and 7; got ${days}.`, "filter.remoteDaysPerWeekMin");
    add("base", sql`(p.workplace_type = 'REMOTE' OR p.remote_days_per_week_max >= ${days}::numeric)`);
  }
  // Has all of them, its own or its employer's (postings.benefit_ids, GIN-indexed). An unknown key
  // contributes a NULL, which no posting contains.
  for (const key of new Set(filter?.benefitKeys ?? [])) {
    add("benefit", sql`p.benefit_ids @> ARRAY[(SELECT id FROM benefits WHERE key = ${key})]`);
  }
  if (filter?.skills?.length) add("base", sql`p.skills @> ${filter.skills}::text[]`);
  for (const scheme of new Set(filter?.accreditations ?? [])) {
    add("base", sql`p.employer_id IN (SELECT employer_id FROM employer_accreditations WHERE scheme = ${scheme}::"AccreditationScheme")`);
  }
  if (filter?.postedAfter) add("base", sql`p.posted_at >= ${filter.postedAfter}`);
  if (filter?.closingAfter) add("base", sql`(p.closes_at IS NULL OR p.closes_at >= ${filter.closingAfter})`);
  if (filter?.closingBefore) add("base", sql`p.closes_at < ${filter.closingBefore}`);

  const field = (order?.field ?? (keywords ? "RELEVANCE" : "POSTED_AT")) as SortField;
  if (field === "RELEVANCE" && !keywords) throw badUserInput("orderBy RELEVANCE needs filter.keywords.", "orderBy");
  if (field === "DISTANCE" && !near) throw badUserInput("orderBy DISTANCE needs filter.near.", "orderBy");
  const defaultDescending = field !== "DISTANCE";
  const descending = order?.direction ? order.direction === "DESC" : defaultDescending;

  return { conditions, visibility, near, keywords, currency, sort: { field, descending } };
}

/** All conditions, or all but one dimension's (for that dimension's facet). */
export function whereSql(search: CompiledSearch, except?: FacetDimension): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  for (const [dimension, list] of search.conditions) if (dimension !== except) parts.push(...list);
  return parts.length ? join(parts, " AND ") : sql`TRUE`;
}

/**
 * The sort key as a never-null SQL expression on `p` (so row-value comparisons work for cursors),
 * and its SQL type for casting cursor values back.
 */
export function sortKeySql(
  search: CompiledSearch,
  inverted = false,
): { key: Prisma.Sql; type: "timestamptz" | "float8" | "numeric"; descending: boolean } {
  const { field } = search.sort;
  const descending = search.sort.descending !== inverted;
  switch (field) {
    case "RELEVANCE":
      return { key: sql`ts_rank(p.search_vector, ${tsQuerySql(search.keywords ?? "")})::float8`, type: "float8", descending };
    case "DISTANCE":
      // Postings without coordinates sort last whichever way.
      return {
        key: sql`COALESCE(${nearestDistanceSql(search.near?.point ?? { latitude: 0, longitude: 0 })}, ${search.sort.descending ? -1 : 1e9}::float8)`,
        type: "float8",
        descending,
      };
    case "SALARY":
      return search.sort.descending
        ? { key: sql`COALESCE(p.salary_annual_max, p.salary_annual_min, -1)`, type: "numeric", descending }
        : { key: sql`COALESCE(p.salary_annual_min, p.salary_annual_max, 1e12)`, type: "numeric", descending };
    case "CLOSES_AT":
      return {
        key: raw(`COALESCE(p.closes_at, '${search.sort.descending ? "-infinity" : "infinity"}'::timestamptz)`),
        type: "timestamptz",
        descending,
      };
    case "UPDATED_AT":
      return { key: raw("p.updated_at"), type: "timestamptz", descending };
    default:
      return { key: raw("p.posted_at"), type: "timestamptz", descending };
  }
}

/**
 * `AND (sort_key, id) < | > (cursor)` for keyset pagination, or nothing without a cursor. The
 * cursor's key is the text PostgreSQL printed for it (exact for floats, numerics and infinity).
 */
export function cursorConditionSql(key: Prisma.Sql, type: string, descending: boolean, cursor?: { key: string; id: string }): Prisma.Sql {
  if (!cursor) return empty;
  return sql`AND (${key}, p.id) ${raw(descending ? "<" : ">")} (${cursor.key}::${raw(type)}, ${cursor.id}::uuid)`;
}
