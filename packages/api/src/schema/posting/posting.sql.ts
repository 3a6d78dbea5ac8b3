// The posting filters and orders of posting.filter.ts, as SQL, for queries Prisma cannot express:
// one page of postings per parent for many parents at once (window functions).

import { badUserInput } from "../../errors.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { PostingFilterArgs, PostingOrderArgs } from "./posting.filter.js";
import { PUBLIC_POSTING_STATUSES } from "./visibility.js";

const { sql, join, raw } = Prisma;

/** SQL conditions on `p` (the postings table) equivalent to `postingsWhere(filter, now)`. */
export function postingConditionsSql(filter: PostingFilterArgs, now: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = filter?.includeClosed
    ? [sql`p.status = ANY(${PUBLIC_POSTING_STATUSES}::"PostingStatus"[])`]
    : [sql`p.status = 'PUBLISHED'`, sql`(p.closes_at IS NULL OR p.closes_at > ${now})`];
  if (filter?.employerIds) {
    const ids = filter.employerIds.map(({ typename, id }) => {
      if (typename !== "Employer") throw badUserInput(`filter.employerIds expects Employer IDs; got a ${typename} ID.`, "filter.employerIds");
      return id;
    });
    conditions.push(sql`p.employer_id = ANY(${ids}::uuid[])`);
  }
  if (filter?.employerSlugs) conditions.push(sql`p.employer_id IN (SELECT id FROM employers WHERE slug = ANY(${filter.employerSlugs}::text[]))`);
  if (filter?.contractTypes) conditions.push(sql`p.contract_type = ANY(${filter.contractTypes}::"ContractType"[])`);
  if (filter?.hoursTypes) conditions.push(sql`p.hours_type = ANY(${filter.hoursTypes}::"HoursType"[])`);
  if (filter?.workplaceTypes) conditions.push(sql`p.workplace_type = ANY(${filter.workplaceTypes}::"WorkplaceType"[])`);
  return join(conditions, " AND ");
}

/**
 * The sort key of a posting order as one SQL expression on alias `p`, with its direction
 * (reversed when paging backwards). Open-ended closing dates sort last either way.
 */
export function postingSortSql(order: PostingOrderArgs, inverted: boolean, alias = "p"): { key: Prisma.Sql; descending: boolean } {
  const field = order?.field ?? "POSTED_AT";
  const descending = (order?.direction ?? "DESC") === "DESC";
  const key =
    field === "CLOSES_AT"
      ? raw(`COALESCE(${alias}.closes_at, '${descending ? "-infinity" : "infinity"}'::timestamptz)`)
      : raw(`${alias}.${field === "UPDATED_AT" ? "updated_at" : "posted_at"}`);
  return { key, descending: descending !== inverted };
}
