import { builder } from "../graphql/builder.js";
import { payloadType, toPayload } from "../graphql/user-error.js";
import { CreateBenefitInput } from "./benefit.input.js";
import { createBenefit } from "./benefit.service.js";

builder.mutationFields((t) => ({
  createBenefit: t.field({
    type: payloadType(
      "CreateBenefitPayload",
      "The result of `createBenefit`.",
      "benefit",
      "Benefit",
      "The new catalogue entry; null when the mutation failed.",
    ),
    nullable: true,
    description: "Adds a benefit to the shared catalogue. Admin keys only.",
    authScopes: { admin: true },
    args: {
      input: t.arg({ type: CreateBenefitInput, required: true, description: "The benefit." }),
      idempotencyKey: t.arg.string({
        description: "A key unique to this create, so a retry cannot create twice (see `createPosting`). Scoped to the API key.",
      }),
    },
    resolve: async (_root, args, ctx) => toPayload(await createBenefit(ctx, args.input, args.idempotencyKey ?? ctx.idempotencyKey)),
  }),
}));
