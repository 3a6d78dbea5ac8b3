// Inputs of the webhook endpoint mutations: zod schemas that validate them and carry their GraphQL
// descriptions (graphql/zod-input.ts).
import { z } from "zod";
import { ChangeKind, ChangeObjectType } from "../generated/prisma/enums.js";
import { zodInputType } from "../graphql/zod-input.js";
import { optionalText } from "../write/fields.js";

const WebhookEndpointFieldsSchema = z.object({
  url: z.string().max(2000).meta({ description: "Where to POST the events: an absolute https (or http) URL on a public address." }),
  description: optionalText(500).meta({ description: "What the endpoint is for, for people." }),
  kinds: z.array(z.enum(ChangeKind)).max(6).nullish().meta({ description: "Only these kinds of change (default: all)." }),
  types: z.array(z.enum(ChangeObjectType)).max(3).nullish().meta({ description: "Only changes to these kinds of object (default: all)." }),
});

export const CreateWebhookEndpointSchema = WebhookEndpointFieldsSchema;
export const UpdateWebhookEndpointSchema = WebhookEndpointFieldsSchema.partial().extend({
  enabled: z
    .boolean()
    .nullish()
    .meta({ description: "false stops deliveries; true starts them again (also after Jobgraph disabled the endpoint), retrying what is pending." }),
});

export const CreateWebhookEndpointInput = zodInputType(CreateWebhookEndpointSchema, {
  name: "CreateWebhookEndpointInput",
  description: "A new webhook endpoint. An employer key's endpoint receives its own employer's changes only.",
  // Not validated by the schema: decoded by GraphQL, checked by the service (admin keys only).
  fields: (t) => ({
    employerIds: t.globalIDList({ description: "An admin key's endpoint: only changes of these employers and their postings (default: all)." }),
  }),
});

export const UpdateWebhookEndpointInput = zodInputType(UpdateWebhookEndpointSchema, {
  name: "UpdateWebhookEndpointInput",
  description: "Changes to a webhook endpoint: fields left out keep their values.",
  descriptions: { url: "Where to POST the events (see `CreateWebhookEndpointInput.url`)." },
  fields: (t) => ({
    employerIds: t.globalIDList({ description: "An admin key's endpoint: only changes of these employers (empty list: all)." }),
  }),
});
