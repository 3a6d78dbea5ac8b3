// Which database a read goes to when read replicas are configured (DATABASE_REPLICA_URLS).
// Prisma's read-replicas extension sends model reads outside transactions to a replica, and raw
// SQL to the primary; these helpers say explicitly where raw SQL and fresh reads go. Without
// replicas both return the client unchanged.
import type { PrismaClient } from "../generated/prisma/client.js";

interface WithReplicas {
  $replica(): PrismaClient;
  $primary(): PrismaClient;
}

const hasReplicas = (prisma: PrismaClient): prisma is PrismaClient & WithReplicas => typeof (prisma as Partial<WithReplicas>).$replica === "function";

/** For read-only SQL that may lag the primary a little: the search and its facets. */
export const replica = (prisma: PrismaClient): PrismaClient => (hasReplicas(prisma) ? prisma.$replica() : prisma);

/** For reads that must see a write that has just committed (e.g. announcing it). */
export const primary = (prisma: PrismaClient): PrismaClient => (hasReplicas(prisma) ? prisma.$primary() : prisma);
