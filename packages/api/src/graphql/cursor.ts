// Every connection cursor the API hands out is signed (HMAC-SHA256 with the server's cursor secret,
// CURSOR_SECRET) and bound to the connection field it came from; every cursor a client sends back is
// verified before any resolver sees it. A cursor is therefore always one this server produced for
// this field: a forged, edited or borrowed one is refused as BAD_USER_INPUT, never turned into SQL.
// `signConnectionCursors` applies this to every field of the schema with an `after` or `before`
// argument, so a new connection is covered without doing anything.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import {
  defaultFieldResolver,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { badUserInput } from "./errors.js";

/** Signs and verifies cursors with one secret. */
export interface CursorCodec {
  /** The cursor to hand out for `payload` (the connection's own cursor) on connection field `field`. */
  seal(field: string, payload: string): string;
  /** The payload of a cursor from `field`, or a BAD_USER_INPUT error naming `argument`. */
  open(field: string, cursor: string, argument: string): string;
  /** Whether the secret was configured (false: a random one for this process only). */
  configured: boolean;
}

/** Longer than any cursor this server produces: refused before hashing. */
const MAX_CURSOR_LENGTH = 1024;
/** 128 bits of HMAC-SHA256, base64url. */
const TAG_LENGTH = 22;

export function createCursorCodec(secret?: string): CursorCodec {
  const key = secret ? Buffer.from(secret, "utf8") : randomBytes(32);
  const tag = (field: string, payload: string) =>
    createHmac("sha256", key).update(field).update("\n").update(payload).digest("base64url").slice(0, TAG_LENGTH);
  return {
    configured: Boolean(secret),
    seal: (field, payload) => `${payload}.${tag(field, payload)}`,
    open(field, cursor, argument) {
      const dot = cursor.lastIndexOf(".");
      if (cursor.length <= MAX_CURSOR_LENGTH && dot > 0) {
        const payload = cursor.slice(0, dot);
        const given = Buffer.from(cursor.slice(dot + 1));
        const expected = Buffer.from(tag(field, payload));
        if (given.length === expected.length && timingSafeEqual(given, expected)) return payload;
      }
      throw badUserInput(
        `Argument "${argument}" is not a valid cursor: pass back unchanged a cursor this connection returned (in \`edges.cursor\` or \`pageInfo\`).`,
        argument,
      );
    },
  };
}

/** Without CURSOR_SECRET: a random secret for this process, so cursors do not survive a restart or work on another process. */
export const processCursorCodec = createCursorCodec();

interface ConnectionValue {
  edges?: Array<{ cursor?: unknown } | null>;
  pageInfo?: { startCursor?: unknown; endCursor?: unknown };
}

function sealConnection(connection: unknown, codec: CursorCodec, field: string): unknown {
  if (!connection || typeof connection !== "object") return connection;
  const { edges, pageInfo } = connection as ConnectionValue;
  const seal = (cursor: unknown) => (typeof cursor === "string" ? codec.seal(field, cursor) : cursor);
  for (const edge of edges ?? []) if (edge) edge.cursor = seal(edge.cursor);
  if (pageInfo) {
    pageInfo.startCursor = seal(pageInfo.startCursor);
    pageInfo.endCursor = seal(pageInfo.endCursor);
  }
  return connection;
}

/** Per connection field of a document: whether it may select a cursor. */
const selectsCursors = new WeakMap<FieldNode, boolean>();

/**
 * Whether this connection field's selection may read a cursor (`edges { cursor }`, `pageInfo {
 * startCursor endCursor }`): when it cannot, the page is handed out unsigned, since nobody sees its
 * cursors (a page of `nodes` under a list of 20 employers signed 120 unread cursors, 10 % of the
 * server's CPU). Fragments, and fields under directives, count as selecting them.
 */
function mayReadCursors(fieldNodes: readonly FieldNode[]): boolean {
  const first = fieldNodes[0];
  if (!first) return true;
  let known = selectsCursors.get(first);
  if (known === undefined) {
    known = fieldNodes.length > 1 || selectionReads(first.selectionSet, 0);
    selectsCursors.set(first, known);
  }
  return known;
}

function selectionReads(set: SelectionSetNode | undefined, depth: number): boolean {
  for (const selection of set?.selections ?? []) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return true;
    const name = selection.name.value;
    if (depth === 0 && (name === "edges" || name === "pageInfo") && selectionReads(selection.selectionSet, 1)) return true;
    if (depth === 1 && (name === "cursor" || name === "startCursor" || name === "endCursor")) return true;
  }
  return false;
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === "function";

const CURSOR_ARGUMENTS = ["after", "before"] as const;

/**
 * Wraps every field taking `after` or `before` (every connection): the arguments are verified and
 * replaced by the payload the connection signed, and the connection's edge and page cursors are
 * signed on the way out. The codec comes from the request's context (`cursors`).
 */
export function signConnectionCursors<T extends GraphQLSchema>(schema: T): T {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => (CURSOR_ARGUMENTS as readonly string[]).includes(arg.name))) continue;
      // A field whose cursors are durable positions that check themselves (the change feed's).
      if (field.extensions?.durableCursor) continue;
      const name = `${type.name}.${field.name}`;
      const resolve: GraphQLFieldResolver<unknown, { cursors: CursorCodec }> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, ctx, info) => {
        let opened = args;
        for (const argument of CURSOR_ARGUMENTS) {
          const cursor = args[argument];
          if (typeof cursor === "string") opened = { ...opened, [argument]: ctx.cursors.open(name, cursor, argument) };
        }
        const result = resolve(parent, opened, ctx, info);
        if (!mayReadCursors(info.fieldNodes)) return result;
        return isPromiseLike(result) ? result.then((value) => sealConnection(value, ctx.cursors, name)) : sealConnection(result, ctx.cursors, name);
      };
    }
  }
  return schema;
}
