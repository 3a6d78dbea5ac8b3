// WebhookEndpoint and WebhookDelivery as API keys see them: the endpoints they manage, with the
// deliveries made to each (what was sent, how each attempt went).

import { encodeFeedCursor } from "../changes/feed.js";
import { builder, encodeGlobalId, pageSize } from "../graphql/builder.js";
import { ChangeKindEnum, ChangeObjectTypeEnum, WebhookDeliveryStatusEnum } from "../graphql/enums.js";
import { manageableEndpointsWhere } from "./access.js";

export const WebhookDeliveryType = builder.prismaNode("WebhookDelivery", {
  description: "One change sent to one endpoint. Every attempt carries the same `webhook-id` and body.",
  id: { field: "id", description: "Global ID." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, endpoint: manageableEndpointsWhere(ctx.viewer) }),
  fields: (t) => ({
    webhookId: t.exposeString("id", { description: "The `webhook-id` header of every attempt: receivers deduplicate by it." }),
    eventType: t.exposeString("eventType", { description: 'The event\'s `type`, e.g. "posting.published".' }),
    payload: t.exposeString("payload", { description: "The request body, as sent (JSON)." }),
    changeCursor: t.string({
      nullable: true,
      description: "The change feed's cursor of the change delivered: read `changes(after:)` from here to catch up. Null for a test event.",
      resolve: (delivery) =>
        delivery.changeTxid === null || delivery.changeSeq === null ? null : encodeFeedCursor({ txid: delivery.changeTxid, seq: delivery.changeSeq }),
    }),
    status: t.expose("status", {
      type: WebhookDeliveryStatusEnum,
      description: "PENDING until an attempt succeeds, or until 24 hours of retries fail.",
    }),
    attempts: t.exposeInt("attempts", { description: "Attempts made." }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", nullable: true, description: "When the next attempt is due (PENDING)." }),
    lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true, description: "When the last attempt was made." }),
    lastStatus: t.exposeInt("lastStatus", { nullable: true, description: "The HTTP status of the last attempt; null when none came back." }),
    lastError: t.exposeString("lastError", {
      nullable: true,
      description: 'Why the last attempt failed, e.g. "HTTP 503" or "timed out after 10000 ms".',
    }),
    lastResponse: t.exposeString("lastResponse", { nullable: true, description: "The first 1,024 characters of the last response's body." }),
    lastDurationMs: t.exposeInt("lastDurationMs", { nullable: true, description: "How long the last attempt took, in milliseconds." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the change was dispatched to this endpoint." }),
  }),
});

const WebhookDeliveryConnection = builder.connectionObject(
  { type: WebhookDeliveryType, name: "WebhookDeliveryConnection", description: "A page of webhook deliveries." },
  { name: "WebhookDeliveryEdge", description: "A webhook delivery in a page." },
);

export const WebhookEndpointType = builder.prismaNode("WebhookEndpoint", {
  description:
    "Where Jobgraph sends changes as they commit, signed as Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). See docs/change-feed.md.",
  id: { field: "id", description: "Global ID." },
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [manageableEndpointsWhere(ctx.viewer)] }),
  fields: (t) => ({
    url: t.exposeString("url", { description: "Where events are POSTed." }),
    description: t.exposeString("description", { nullable: true, description: "What the endpoint is for." }),
    kinds: t.field({ type: [ChangeKindEnum], description: "Kinds of change it receives (empty: all).", resolve: (e) => e.kinds }),
    types: t.field({ type: [ChangeObjectTypeEnum], description: "Kinds of object it receives changes of (empty: all).", resolve: (e) => e.types }),
    employer: t.relation("employer", {
      nullable: true,
      description: "The employer whose changes it receives (an employer key's endpoint); null for an admin's.",
    }),
    employerIds: t.idList({
      description: "An admin endpoint's filter: the employers whose changes it receives (empty: all).",
      resolve: (e) => e.employerIds.map((id) => encodeGlobalId("Employer", id)),
    }),
    enabled: t.exposeBoolean("enabled", {
      description: "Whether changes are sent. Jobgraph disables an endpoint whose deliveries fail for 24 hours.",
    }),
    disabledAt: t.expose("disabledAt", { type: "DateTime", nullable: true, description: "When it was disabled." }),
    disabledReason: t.exposeString("disabledReason", {
      nullable: true,
      description: "Why it was disabled, e.g. the last failure after 24 hours of retries.",
    }),
    secretRotatedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "Until when the previous secret also signs, after `rotateWebhookEndpointSecret`.",
      resolve: (e) => (e.previousSecretExpiresAt && e.previousSecretExpiresAt > new Date() ? e.previousSecretExpiresAt : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last changed." }),
    deliveries: t.relatedConnection(
      "deliveries",
      {
        cursor: "id",
        maxSize: pageSize,
        description: "Deliveries to this endpoint, newest first.",
        args: { status: t.arg({ type: WebhookDeliveryStatusEnum, description: "Only deliveries in this status." }) },
        query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
        totalCount: true,
      },
      WebhookDeliveryConnection,
    ),
  }),
});

const WebhookEndpointConnection = builder.connectionObject(
  { type: WebhookEndpointType, name: "WebhookEndpointConnection", description: "A page of webhook endpoints." },
  { name: "WebhookEndpointEdge", description: "A webhook endpoint in a page." },
);

builder.queryField("webhookEndpoints", (t) =>
  t.prismaConnection(
    {
      type: "WebhookEndpoint",
      cursor: "id",
      maxSize: pageSize,
      description: "The webhook endpoints your API key manages: an admin key's all, an employer key's (MANAGE_EMPLOYER) its employer's.",
      authScopes: { manageEmployer: true },
      resolve: (query, _root, _args, ctx) =>
        ctx.prisma.webhookEndpoint.findMany({
          ...query,
          where: manageableEndpointsWhere(ctx.viewer),
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
      totalCount: (_root, _args, ctx) => ctx.prisma.webhookEndpoint.count({ where: manageableEndpointsWhere(ctx.viewer) }),
    },
    WebhookEndpointConnection,
  ),
);
