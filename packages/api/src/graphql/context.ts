import type { PrismaClient } from "../generated/prisma/client.js";
import type { LiveEvents } from "../live/events.js";
import { ANONYMOUS, type Viewer } from "../viewer/viewer.js";
import type { OutboundPolicy } from "../webhooks/send.js";
import { type CursorCodec, processCursorCodec } from "./cursor.js";

/** Per-request context. A fresh object per request: Pothos caches loaded models per context. */
export interface Context {
  prisma: PrismaClient;
  /** The request's clock, so one request sees one "now" (open/closed decisions agree). */
  now: Date;
  requestId: string;
  /** Who is calling, from the request's API key (anonymous without one). */
  viewer: Viewer;
  /** The `Idempotency-Key` header: the idempotency key of create mutations that do not pass one as an argument. */
  idempotencyKey: string | null;
  /** Per-request DataLoaders, by purpose and field (see posting/nested-postings.ts). */
  loaders: Map<string, unknown>;
  /** Where writes are announced and subscriptions listen (absent: writes announce nothing). */
  events?: LiveEvents;
  /**
   * The request's deadline (`Date.now()` ms) and the signal that aborts when it passes or the
   * client goes away, its reason a coded GraphQLError (protection/execution-timeout.ts); statements
   * run with it are cancelled then (db/raw-query.ts). Set when the operation starts executing.
   */
  deadline?: number;
  signal?: AbortSignal;
  /** Signs and verifies connection cursors (graphql/cursor.ts). */
  cursors: CursorCodec;
  /** Where webhook endpoints may point (webhooks/send.ts; absent: the default, public addresses only). */
  webhookPolicy?: OutboundPolicy;
}

export function createContext({
  prisma,
  requestId,
  viewer = ANONYMOUS,
  now = new Date(),
  idempotencyKey = null,
  events,
  cursors = processCursorCodec,
  webhookPolicy,
}: {
  prisma: PrismaClient;
  requestId: string;
  viewer?: Viewer;
  now?: Date;
  idempotencyKey?: string | null;
  events?: LiveEvents;
  cursors?: CursorCodec;
  webhookPolicy?: OutboundPolicy;
}): Context {
  return { prisma, now, requestId, viewer, idempotencyKey, loaders: new Map(), events, cursors, webhookPolicy };
}
