// Webhook endpoint mutations: thin resolvers over endpoint.service.ts. scope-auth lets admin keys
// and employer keys with MANAGE_EMPLOYER call them; the service decides which endpoints each may touch.
import { builder } from "../graphql/builder.js";
import { type Payload, payloadType, toPayload } from "../graphql/user-error.js";
import type { WriteResult } from "../write/user-errors.js";
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput } from "./endpoint.input.js";
import { WebhookDeliveryType, WebhookEndpointType } from "./endpoint.object.js";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  redeliverWebhookDelivery,
  rotateWebhookEndpointSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
} from "./endpoint.service.js";

const endpointPayload = (name: string, description: string, withSecret = false) =>
  payloadType(
    name,
    description,
    "endpoint",
    "WebhookEndpoint",
    "The endpoint as it is now; null when the mutation failed.",
    withSecret
      ? (t) => ({
          secret: t.string({
            nullable: true,
            description:
              'The signing secret ("whsec_…"), shown this once: store it where your receiver verifies `webhook-signature` (see `verifyWebhook` in the SDK).',
            resolve: (payload) => payload.secret ?? null,
          }),
        })
      : undefined,
  );

const withSecret = (result: WriteResult<{ id: string; secret: string }>): Payload => ({
  ...toPayload(result),
  secret: result.ok ? result.value.secret : null,
});

const ENDPOINT_ID = "The endpoint's global ID.";

builder.mutationFields((t) => ({
  createWebhookEndpoint: t.field({
    type: endpointPayload("CreateWebhookEndpointPayload", "The result of `createWebhookEndpoint`, with the signing secret.", true),
    nullable: true,
    description:
      "Asks Jobgraph to POST each change, as it commits, to a URL: an employer key's endpoint receives its employer's changes (drafts included), an admin's every change (or its `employerIds`'). Needs MANAGE_EMPLOYER or an admin key.",
    authScopes: { manageEmployer: true },
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true, description: "The endpoint." }) },
    resolve: async (_root, args, ctx) => withSecret(await createWebhookEndpoint(ctx, args.input as never)),
  }),
  updateWebhookEndpoint: t.field({
    type: endpointPayload("UpdateWebhookEndpointPayload", "The result of `updateWebhookEndpoint`."),
    nullable: true,
    description: "Changes an endpoint: its URL, filters, or `enabled` (false to pause deliveries; true to resume, also after Jobgraph disabled it).",
    authScopes: { manageEmployer: true },
    args: {
      id: t.arg.globalID({ for: WebhookEndpointType, required: true, description: ENDPOINT_ID }),
      input: t.arg({ type: UpdateWebhookEndpointInput, required: true, description: "The changes." }),
    },
    resolve: async (_root, args, ctx) => toPayload(await updateWebhookEndpoint(ctx, args.id.id, args.input as never)),
  }),
  deleteWebhookEndpoint: t.field({
    type: endpointPayload("DeleteWebhookEndpointPayload", "The result of `deleteWebhookEndpoint` (`endpoint` is null once deleted)."),
    nullable: true,
    description: "Deletes an endpoint and its delivery history; nothing more is sent to it.",
    authScopes: { manageEmployer: true },
    args: { id: t.arg.globalID({ for: WebhookEndpointType, required: true, description: ENDPOINT_ID }) },
    resolve: async (_root, args, ctx) => toPayload(await deleteWebhookEndpoint(ctx, args.id.id)),
  }),
  rotateWebhookEndpointSecret: t.field({
    type: endpointPayload("RotateWebhookEndpointSecretPayload", "The result of `rotateWebhookEndpointSecret`, with the new secret.", true),
    nullable: true,
    description:
      "Replaces the endpoint's signing secret. For 24 hours every request carries two signatures, by the new and the previous secret, so the receiver can switch without losing events.",
    authScopes: { manageEmployer: true },
    args: { id: t.arg.globalID({ for: WebhookEndpointType, required: true, description: ENDPOINT_ID }) },
    resolve: async (_root, args, ctx) => withSecret(await rotateWebhookEndpointSecret(ctx, args.id.id)),
  }),
  sendTestWebhook: t.field({
    type: payloadType(
      "SendTestWebhookPayload",
      "The result of `sendTestWebhook`.",
      "delivery",
      "WebhookDelivery",
      "The test delivery, PENDING: read it again (or the endpoint's `deliveries`) for how the attempt went; null when the mutation failed.",
    ),
    nullable: true,
    description:
      "Sends a signed `webhook.test` event (`data: { message }`) to the endpoint within seconds, even while it is disabled, to check a receiver; it is retried like any delivery.",
    authScopes: { manageEmployer: true },
    args: { id: t.arg.globalID({ for: WebhookEndpointType, required: true, description: ENDPOINT_ID }) },
    resolve: async (_root, args, ctx) => toPayload(await sendTestWebhook(ctx, args.id.id)),
  }),
  redeliverWebhookDelivery: t.field({
    type: payloadType(
      "RedeliverWebhookDeliveryPayload",
      "The result of `redeliverWebhookDelivery`.",
      "delivery",
      "WebhookDelivery",
      "The delivery, PENDING again; null when the mutation failed.",
    ),
    nullable: true,
    description: "Sends a delivery again now, whatever its status, with the same `webhook-id` and body (receivers that deduplicate ignore a repeat).",
    authScopes: { manageEmployer: true },
    args: { id: t.arg.globalID({ for: WebhookDeliveryType, required: true, description: "The delivery's global ID." }) },
    resolve: async (_root, args, ctx) => toPayload(await redeliverWebhookDelivery(ctx, args.id.id)),
  }),
}));
