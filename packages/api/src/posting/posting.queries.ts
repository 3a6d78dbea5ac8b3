import { builder } from "../graphql/builder.js";
import { badUserInput, notFound } from "../graphql/errors.js";
import { PostingType } from "./posting.object.js";
import { readablePostingWhere } from "./visibility.js";

builder.queryFields((t) => ({
  posting: t.prismaField({
    type: "Posting",
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
    resolve: async (query, _root, args, ctx) => {
      const byReference = args.employerSlug != null || args.reference != null;
      if ((args.id != null) === byReference || (byReference && (args.employerSlug == null || args.reference == null))) {
        throw badUserInput("Give either `id`, or both `employerSlug` and `reference`.");
      }
      const posting = await ctx.prisma.posting.findFirst({
        ...query,
        where: args.id
          ? { id: args.id.id, ...readablePostingWhere(ctx.viewer) }
          : {
              employer: { slug: args.employerSlug ?? "" },
              reference: args.reference ?? "",
              ...readablePostingWhere(ctx.viewer),
            },
      });
      if (!posting) {
        throw notFound(
          args.id ? `No posting with ID "${args.id.id}".` : `No posting with reference "${args.reference}" at employer "${args.employerSlug}".`,
        );
      }
      return posting;
    },
  }),
}));
