import { builder } from "../../builder.js";
import { badUserInput, notFound } from "../../errors.js";
import { PostingType } from "./posting.object.js";
import { publicPostingWhere } from "./visibility.js";

builder.queryFields((t) => ({
  posting: t.prismaField({
    type: "Posting",
    nullable: true,
    description: "One posting, by global ID or by its employer's slug and the employer's own reference. Drafts and archived postings are not found.",
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
          ? { id: args.id.id, ...publicPostingWhere }
          : {
              employer: { slug: args.employerSlug ?? "" },
              reference: args.reference ?? "",
              ...publicPostingWhere,
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
