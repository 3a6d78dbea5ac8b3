// The change feed's GraphQL types: Change, its connection, and the enums and filter it uses.
import DataLoader from "dataloader";
import { BenefitType } from "../benefit/benefit.object.js";
import { EmployerType } from "../employer/employer.object.js";
import type { Benefit, Employer, Posting } from "../generated/prisma/client.js";
import type { ChangeObjectType } from "../generated/prisma/enums.js";
import { builder, encodeGlobalId } from "../graphql/builder.js";
import type { Context } from "../graphql/context.js";
import { ChangeKindEnum, ChangeObjectTypeEnum } from "../graphql/enums.js";
import { PostingType } from "../posting/posting.object.js";
import { readablePostingWhere } from "../posting/visibility.js";
import { CHANGE_TYPENAME, type ChangeRow, encodeFeedCursor } from "./feed.js";

export const ChangeFilterInput = builder.inputType("ChangeFilter", {
  description: "Narrows the change feed. Criteria combine with AND; values inside one list combine with OR.",
  fields: (t) => ({
    types: t.field({ type: [ChangeObjectTypeEnum], description: "Only changes to these kinds of object." }),
    kinds: t.field({ type: [ChangeKindEnum], description: "Only these kinds of change." }),
    employerIds: t.globalIDList({ for: EmployerType, description: "Only changes to these employers and their postings (global IDs of employers)." }),
  }),
});

/** The typename of each object the feed loaded, for the ChangeSubject union. */
const loadedTypes = new WeakMap<object, string>();

export const ChangeSubject = builder.unionType("ChangeSubject", {
  description: "The object a change is about.",
  types: [PostingType, EmployerType, BenefitType],
  resolveType: (value) => loadedTypes.get(value as object) ?? null,
});

type Subject = Posting | Employer | Benefit;

/** The objects of a page of changes as they are now, if the viewer may see them: one statement per type. */
function subjectLoader(ctx: Context, type: ChangeObjectType): DataLoader<string, Subject | null> {
  const key = `changes:subject:${type}`;
  let loader = ctx.loaders.get(key) as DataLoader<string, Subject | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, Subject | null>(async (ids) => {
      const where = { id: { in: [...ids] } };
      const rows: Subject[] =
        type === "POSTING"
          ? await ctx.prisma.posting.findMany({ where: { ...where, AND: [readablePostingWhere(ctx.viewer)] } })
          : type === "EMPLOYER"
            ? await ctx.prisma.employer.findMany({ where })
            : await ctx.prisma.benefit.findMany({ where });
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const row of rows) loadedTypes.set(row, CHANGE_TYPENAME[type]);
      return ids.map((id) => byId.get(id) ?? null);
    });
    ctx.loaders.set(key, loader);
  }
  return loader;
}

export const ChangeType = builder.objectRef<ChangeRow>("Change").implement({
  description:
    "One change to an employer, a posting or a benefit, in the order the changes committed. Several writes to one object in one transaction are one change.",
  fields: (t) => ({
    id: t.id({
      description: "Identifies the change (the same as its cursor); use it to recognise a change seen twice.",
      resolve: (change) => encodeFeedCursor({ txid: change.txid, seq: change.seq }),
    }),
    kind: t.field({ type: ChangeKindEnum, description: "What the change did.", resolve: (change) => change.kind }),
    objectType: t.field({ type: ChangeObjectTypeEnum, description: "The kind of object changed.", resolve: (change) => change.objectType }),
    objectId: t.id({
      description: "The global ID of the object changed (also for a tombstone, whose `node` is null).",
      resolve: (change) => encodeGlobalId(CHANGE_TYPENAME[change.objectType], change.objectId),
    }),
    employerId: t.id({
      nullable: true,
      description: "The global ID of the employer the object belongs to (the employer itself for an employer; null for a benefit).",
      resolve: (change) => (change.employerId ? encodeGlobalId("Employer", change.employerId) : null),
    }),
    changedFields: t.stringList({
      description:
        'For UPDATED (and status changes), the object\'s fields that changed, sorted, e.g. `["salary", "title"]`; empty for CREATED and REMOVED.',
      resolve: (change) => change.changedFields,
    }),
    at: t.field({ type: "DateTime", description: "When the transaction that made the change started.", resolve: (change) => change.at }),
    node: t.field({
      type: ChangeSubject,
      nullable: true,
      description:
        "The object as it is now, if you may see it now; null when it was removed or left your view (e.g. archived): remove it from your copy.",
      resolve: (change, _args, ctx) => subjectLoader(ctx, change.objectType).load(change.objectId),
    }),
  }),
});

export interface ChangePageValue {
  rows: ChangeRow[];
  hasNextPage: boolean;
  endCursor: string;
}

const ChangeEdge = builder.objectRef<ChangeRow>("ChangeEdge").implement({
  description: "A change with its cursor.",
  fields: (t) => ({
    cursor: t.string({
      description: "Pass it as `after` to read the changes after this one.",
      resolve: (change) => encodeFeedCursor(change),
    }),
    node: t.field({ type: ChangeType, description: "The change.", resolve: (change) => change }),
  }),
});

const ChangePageInfo = builder.objectRef<ChangePageValue>("ChangePageInfo").implement({
  description: "Where a page of changes ends.",
  fields: (t) => ({
    endCursor: t.string({
      description:
        "Where to read on from: save it with what you applied and pass it as `after` next time. Always set, also on an empty page: once you are caught up it moves past the changes you may not see, so polling never re-reads them.",
      resolve: (page) => page.endCursor,
    }),
    hasNextPage: t.boolean({
      description: "Whether more changes are ready now; false when you are caught up (poll again later).",
      resolve: (page) => page.hasNextPage,
    }),
  }),
});

export const ChangeConnection = builder.objectRef<ChangePageValue>("ChangeConnection").implement({
  description: "A page of the change feed.",
  fields: (t) => ({
    edges: t.field({ type: [ChangeEdge], description: "The changes of this page, each with its cursor.", resolve: (page) => page.rows }),
    nodes: t.field({ type: [ChangeType], description: "The changes of this page.", resolve: (page) => page.rows }),
    pageInfo: t.field({ type: ChangePageInfo, description: "Where the page ends.", resolve: (page) => page }),
  }),
});
