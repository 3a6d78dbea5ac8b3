// From the change feed to deliveries: one process at a time (an advisory lock) reads the changes
// after the last one dispatched, makes one delivery per endpoint that receives each, and moves the
// dispatched position, in one transaction. Deliveries come from the outbox the triggers wrote, so
// nothing committed is missed and nothing rolled back is sent.

import type { ChangeRow } from "../changes/feed.js";
import { CHANGE_TYPENAME, changeMatches, encodeFeedCursor, readChangePage } from "../changes/feed.js";
import { Prisma, type PrismaClient, type WebhookEndpoint } from "../generated/prisma/client.js";
import { encodeGlobalId } from "../graphql/builder.js";

/** The advisory lock key of the dispatcher ("jg-wh"). */
const DISPATCH_LOCK = 0x6a67_7768;

/** The body of a change event (Standard Webhooks: type, timestamp, data). */
export interface ChangeEventBody {
  type: string;
  timestamp: string;
  data: {
    id: string;
    kind: string;
    objectType: string;
    objectId: string;
    employerId: string | null;
    changedFields: string[];
    at: string;
  };
}

/** `posting.published`, `employer.updated`, … */
export const eventType = (change: Pick<ChangeRow, "objectType" | "kind">) => `${change.objectType.toLowerCase()}.${change.kind.toLowerCase()}`;

export function changeEventBody(change: ChangeRow): ChangeEventBody {
  return {
    type: eventType(change),
    timestamp: change.at.toISOString(),
    data: {
      id: encodeFeedCursor(change),
      kind: change.kind,
      objectType: change.objectType,
      objectId: encodeGlobalId(CHANGE_TYPENAME[change.objectType], change.objectId),
      employerId: change.employerId ? encodeGlobalId("Employer", change.employerId) : null,
      changedFields: change.changedFields,
      at: change.at.toISOString(),
    },
  };
}

/**
 * Whether an endpoint receives a change: an employer's endpoint only its own employer's changes
 * (drafts included: its key may read them); an admin's every change, or its employers' only; then
 * its kinds and types, if it names any.
 */
export function endpointReceives(endpoint: Pick<WebhookEndpoint, "employerId" | "employerIds" | "kinds" | "types">, change: ChangeRow): boolean {
  if (endpoint.employerId !== null && change.employerId !== endpoint.employerId) return false;
  // The feed's filter; an endpoint stores "all" as an empty list.
  const all = <T>(list: T[]) => (list.length ? list : null);
  return changeMatches({ types: all(endpoint.types), kinds: all(endpoint.kinds), employerIds: all(endpoint.employerIds) }, change);
}

export interface DispatchOutcome {
  /** False when another process holds the dispatcher's lock. */
  ran: boolean;
  /** Changes read. */
  changes: number;
  /** Deliveries made, to schedule now (none when they were queued in the transaction). */
  deliveryIds: string[];
  /** Whether more changes are waiting. */
  more: boolean;
}

/**
 * Dispatches up to `batchSize` changes. `enqueue`, when given, queues the new deliveries' first
 * attempts in the same transaction (graphile-worker's add_jobs): they are queued if and only if
 * they are made. Without it, the caller schedules `deliveryIds` after the commit.
 */
export async function dispatchChanges(
  prisma: PrismaClient,
  now: Date,
  batchSize = 500,
  enqueue?: (ids: string[]) => Prisma.Sql,
): Promise<DispatchOutcome> {
  return prisma.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<[{ locked: boolean }]>`SELECT pg_try_advisory_xact_lock(${DISPATCH_LOCK}) AS locked`;
      if (!lock.locked) return { ran: false, changes: 0, deliveryIds: [], more: false };
      const [state] = await tx.$queryRaw<[{ txid: bigint; seq: bigint }]>`
        SELECT dispatched_txid AS txid, dispatched_seq AS seq FROM change_feed_state WHERE id = 1`;
      const from = { txid: BigInt(state.txid), seq: BigInt(state.seq) };
      const page = await readChangePage(tx, from, batchSize, Prisma.sql`TRUE`);
      const endpoints = page.rows.length ? await tx.webhookEndpoint.findMany({ where: { enabled: true } }) : [];
      const rows: Prisma.WebhookDeliveryCreateManyInput[] = [];
      for (const change of page.rows) {
        for (const endpoint of endpoints) {
          if (!endpointReceives(endpoint, change)) continue;
          const body = changeEventBody(change);
          rows.push({
            endpointId: endpoint.id,
            changeTxid: change.txid,
            changeSeq: change.seq,
            eventType: body.type,
            payload: JSON.stringify(body),
            nextAttemptAt: now,
          });
        }
      }
      const created = rows.length ? await tx.webhookDelivery.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true } }) : [];
      const ids = created.map((row) => row.id);
      if (enqueue && ids.length) await tx.$executeRaw(enqueue(ids));
      if (page.end.txid !== from.txid || page.end.seq !== from.seq) {
        await tx.$executeRaw`UPDATE change_feed_state SET dispatched_txid = ${page.end.txid}, dispatched_seq = ${page.end.seq} WHERE id = 1`;
      }
      return { ran: true, changes: page.rows.length, deliveryIds: enqueue ? [] : ids, more: page.hasNextPage };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}
