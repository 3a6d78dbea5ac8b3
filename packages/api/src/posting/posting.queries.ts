import { queryFromInfo } from "@pothos/plugin-prisma";
import { objectSql, planPosting, readPlanned } from "../db/read-plan.js";
import { type Posting, Prisma } from "../generated/prisma/client.js";
import { builder } from "../graphql/builder.js";
import { badUserInput, notFound } from "../graphql/errors.js";
import { PostingType } from "./posting.object.js";
import { postingSql, readablePosting, readablePostingWhere } from "./visibility.js";

builder.queryFields((t) => ({
  posting: t.field({
    type: PostingType,
    nullable: true,
    description:
      "One posting, by global ID or by its employer's slug and the employer's own reference. Drafts and archived postings are not found, except by their own employer's API key with READ_DRAFTS (or an admin key).",
    args: {
      id: t.arg.globalID({
        for: PostingType,
        description: "The posting's global ID.",
      }),
      employerSlug: t.arg.string({
        description: "The employer's slug (with `reference`).",
      }),
      reference: t.arg.string({
        description: "The employer's job reference (with `employerSlug`).",
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      const byReference = args.employerSlug != null || args.reference != null;
      if ((args.id != null) === byReference || (byReference && (args.employerSlug == null || args.reference == null))) {
        throw badUserInput("Give either `id`, or both `employerSlug` and `reference`.");
      }
      const notFoundError = () =>
        notFound(
          args.id ? `No posting with ID "${args.id.id}".` : `No posting with reference "${args.reference}" at employer "${args.employerSlug}".`,
        );
      // Planned (db/read-plan.ts): the posting and everything selected beneath it in one statement.
      const plan = planPosting(info, info.fieldNodes);
      if (plan) {
        const where = args.id
          ? Prisma.sql`p.id = ${args.id.id}::uuid`
          : Prisma.sql`p.employer_id = (SELECT id FROM employers WHERE slug = ${args.employerSlug ?? ""}) AND p.reference = ${args.reference ?? ""}`;
        const [row] = await readPlanned<{ node: string | null }, Posting>(
          ctx.prisma,
          plan,
          Prisma.sql`SELECT (${objectSql(plan, "p", ctx.now)})::text AS node FROM postings p WHERE ${where} AND ${postingSql(readablePosting(ctx.viewer))} LIMIT 1`,
          ctx.signal,
        );
        if (!row?.node) throw notFoundError();
        return row.node;
      }
      const posting = await ctx.prisma.posting.findFirst({
        ...queryFromInfo({ context: ctx, info }),
        where: args.id
          ? { id: args.id.id, ...readablePostingWhere(ctx.viewer) }
          : {
              employer: { slug: args.employerSlug ?? "" },
              reference: args.reference ?? "",
              ...readablePostingWhere(ctx.viewer),
            },
      });
      if (!posting) throw notFoundError();
      return posting;
    },
  }),
}));
