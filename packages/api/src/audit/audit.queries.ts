import type { Prisma } from "../generated/prisma/client.js";
import { builder, pageSize } from "../graphql/builder.js";
import { badUserInput } from "../graphql/errors.js";
import { AuditEventConnection } from "./audit.object.js";

const AuditEventFilter = builder.inputType("AuditEventFilter", {
  description: "Narrows the audit log. Criteria combine with AND; values inside one list combine with OR.",
  fields: (t) => ({
    objectIds: t.idList({ description: "Only writes to these objects (global IDs of employers, postings or benefits)." }),
    employerIds: t.globalIDList({ description: "Only writes to these employers and their postings (global IDs)." }),
    apiKeyPrefixes: t.stringList({ description: "Only writes made with these API keys (by prefix)." }),
    mutations: t.stringList({ description: 'Only these mutations, e.g. ["publishPosting", "closePosting"].' }),
    since: t.field({ type: "DateTime", description: "Only writes at or after this time." }),
    until: t.field({ type: "DateTime", description: "Only writes before this time." }),
  }),
});

type Filter = typeof AuditEventFilter.$inferInput | null | undefined;

function decodeObjectId(globalId: string | number | bigint): { objectType: string; objectId: string } {
  const decoded = Buffer.from(String(globalId), "base64").toString("utf8");
  const [objectType, objectId] = decoded.split(":");
  if (!objectType || !objectId || !/^[0-9a-f-]{36}$/i.test(objectId))
    throw badUserInput(`"${String(globalId)}" is not a valid Jobgraph ID.`, "filter.objectIds");
  return { objectType, objectId };
}

function auditWhere(filter: Filter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filter?.objectIds) and.push({ OR: filter.objectIds.map(decodeObjectId) });
  if (filter?.employerIds) {
    and.push({
      employerId: {
        in: filter.employerIds.map(({ typename, id }) => {
          if (typename !== "Employer") throw badUserInput(`filter.employerIds expects Employer IDs; got a ${typename} ID.`, "filter.employerIds");
          return id;
        }),
      },
    });
  }
  if (filter?.apiKeyPrefixes) and.push({ apiKeyPrefix: { in: filter.apiKeyPrefixes } });
  if (filter?.mutations) and.push({ mutation: { in: filter.mutations } });
  if (filter?.since) and.push({ at: { gte: filter.since } });
  if (filter?.until) and.push({ at: { lt: filter.until } });
  return { AND: and };
}

builder.queryField("auditEvents", (t) =>
  t.prismaConnection(
    {
      type: "AuditEvent",
      cursor: "id",
      maxSize: pageSize,
      description: "The audit log of every write, newest first. Admin keys only.",
      authScopes: { admin: true },
      args: { filter: t.arg({ type: AuditEventFilter, description: "Narrow the events." }) },
      resolve: (query, _root, args, ctx) =>
        ctx.prisma.auditEvent.findMany({ ...query, where: auditWhere(args.filter), orderBy: [{ at: "desc" }, { id: "desc" }] }),
      totalCount: (_root, args, ctx) => ctx.prisma.auditEvent.count({ where: auditWhere(args.filter) }),
    },
    AuditEventConnection,
  ),
);
