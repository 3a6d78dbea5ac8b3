import { Prisma } from "../generated/prisma/client.js";
import { builder, pageSize } from "../graphql/builder.js";
import { PAGE_SIZE } from "../graphql/page-size.js";
import { ChangeConnection, ChangeFilterInput } from "./change.object.js";
import {
  changeFilterSql,
  cursorExpired,
  decodeFeedCursor,
  encodeFeedCursor,
  expiredAfter,
  FEED_START,
  readChangePage,
  visibleChangesSql,
} from "./feed.js";

builder.queryField("changes", (t) =>
  t.field({
    type: ChangeConnection,
    description:
      "Every change to employers, postings and benefits, in commit order: what an integrator reads to keep a copy of Jobgraph's data, including what left public view (tombstones). Read from the start (no `after`) for a full copy, then pass `pageInfo.endCursor` as `after`. Cursors stay valid for at least 30 days; an older one fails with CURSOR_EXPIRED. Anonymous callers see public changes; an employer key with READ_DRAFTS also its own employer's; admin keys all. See docs/change-feed.md.",
    // A durable position, not a signed cursor (changes/feed.ts): graphql/cursor.ts leaves it as it is.
    extensions: { durableCursor: true },
    args: {
      after: t.arg.string({
        description: "Return the changes after this cursor (`pageInfo.endCursor` or an edge's `cursor`); omit to start from the beginning.",
      }),
      first: t.arg.int({ description: `Return at most this many changes (0 to ${PAGE_SIZE.max}; default ${PAGE_SIZE.default}).` }),
      filter: t.arg({ type: ChangeFilterInput, description: "Narrow the changes." }),
    },
    resolve: async (_root, args, ctx) => {
      pageSize(args);
      const first = args.first ?? PAGE_SIZE.default;
      const after = args.after ? decodeFeedCursor(args.after) : FEED_START;
      const filter = {
        types: args.filter?.types,
        kinds: args.filter?.kinds,
        employerIds: args.filter?.employerIds?.map((id) => id.id),
      };
      const condition = Prisma.sql`${visibleChangesSql(ctx.viewer)} AND ${changeFilterSql(filter)}`;
      const page = await readChangePage(ctx.prisma, after, first, condition);
      if (expiredAfter(after, page)) throw cursorExpired();
      return { rows: page.rows, hasNextPage: page.hasNextPage, endCursor: encodeFeedCursor(page.end) };
    },
  }),
);
