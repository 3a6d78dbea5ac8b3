import { builder, pageSize } from "../graphql/builder.js";
import { BenefitCategoryEnum } from "../graphql/enums.js";
import { notFound } from "../graphql/errors.js";
import { BenefitConnection } from "./benefit.object.js";

builder.queryFields((t) => ({
  benefit: t.prismaField({
    type: "Benefit",
    nullable: true,
    description: "One catalogue benefit by its key.",
    args: {
      key: t.arg.string({
        required: true,
        description: 'The benefit\'s key, e.g. "pension".',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const benefit = await ctx.prisma.benefit.findUnique({
        ...query,
        where: { key: args.key },
      });
      if (!benefit) throw notFound(`No benefit with key "${args.key}".`);
      return benefit;
    },
  }),
  benefits: t.prismaConnection(
    {
      type: "Benefit",
      cursor: "id",
      maxSize: pageSize,
      description: "The benefit catalogue, by category then name.",
      args: {
        category: t.arg({
          type: BenefitCategoryEnum,
          description: "Only this category.",
        }),
      },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.benefit.findMany({
          ...query,
          where: args.category ? { category: args.category } : {},
          orderBy: [{ category: "asc" }, { name: "asc" }, { id: "asc" }],
        }),
      totalCount: (_root, args, ctx) =>
        ctx.prisma.benefit.count({
          where: args.category ? { category: args.category } : {},
        }),
    },
    BenefitConnection,
  ),
}));
