// Who the caller is (`viewer`), and the API key type shown to its holder and to admins.

import { ApiKeyScope } from "../generated/prisma/enums.js";
import { builder } from "../graphql/builder.js";
import type { Viewer } from "./viewer.js";

export const ApiKeyScopeEnum = builder.enumType("ApiKeyScope", {
  description: "What an API key may do.",
  values: {
    [ApiKeyScope.READ_DRAFTS]: { value: ApiKeyScope.READ_DRAFTS, description: "Read the key's employer's DRAFT and ARCHIVED postings." },
    [ApiKeyScope.WRITE_POSTINGS]: {
      value: ApiKeyScope.WRITE_POSTINGS,
      description: "Create, change, publish, close and archive the employer's postings and set their benefits (includes READ_DRAFTS).",
    },
    [ApiKeyScope.MANAGE_EMPLOYER]: { value: ApiKeyScope.MANAGE_EMPLOYER, description: "Change the employer's profile and its benefits." },
    [ApiKeyScope.ADMIN]: {
      value: ApiKeyScope.ADMIN,
      description:
        "Platform administration: everything, for every employer, plus creating employers and catalogue benefits and reading the audit log.",
    },
  } as const,
});

// Registered by this call; relations and fields name it by its Prisma model, so nothing holds a reference to it.
builder.prismaObject("ApiKey", {
  description: "An API key, as its holder and admins see it: never its secret.",
  fields: (t) => ({
    prefix: t.exposeString("prefix", { description: 'The public part of the key ("jg_live_<prefix>_..."), used to name it in lists and logs.' }),
    name: t.exposeString("name", { nullable: true, description: "A label given at creation." }),
    scopes: t.field({ type: [ApiKeyScopeEnum], description: "What the key may do.", resolve: (key) => key.scopes }),
    employer: t.relation("employer", { nullable: true, description: "The employer the key acts for; null for an admin key." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "When the key stops working; null when it does not expire." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "When the key was revoked." }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "When the key was last used (to the minute)." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the key was created." }),
  }),
});

const ViewerKind = builder.enumType("ViewerKind", {
  description: "What kind of caller.",
  values: {
    ANONYMOUS: { description: "No API key: published data only." },
    EMPLOYER: { description: "An employer's API key: that employer's data, within the key's scopes." },
    ADMIN: { description: "A platform admin key." },
  } as const,
});

export const ViewerType = builder.objectRef<Viewer>("Viewer").implement({
  description: "The caller of this request, as identified by its API key.",
  fields: (t) => ({
    kind: t.field({ type: ViewerKind, description: "Anonymous, an employer's key or an admin key.", resolve: (viewer) => viewer.kind }),
    scopes: t.field({
      type: [ApiKeyScopeEnum],
      description: "The key's scopes; empty when anonymous.",
      resolve: (viewer) => (viewer.kind === "ANONYMOUS" ? [] : [...viewer.scopes]),
    }),
    employer: t.prismaField({
      type: "Employer",
      nullable: true,
      description: "The employer the key acts for; null for anonymous callers and admin keys.",
      resolve: (query, viewer, _args, ctx) => {
        const selection = { ...query }; // read even when unused: Pothos warns about unread queries
        return viewer.kind === "EMPLOYER" ? ctx.prisma.employer.findUnique({ ...selection, where: { id: viewer.employerId } }) : null;
      },
    }),
    apiKey: t.prismaField({
      type: "ApiKey",
      nullable: true,
      description: "The key used for this request; null when anonymous.",
      resolve: (query, viewer, _args, ctx) => {
        const selection = { ...query };
        return viewer.kind === "ANONYMOUS" ? null : ctx.prisma.apiKey.findUnique({ ...selection, where: { id: viewer.keyId } });
      },
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({
    type: ViewerType,
    description: "Who is calling: anonymous, an employer's API key or an admin key, with the key's scopes.",
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);
