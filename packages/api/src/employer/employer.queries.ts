import { literal } from "../db/like.js";
import type { Prisma } from "../generated/prisma/client.js";
import { builder, pageSize } from "../graphql/builder.js";
import { AccreditationSchemeEnum, EmployerSizeEnum } from "../graphql/enums.js";
import { badUserInput, notFound } from "../graphql/errors.js";
import { type Direction, OrderDirection, prismaDirection } from "../graphql/order.js";
import { openPostingWhere } from "../posting/visibility.js";
import { EmployerConnection, EmployerType } from "./employer.object.js";

const EmployerFilter = builder.inputType("EmployerFilter", {
  description: "Narrows a list of employers. Criteria combine with AND; values inside one list combine with OR.",
  fields: (t) => ({
    nameContains: t.string({
      description: "Name (or a brand) contains this text, ignoring case.",
    }),
    industries: t.stringList({
      description: "Only these industries (exact names).",
    }),
    sizes: t.field({
      type: [EmployerSizeEnum],
      description: "Only these size bands.",
    }),
    accreditations: t.field({
      type: [AccreditationSchemeEnum],
      description: "Only employers holding all of these accreditations.",
    }),
    hasOpenPostings: t.boolean({
      description: "Only employers with (true) or without (false) open postings.",
    }),
  }),
});

const EmployerOrderField = builder.enumType("EmployerOrderField", {
  description: "What to sort employers by. Ties are broken by ID.",
  values: {
    NAME: { description: "Name." },
    CREATED_AT: { description: "When the employer joined Jobgraph." },
  } as const,
});

const EmployerOrder = builder.inputType("EmployerOrder", {
  description: "Sort order for employers (default: by name, A first).",
  fields: (t) => ({
    field: t.field({
      type: EmployerOrderField,
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

function employersWhere(filter: typeof EmployerFilter.$inferInput | null | undefined, now: Date): Prisma.EmployerWhereInput {
  const and: Prisma.EmployerWhereInput[] = [];
  if (filter?.nameContains) {
    and.push({
      OR: [{ name: { contains: literal(filter.nameContains), mode: "insensitive" } }, { brands: { has: filter.nameContains } }],
    });
  }
  if (filter?.industries) and.push({ industry: { in: filter.industries } });
  if (filter?.sizes) and.push({ size: { in: filter.sizes } });
  for (const scheme of filter?.accreditations ?? []) and.push({ accreditations: { some: { scheme } } });
  if (filter?.hasOpenPostings != null) {
    const open = openPostingWhere(now);
    and.push(filter.hasOpenPostings ? { postings: { some: open } } : { postings: { none: open } });
  }
  return { AND: and };
}

builder.queryFields((t) => ({
  employer: t.prismaField({
    type: "Employer",
    nullable: true,
    description: "One employer, by global ID or by slug.",
    args: {
      id: t.arg.globalID({
        for: EmployerType,
        description: "The employer's global ID.",
      }),
      slug: t.arg.string({
        description: 'The employer\'s slug, e.g. "lloyds-banking-group".',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      if ((args.id == null) === (args.slug == null)) throw badUserInput("Give exactly one of `id` or `slug`.");
      const employer = await ctx.prisma.employer.findUnique({
        ...query,
        where: args.id ? { id: args.id.id } : { slug: args.slug ?? "" },
      });
      if (!employer) throw notFound(args.id ? `No employer with ID "${args.id.id}".` : `No employer with slug "${args.slug}".`);
      return employer;
    },
  }),
  employers: t.prismaConnection(
    {
      type: "Employer",
      cursor: "id",
      maxSize: pageSize,
      description: "Employers, by name unless `orderBy` says otherwise.",
      args: {
        filter: t.arg({
          type: EmployerFilter,
          description: "Narrow the employers.",
        }),
        orderBy: t.arg({
          type: EmployerOrder,
          description: "Sort order (default: by name).",
        }),
      },
      resolve: (query, _root, args, ctx) => {
        const direction = prismaDirection((args.orderBy?.direction ?? "ASC") as Direction);
        const primary = args.orderBy?.field === "CREATED_AT" ? { createdAt: direction } : { name: direction };
        return ctx.prisma.employer.findMany({
          ...query,
          where: employersWhere(args.filter, ctx.now),
          orderBy: [primary, { id: direction }],
        });
      },
      totalCount: (_root, args, ctx) =>
        ctx.prisma.employer.count({
          where: employersWhere(args.filter, ctx.now),
        }),
    },
    EmployerConnection,
  ),
}));
