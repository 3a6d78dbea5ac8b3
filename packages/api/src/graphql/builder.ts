import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type PrismaTypes from "../generated/prisma/pothos-types.js";
import { getDatamodel } from "../generated/prisma/pothos-types.js";
import { hasScope } from "../viewer/viewer.js";
import type { Context } from "./context.js";
import { badUserInput, forbidden, unauthenticated } from "./errors.js";
import { PAGE_SIZE } from "./page-size.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Connection: { totalCount?: number | (() => Promise<number>) };
  DefaultInputFieldRequiredness: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: Date; Output: Date | string };
    URL: { Input: URL; Output: URL | string };
    CountryCode: { Input: string; Output: string };
    Currency: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  /** What the caller may do at all (see viewer/viewer.ts); which rows it may touch is viewer/access.ts. */
  AuthScopes: {
    authenticated: boolean;
    admin: boolean;
    readDrafts: boolean;
    writePostings: boolean;
    manageEmployer: boolean;
  };
}>({
  // scope-auth first, so no other plugin's wrapper runs before the check.
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: ({ viewer }) => ({
      authenticated: viewer.kind !== "ANONYMOUS",
      admin: viewer.kind === "ADMIN",
      readDrafts: hasScope(viewer, "READ_DRAFTS"),
      writePostings: hasScope(viewer, "WRITE_POSTINGS"),
      manageEmployer: hasScope(viewer, "MANAGE_EMPLOYER"),
    }),
    unauthorizedError: (_parent, { viewer }, info) =>
      viewer.kind === "ANONYMOUS"
        ? unauthenticated(`\`${info.fieldName}\` needs an API key: send "Authorization: Bearer <key>".`)
        : forbidden(`Your API key (${viewer.prefix}) may not use \`${info.fieldName}\`: it lacks the scope this needs.`),
  },
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    // Every type and field carries its own description, written for API users.
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
    defaultConnectionSize: PAGE_SIZE.default,
    maxConnectionSize: PAGE_SIZE.max,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: {
      description: "Fetches any object by its global ID; null when it does not exist or is not visible to the caller.",
      args: { id: { description: "A global ID, as returned in any `id` field." } },
    },
    nodesQueryOptions: {
      description: "Fetches several objects by global ID, in the order given; null for each one that does not exist.",
      args: { ids: { description: "Global IDs, as returned in `id` fields." } },
    },
    nodeTypeOptions: {
      description: "An object with a globally unique, opaque ID.",
    },
    pageInfoTypeOptions: {
      description: "Where a page sits in its connection, with the cursors to fetch the next or previous page.",
    },
    decodeGlobalID: decodeGlobalId,
    // GitHub-style `nodes` shortcut beside `edges`, and descriptions on every generated field.
    nodesOnConnection: {
      description: "The nodes of this page, without their cursors.",
    },
    edgesFieldOptions: {
      description: "The nodes of this page, each with its cursor.",
      nullable: { list: false, items: false },
    },
    nodeFieldOptions: {
      description: "The node at this edge.",
      nullable: false,
    },
    cursorFieldOptions: {
      description: "Opaque cursor for this edge; pass it as `after` or `before`.",
    },
    pageInfoFieldOptions: { description: "Paging information." },
    hasNextPageFieldOptions: {
      description: "Whether a page follows this one.",
    },
    hasPreviousPageFieldOptions: {
      description: "Whether a page precedes this one.",
    },
    startCursorFieldOptions: {
      description: "Cursor of the first edge in this page.",
    },
    endCursorFieldOptions: {
      description: "Cursor of the last edge in this page.",
    },
    firstArgOptions: {
      description: `Return the first n items (0 to ${PAGE_SIZE.max}; default ${PAGE_SIZE.default}).`,
    },
    lastArgOptions: { description: `Return the last n items (0 to ${PAGE_SIZE.max}).` },
    afterArgOptions: { description: "Return items after this cursor." },
    beforeArgOptions: { description: "Return items before this cursor." },
    idFieldOptions: { description: "Globally unique, opaque ID." },
  },
});

/** The builder's schema types, for helpers that take a field builder (e.g. InputFieldBuilder<BuilderTypes, "InputObject">). */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** Every object's key is a UUID (prisma/schema.prisma): a key of any other form names nothing. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An object's global ID: "Type:id" in base64, what every `id` field returns (Pothos' relay encoding). */
export const encodeGlobalId = (typename: string, id: string): string => Buffer.from(`${typename}:${id}`, "utf8").toString("base64");

/**
 * Decodes an opaque global ID ("Type:id" in base64), rejecting anything else with a clear error:
 * the type must be one of the schema's object types and the key a UUID, so a well-formed ID
 * naming a type or key that cannot exist (`Posting:not-a-uuid`, `posting:x`) is BAD_USER_INPUT
 * here, for every argument that takes an ID, rather than a database or Pothos error later.
 */
function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  // Re-encoding must give the input back: rejects arbitrary strings that merely decode to bytes.
  if (
    separator <= 0 ||
    Buffer.from(decoded, "utf8").toString("base64") !== globalId ||
    !UUID.test(id) ||
    !builder.configStore.hasConfig(typename) ||
    builder.configStore.getTypeConfig(typename).graphqlKind !== "Object"
  ) {
    throw badUserInput(`"${truncate(globalId)}" is not a valid Jobgraph ID.`, "id");
  }
  return { typename, id };
}

function truncate(value: string): string {
  return value.length > 64 ? `${value.slice(0, 61)}...` : value;
}

/**
 * `maxSize` for every connection: validates the page size the client asked for and returns the
 * limit. Pothos would silently cut an oversized page; a client asking for 10,000 rows should
 * learn that it gets at most 100.
 */
export function pageSize(args: { first?: number | null; last?: number | null }): number {
  for (const name of ["first", "last"] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > PAGE_SIZE.max)) {
      throw badUserInput(`Argument "${name}" must be between 0 and ${PAGE_SIZE.max}; got ${value}.`, name);
    }
  }
  return PAGE_SIZE.max;
}

/** Adds `totalCount` to a shared connection type (Pothos leaves it to us for shared connections). */
builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items match, across all pages.",
    resolve: async (parent) => {
      const total = typeof parent.totalCount === "function" ? await parent.totalCount() : parent.totalCount;
      if (total === undefined) throw new Error("totalCount is not available on this connection");
      return total;
    },
  }),
);
