// Posting mutations: thin resolvers over posting.service.ts. scope-auth decides who may call each
// (WRITE_POSTINGS, or an admin key); the service decides which postings the caller may touch.

import { OFFERED_BENEFITS_LIMIT, OfferedBenefitInput } from "../benefit/benefit.input.js";
import { builder } from "../graphql/builder.js";
import { payloadType, toPayload } from "../graphql/user-error.js";
import { CreatePostingInput, UpdatePostingInput } from "./posting.input.js";
import { PostingType } from "./posting.object.js";
import { changePostingStatus, createPosting, setPostingBenefits, updatePosting } from "./posting.service.js";
import type { StatusAction } from "./posting.status.js";

const postingPayload = (name: string, description: string) =>
  payloadType(name, description, "posting", "Posting", "The posting as it is now; null when the mutation failed.");

const CreatePostingPayload = postingPayload("CreatePostingPayload", "The result of `createPosting`.");
const UpdatePostingPayload = postingPayload("UpdatePostingPayload", "The result of `updatePosting`.");
const StatusPayloads: Record<StatusAction, ReturnType<typeof postingPayload>> = {
  publish: postingPayload("PublishPostingPayload", "The result of `publishPosting`."),
  close: postingPayload("ClosePostingPayload", "The result of `closePosting`."),
  archive: postingPayload("ArchivePostingPayload", "The result of `archivePosting`."),
};
const SetPostingBenefitsPayload = postingPayload("SetPostingBenefitsPayload", "The result of `setPostingBenefits`.");

const ID_DESCRIPTION = "The posting's global ID.";
const EXPECTED_VERSION =
  "The posting's `version` the client last read: the mutation fails with a CONFLICT user error if the posting changed since. Leave it out to write regardless.";
const IDEMPOTENCY_KEY =
  "A key unique to this create (e.g. a UUID), so a retry cannot create twice: the same key and input return the first result; the same key with different input is an IDEMPOTENCY_KEY_REUSED user error. Scoped to the API key. Defaults to the request's `Idempotency-Key` header.";

const STATUS_DESCRIPTIONS: Record<StatusAction, string> = {
  publish:
    "Publishes a DRAFT posting, or reopens a CLOSED one. The posting must be publishable (title, description, a location unless REMOTE, a closing date in the future, a way to apply): each thing missing is a NOT_PUBLISHABLE user error. The first publication sets `postedAt`.",
  close: "Closes a PUBLISHED posting: it stays visible but takes no applications.",
  archive: "Archives a posting: hidden from public view and final (an archived posting cannot be published or changed).",
};

builder.mutationFields((t) => ({
  createPosting: t.field({
    type: CreatePostingPayload,
    nullable: true,
    description: "Creates a posting as a DRAFT, with its locations and benefits, in one transaction. Needs WRITE_POSTINGS (or an admin key).",
    authScopes: { writePostings: true },
    args: {
      input: t.arg({ type: CreatePostingInput, required: true, description: "The posting." }),
      idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY }),
    },
    resolve: async (_root, args, ctx) =>
      toPayload(await createPosting(ctx, { input: args.input as never, idempotencyKey: args.idempotencyKey ?? ctx.idempotencyKey })),
  }),
  updatePosting: t.field({
    type: UpdatePostingPayload,
    nullable: true,
    description: "Changes a posting (not an archived one). A published posting must stay publishable. Needs WRITE_POSTINGS (or an admin key).",
    authScopes: { writePostings: true },
    args: {
      id: t.arg.globalID({ for: PostingType, required: true, description: ID_DESCRIPTION }),
      input: t.arg({ type: UpdatePostingInput, required: true, description: "The changes." }),
      expectedVersion: t.arg.int({ description: EXPECTED_VERSION }),
    },
    resolve: async (_root, args, ctx) =>
      toPayload(await updatePosting(ctx, { id: args.id.id, input: args.input as Record<string, unknown>, expectedVersion: args.expectedVersion })),
  }),
  ...Object.fromEntries(
    (["publish", "close", "archive"] as const).map((action) => [
      `${action}Posting`,
      t.field({
        type: StatusPayloads[action],
        nullable: true,
        description: `${STATUS_DESCRIPTIONS[action]} Needs WRITE_POSTINGS (or an admin key).`,
        authScopes: { writePostings: true },
        args: {
          id: t.arg.globalID({ for: PostingType, required: true, description: ID_DESCRIPTION }),
          expectedVersion: t.arg.int({ description: EXPECTED_VERSION }),
        },
        resolve: async (_root, args, ctx) =>
          toPayload(await changePostingStatus(ctx, action, { id: args.id.id, expectedVersion: args.expectedVersion })),
      }),
    ]),
  ),
  setPostingBenefits: t.field({
    type: SetPostingBenefitsPayload,
    nullable: true,
    description:
      "Replaces the posting's own benefits (the employer's benefits still apply unless the posting lists the same benefit). Needs WRITE_POSTINGS (or an admin key).",
    authScopes: { writePostings: true },
    args: {
      id: t.arg.globalID({ for: PostingType, required: true, description: ID_DESCRIPTION }),
      benefits: t.arg({
        type: [OfferedBenefitInput],
        required: true,
        description: "The posting's benefits, in display order; [] removes them all.",
        extensions: { inputLimit: OFFERED_BENEFITS_LIMIT },
      }),
      expectedVersion: t.arg.int({ description: EXPECTED_VERSION }),
    },
    resolve: async (_root, args, ctx) =>
      toPayload(await setPostingBenefits(ctx, { id: args.id.id, benefits: args.benefits, expectedVersion: args.expectedVersion })),
  }),
}));
