import type { PrismaClient } from "./generated/prisma/client.js";

/** Per-request context. A fresh object per request: Pothos caches loaded models per context. */
export interface Context {
  prisma: PrismaClient;
  /** The request's clock, so one request sees one "now" (open/closed decisions agree). */
  now: Date;
  requestId: string;
  /** Per-request DataLoaders, by purpose and field (see schema/posting/nested-postings.ts). */
  loaders: Map<string, unknown>;
}

export function createContext({ prisma, requestId }: { prisma: PrismaClient; requestId: string }): Context {
  return { prisma, now: new Date(), requestId, loaders: new Map() };
}
