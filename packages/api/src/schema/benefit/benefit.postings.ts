// Benefit.postings lives apart from the Benefit type: Posting already refers to Benefit (through
// its offered benefits), and defining the field here keeps the two type definitions acyclic.
import { builder, pageSize } from "../../builder.js";
import { PostingConnection } from "../posting/posting.object.js";
import { BenefitType, postingsOfferingWhere } from "./benefit.object.js";

builder.prismaObjectField(BenefitType, "postings", (t) =>
  t.prismaConnection(
    {
      type: "Posting",
      cursor: "id",
      maxSize: pageSize,
      description: "Open postings offering this benefit (directly or through their employer), newest first.",
      resolve: (query, benefit, _args, ctx) =>
        ctx.prisma.posting.findMany({
          ...query,
          where: postingsOfferingWhere(benefit.id, ctx.now),
          orderBy: [{ postedAt: "desc" }, { id: "desc" }],
        }),
      totalCount: (benefit, _args, ctx) =>
        ctx.prisma.posting.count({
          where: postingsOfferingWhere(benefit.id, ctx.now),
        }),
    },
    PostingConnection,
  ),
);
