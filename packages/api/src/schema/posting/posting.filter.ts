import { builder } from "../../builder.js";
import { badUserInput } from "../../errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { ContractTypeEnum, HoursTypeEnum, WorkplaceTypeEnum } from "../enums.js";
import { type Direction, OrderDirection, prismaDirection } from "../order.js";
import { openPostingWhere, publicPostingWhere } from "./visibility.js";

export const PostingFilter = builder.inputType("PostingFilter", {
  description: "Narrows a list of postings. Criteria combine with AND; values inside one list combine with OR.",
  fields: (t) => ({
    employerIds: t.globalIDList({
      description: "Only these employers (global IDs).",
    }),
    employerSlugs: t.stringList({
      description: "Only these employers (slugs).",
    }),
    contractTypes: t.field({
      type: [ContractTypeEnum],
      description: "Only these contract types.",
    }),
    hoursTypes: t.field({
      type: [HoursTypeEnum],
      description: "Only these hours types.",
    }),
    workplaceTypes: t.field({
      type: [WorkplaceTypeEnum],
      description: "Only these workplace types.",
    }),
    includeClosed: t.boolean({
      defaultValue: false,
      description: "Also return postings that are closed or past their closing date (default: open postings only).",
    }),
  }),
});

export const PostingOrderField = builder.enumType("PostingOrderField", {
  description: "What to sort postings by. Ties are broken by ID, so pages are stable.",
  values: {
    POSTED_AT: { description: "Publication date." },
    CLOSES_AT: { description: "Closing date; postings without one sort last." },
    UPDATED_AT: { description: "Last change." },
  } as const,
});

export const PostingOrder = builder.inputType("PostingOrder", {
  description: "Sort order for postings (default: newest first).",
  fields: (t) => ({
    field: t.field({
      type: PostingOrderField,
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

export type PostingFilterArgs = typeof PostingFilter.$inferInput | null | undefined;
export type PostingOrderArgs = typeof PostingOrder.$inferInput | null | undefined;

/** The Prisma `where` for a public posting list: visible statuses, open only by default, then the filter. */
export function postingsWhere(filter: PostingFilterArgs, now: Date): Prisma.PostingWhereInput {
  const and: Prisma.PostingWhereInput[] = [filter?.includeClosed ? publicPostingWhere : openPostingWhere(now)];
  if (filter?.employerIds) {
    const ids = filter.employerIds.map(({ typename, id }) => {
      if (typename !== "Employer") throw badUserInput(`filter.employerIds expects Employer IDs; got a ${typename} ID.`, "filter.employerIds");
      return id;
    });
    and.push({ employerId: { in: ids } });
  }
  if (filter?.employerSlugs) and.push({ employer: { slug: { in: filter.employerSlugs } } });
  if (filter?.contractTypes) and.push({ contractType: { in: filter.contractTypes } });
  if (filter?.hoursTypes) and.push({ hoursType: { in: filter.hoursTypes } });
  if (filter?.workplaceTypes) and.push({ workplaceType: { in: filter.workplaceTypes } });
  return { AND: and };
}

/** Prisma `orderBy` for a posting order, with the ID as tie-breaker so cursors are stable. */
export function postingsOrderBy(order: PostingOrderArgs): Prisma.PostingOrderByWithRelationInput[] {
  const field = order?.field ?? "POSTED_AT";
  const direction = prismaDirection((order?.direction ?? "DESC") as Direction);
  const primary: Prisma.PostingOrderByWithRelationInput =
    field === "CLOSES_AT"
      ? { closesAt: { sort: direction, nulls: "last" } }
      : field === "UPDATED_AT"
        ? { updatedAt: direction }
        : { postedAt: direction };
  return [primary, { id: direction }];
}
