// The `userErrors` every mutation payload carries (Shopify style), and the payload shapes.

import type { FieldMap } from "@pothos/core";
import { USER_ERROR_CODES, type UserError, type UserErrorCode, type WriteResult } from "../write/user-errors.js";
import { type BuilderTypes, builder } from "./builder.js";

const CODE_DESCRIPTIONS: Record<UserErrorCode, string> = {
  INVALID: "The value is not valid (wrong format, inconsistent with another field, or not allowed here).",
  REQUIRED: "A value is needed and was missing, empty or null.",
  TOO_LONG: "The text or list is longer than allowed.",
  OUT_OF_RANGE: "The number is outside the allowed range.",
  NOT_FOUND: "No such object, or one the API key may not see (a foreign draft is reported exactly like a missing ID).",
  FORBIDDEN: "The object is visible to the API key, but the key may not change it (another employer's).",
  CONFLICT: "The object changed since the version the client sent (`expectedVersion`): read it again and retry.",
  INVALID_TRANSITION: "The posting's status does not allow this change (see `PostingStatus`).",
  NOT_PUBLISHABLE: "The posting lacks something a published posting needs; `field` names it.",
  IMMUTABLE: "The object can no longer be changed (an archived posting).",
  UNKNOWN_BENEFIT: "No benefit with this key in the catalogue.",
  DUPLICATE_REFERENCE: "The employer already has a posting with this reference.",
  DUPLICATE_SLUG: "Another employer already has this slug.",
  DUPLICATE_BENEFIT_KEY: "The catalogue already has a benefit with this key.",
  IDEMPOTENCY_KEY_REUSED: "This idempotency key was already used by this API key with a different mutation or input.",
};

export const UserErrorCodeEnum = builder.enumType("UserErrorCode", {
  description: "Why a mutation refused its input. Stable: switch on these, show `message` to people.",
  values: Object.fromEntries(USER_ERROR_CODES.map((code) => [code, { value: code, description: CODE_DESCRIPTIONS[code] }])) as Record<
    UserErrorCode,
    { value: UserErrorCode; description: string }
  >,
});

export const UserErrorType = builder.objectRef<UserError>("UserError").implement({
  description:
    "A problem with a mutation's input that the client can fix. A mutation reports every problem it finds, and writes nothing when there is one.",
  fields: (t) => ({
    field: t.stringList({
      nullable: true,
      description:
        'Path to the argument or input field at fault, e.g. ["input", "salary", "max"] or ["input", "locations", "0", "postcode"]; null when the problem is the whole operation.',
      resolve: (e) => (e.field ? e.field.map(String) : null),
    }),
    code: t.field({ type: UserErrorCodeEnum, description: "What kind of problem.", resolve: (e) => e.code }),
    message: t.exposeString("message", { description: "What is wrong, in English, for people." }),
  }),
});

/** What a mutation resolver returns: the id of the object written (or the untouched one), and the problems. */
export interface Payload {
  id: string | null;
  userErrors: UserError[];
  /** A secret shown once (a webhook endpoint's signing secret). */
  secret?: string | null;
}

type PayloadFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Payload>;

/** A service result as a payload. */
export function toPayload(result: WriteResult<{ id: string }>): Payload {
  return result.ok ? { id: result.value.id, userErrors: [] } : { id: null, userErrors: result.errors };
}

/** A payload type `{ <field>: <Model>, userErrors }`; the object is re-read with the selection the client asked for. */
export function payloadType(
  name: string,
  description: string,
  field: string,
  model: "Employer" | "Posting" | "Benefit" | "WebhookEndpoint" | "WebhookDelivery",
  fieldDescription: string,
  /** More fields of the payload, read from the resolver's value (e.g. a secret shown once). */
  extraFields?: (t: PayloadFieldBuilder) => FieldMap,
) {
  return builder.objectRef<Payload>(name).implement({
    description,
    fields: (t) => ({
      ...extraFields?.(t),
      [field]: t.prismaField({
        type: model as "Posting",
        nullable: true,
        description: fieldDescription,
        resolve: (query, payload, _args, ctx) => {
          // Read the planned selection even when there is no object (Pothos warns about unread queries).
          const selection = { ...query };
          if (!payload.id) return null;
          // The three delegates share findUnique's shape; the selection Pothos planned is for `model`.
          const delegate = ctx.prisma[`${model[0]?.toLowerCase()}${model.slice(1)}` as "posting"] as unknown as typeof ctx.prisma.posting;
          return delegate.findUnique({ ...selection, where: { id: payload.id } });
        },
      }),
      userErrors: t.field({
        type: [UserErrorType],
        description: "Every problem found with the input; empty when the mutation succeeded.",
        resolve: (payload) => payload.userErrors,
      }),
    }),
  });
}
