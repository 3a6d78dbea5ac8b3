// Live updates: Subscription.postingPublished / postingClosed / postingUpdated, served over
// Server-Sent Events by Yoga. The write path announces a posting after its transaction commits
// (live/announce.ts); each subscription checks the posting against its filter with the search's
// own SQL, so a filter means the same here as in Query.postings.
import { filter as filterStream, pipe } from "graphql-yoga";
import { primary } from "../db/replicas.js";
import { builder } from "../graphql/builder.js";
import type { Context } from "../graphql/context.js";
import { type PostingFilterArgs, postingCriteria } from "../posting/posting.filter.js";
import { compileSearch, whereSql } from "../posting/search.sql.js";
import { postingSql, publicPosting } from "../posting/visibility.js";
import type { PostingEvent, PostingEventKind } from "./events.js";

export const PostingEventFilter = builder.inputType("PostingEventFilter", {
  description:
    "Which postings a subscription hears about: the criteria of `PostingFilter` that describe a posting itself, meaning the same as there. " +
    "Criteria combine with AND; values inside one list combine with OR unless the field says otherwise. The posting is checked as it is when the event is delivered.",
  fields: (t) =>
    postingCriteria(t, {
      keywords: 'Full-text search as in `PostingFilter.keywords`: words, "quoted phrases", -exclusions and OR.',
      benefitKeys: "Only postings offering all of these benefits (catalogue keys), directly or through their employer.",
      skills: "Only postings tagged with all of these skills (exact tags).",
      accreditations: "Only postings of employers holding all of these accreditations.",
    }),
});

type EventFilterArgs = typeof PostingEventFilter.$inferInput | null | undefined;

/** Whatever the filter, only postings the public may read: published or closed. */
const publicStatusSql = postingSql(publicPosting);

function compile(filter: EventFilterArgs) {
  return compileSearch({ ...(filter ?? {}), includeClosed: true } as PostingFilterArgs, null, new Date(), publicStatusSql);
}

/** The events of one kind that match the filter, as a stream; a bad filter fails before it starts. */
function matchingEvents(kind: PostingEventKind, filter: EventFilterArgs, ctx: Context): AsyncIterable<PostingEvent> {
  if (!ctx.events) throw new Error("live events are not configured");
  compile(filter); // Validates now (e.g. an unknown place), not on the first event.
  const employerIds = filter?.employerIds?.map((id) => id.id);
  return pipe(
    ctx.events.subscribe(kind),
    filterStream(async (event: PostingEvent) => {
      // The cheap check first; then the posting as it is now (on the primary, which has the write
      // that was announced), against the search's own conditions.
      if (employerIds && !employerIds.includes(event.employerId)) return false;
      const [row] = await primary(ctx.prisma).$queryRaw<[{ match: boolean }]>`
        SELECT EXISTS (SELECT 1 FROM postings p WHERE p.id = ${event.postingId}::uuid AND ${whereSql(compile(filter))}) AS match`;
      return row?.match === true;
    }),
  );
}

const FIELDS: Record<PostingEventKind, { name: string; description: string }> = {
  published: {
    name: "postingPublished",
    description: "A posting was published: a draft went live, or a closed posting reopened.",
  },
  closed: {
    name: "postingClosed",
    description: "A published posting was closed: it stays visible but takes no applications.",
  },
  updated: {
    name: "postingUpdated",
    description: "A published or closed posting changed (its fields, locations or benefits). Drafts are never announced.",
  },
};

builder.subscriptionFields((t) =>
  Object.fromEntries(
    (Object.keys(FIELDS) as PostingEventKind[]).map((kind) => [
      FIELDS[kind].name,
      t.prismaField({
        type: "Posting",
        description: `${FIELDS[kind].description} Delivered over Server-Sent Events to every subscriber whose filter matches, after the write commits.`,
        args: { filter: t.arg({ type: PostingEventFilter, description: "Which postings to hear about (default: all)." }) },
        subscribe: (_root, args, ctx) => matchingEvents(kind, args.filter, ctx),
        // From the primary: a replica may not have the write yet.
        resolve: (query, event, _args, ctx) =>
          primary(ctx.prisma).posting.findUniqueOrThrow({ ...query, where: { id: (event as unknown as PostingEvent).postingId } }),
      }),
    ]),
  ),
);
