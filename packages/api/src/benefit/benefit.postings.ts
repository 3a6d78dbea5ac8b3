// Benefit.postings lives apart from the Benefit type: Posting already refers to Benefit (through
// its offered benefits), and defining the field here keeps the two type definitions acyclic.
import { builder, pageSize } from "../graphql/builder.js";
import { nestedPostingCount, nestedPostingRows } from "../posting/nested-postings.js";
import { PostingFilter, PostingOrder } from "../posting/posting.filter.js";
import { PostingConnection } from "../posting/posting.object.js";
import { BenefitType } from "./benefit.object.js";

builder.prismaObjectField(BenefitType, "postings", (t) =>
  t.prismaConnection(
    {
      type: "Posting",
      cursor: "id",
      maxSize: pageSize,
      description:
        "Postings offering this benefit, themselves or through their employer's package; open ones only unless `filter.includeClosed`, newest first.",
      args: {
        filter: t.arg({ type: PostingFilter, description: "Narrow the postings." }),
        orderBy: t.arg({ type: PostingOrder, description: "Sort order (default: newest first)." }),
      },
      resolve: (query, benefit, args, ctx, info) => nestedPostingRows("benefit", benefit.id, query, args, ctx, info),
      totalCount: (benefit, args, ctx, info) => nestedPostingCount("benefit", benefit.id, args, ctx, info),
    },
    PostingConnection,
  ),
);
