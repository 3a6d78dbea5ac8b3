// Employer mutations: thin resolvers over employer.service.ts. scope-auth decides who may call each;
// the service decides which employers the caller may change.

import { OFFERED_BENEFITS_LIMIT, OfferedBenefitInput } from "../benefit/benefit.input.js";
import { builder } from "../graphql/builder.js";
import { payloadType, toPayload } from "../graphql/user-error.js";
import { CreateEmployerInput, UpdateEmployerInput } from "./employer.input.js";
import { EmployerType } from "./employer.object.js";
import { createEmployer, setEmployerBenefits, updateEmployer } from "./employer.service.js";

const employerPayload = (name: string, description: string) =>
  payloadType(name, description, "employer", "Employer", "The employer as it is now; null when the mutation failed.");

const EXPECTED_VERSION =
  "The employer's `version` the client last read: the mutation fails with a CONFLICT user error if the employer changed since. Leave it out to write regardless.";

builder.mutationFields((t) => ({
  createEmployer: t.field({
    type: employerPayload("CreateEmployerPayload", "The result of `createEmployer`."),
    nullable: true,
    description: "Creates an employer with its headquarters, accreditations and benefits. Admin keys only.",
    authScopes: { admin: true },
    args: {
      input: t.arg({ type: CreateEmployerInput, required: true, description: "The employer." }),
      idempotencyKey: t.arg.string({
        description: "A key unique to this create, so a retry cannot create twice (see `createPosting`). Scoped to the API key.",
      }),
    },
    resolve: async (_root, args, ctx) =>
      toPayload(await createEmployer(ctx, { input: args.input as never, idempotencyKey: args.idempotencyKey ?? ctx.idempotencyKey })),
  }),
  updateEmployer: t.field({
    type: employerPayload("UpdateEmployerPayload", "The result of `updateEmployer`."),
    nullable: true,
    description: "Changes an employer's profile. Needs MANAGE_EMPLOYER for the key's own employer, or an admin key.",
    authScopes: { manageEmployer: true },
    args: {
      id: t.arg.globalID({ for: EmployerType, required: true, description: "The employer's global ID." }),
      input: t.arg({ type: UpdateEmployerInput, required: true, description: "The changes." }),
      expectedVersion: t.arg.int({ description: EXPECTED_VERSION }),
    },
    resolve: async (_root, args, ctx) =>
      toPayload(await updateEmployer(ctx, { id: args.id.id, input: args.input as Record<string, unknown>, expectedVersion: args.expectedVersion })),
  }),
  setEmployerBenefits: t.field({
    type: employerPayload("SetEmployerBenefitsPayload", "The result of `setEmployerBenefits`."),
    nullable: true,
    description: "Replaces the benefits the employer offers on every posting. Needs MANAGE_EMPLOYER for the key's own employer, or an admin key.",
    authScopes: { manageEmployer: true },
    args: {
      id: t.arg.globalID({ for: EmployerType, required: true, description: "The employer's global ID." }),
      benefits: t.arg({
        type: [OfferedBenefitInput],
        required: true,
        description: "The employer's benefits, in display order; [] removes them all.",
        extensions: { inputLimit: OFFERED_BENEFITS_LIMIT },
      }),
      expectedVersion: t.arg.int({ description: EXPECTED_VERSION }),
    },
    resolve: async (_root, args, ctx) =>
      toPayload(await setEmployerBenefits(ctx, { id: args.id.id, benefits: args.benefits, expectedVersion: args.expectedVersion })),
  }),
}));
