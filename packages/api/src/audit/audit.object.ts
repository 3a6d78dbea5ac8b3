import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../graphql/builder.js";

export const AuditEventType = builder.prismaObject("AuditEvent", {
  description: "One write through the API: who (the API key), what (the mutation and the object) and when.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The event's own ID." }),
    at: t.expose("at", { type: "DateTime", description: "When the write happened." }),
    mutation: t.exposeString("mutation", { description: 'The mutation, e.g. "publishPosting".' }),
    objectType: t.exposeString("objectType", { description: 'The type of the object written: "Employer", "Posting" or "Benefit".' }),
    objectId: t.id({ description: "The global ID of the object written.", resolve: (event) => encodeGlobalID(event.objectType, event.objectId) }),
    employerId: t.id({
      nullable: true,
      description: "Global ID of the employer the object belongs to.",
      resolve: (event) => (event.employerId ? encodeGlobalID("Employer", event.employerId) : null),
    }),
    apiKeyPrefix: t.exposeString("apiKeyPrefix", { nullable: true, description: "The prefix of the API key that made the write." }),
    apiKey: t.relation("apiKey", { nullable: true, description: "The API key that made the write." }),
    details: t.expose("details", {
      type: "JSON",
      nullable: true,
      description: "What changed: the input fields sent, status and version before and after.",
    }),
    requestId: t.exposeString("requestId", { nullable: true, description: "The request's `x-request-id`, to find its log line." }),
  }),
});

export const AuditEventConnection = builder.connectionObject(
  { type: AuditEventType, name: "AuditEventConnection", description: "A page of audit events." },
  { name: "AuditEventEdge", description: "An audit event in a page." },
);
