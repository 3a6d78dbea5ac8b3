// Webhook delivery in an API process: the dispatcher (changes → deliveries), the queue of attempts,
// the sweep that re-schedules what is due, and pruning of the change feed and old deliveries.

import pg from "pg";
import { CHANGE_RETENTION_DAYS, pruneChanges } from "../changes/feed.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../observability/logger.js";
import { attemptDelivery, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./attempt.js";
import { dispatchChanges } from "./dispatch.js";
import { type DeliveryQueue, graphileQueue, memoryQueue } from "./queue.js";
import { DEFAULT_OUTBOUND_POLICY, type OutboundPolicy } from "./send.js";

export interface WebhookRuntimeOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** The PostgreSQL database's URL: attempts queue in graphile-worker. Absent: in this process. */
  databaseUrl?: string;
  outbound?: OutboundPolicy;
  retry?: RetryPolicy;
  /** Attempts at once in this process (default 8). */
  concurrency?: number;
  /** How often the dispatcher looks for new changes (default 250 ms; on PostgreSQL it is also woken by each commit). */
  pollMs?: number;
  /** How often due deliveries are re-scheduled (default 5 s). */
  sweepMs?: number;
  /** How often the feed and old deliveries are pruned (default hourly). */
  pruneMs?: number;
}

export interface WebhookRuntime {
  readonly queue: DeliveryQueue["kind"];
  /** Runs the dispatcher now (it also runs every pollMs). */
  dispatchNow(): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhooks(options: WebhookRuntimeOptions): Promise<WebhookRuntime> {
  const { prisma, logger } = options;
  const outbound = options.outbound ?? DEFAULT_OUTBOUND_POLICY;
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const concurrency = options.concurrency ?? 8;
  const pollMs = options.pollMs ?? 250;
  const sweepMs = options.sweepMs ?? 5_000;
  const pruneMs = options.pruneMs ?? 3_600_000;
  const stopping = new AbortController();

  let queue: DeliveryQueue | undefined;
  const handle = async (id: string) => {
    const outcome = await attemptDelivery(prisma, id, { outbound, retry, signal: stopping.signal });
    if (outcome.outcome === "retry") await queue?.schedule([{ id, runAt: outcome.nextAttemptAt }]);
    if (outcome.outcome === "failed")
      logger.warn({ delivery: id, error: outcome.result.error }, "webhook delivery failed for good; endpoint disabled");
  };
  queue = options.databaseUrl ? await graphileQueue(options.databaseUrl, handle, concurrency, logger) : memoryQueue(handle, concurrency, logger);

  let dispatching: Promise<void> = Promise.resolve();
  let queued = false;
  const dispatch = () => {
    // One dispatch at a time; a request while one runs makes one more run after it (not one each).
    if (queued) return dispatching;
    queued = true;
    const run = async () => {
      queued = false;
      for (;;) {
        const outcome = await dispatchChanges(prisma, new Date(), 500, queue?.enqueueSql);
        if (outcome.deliveryIds.length) await queue?.schedule(outcome.deliveryIds.map((id) => ({ id, runAt: new Date() })));
        if (!outcome.more || stopping.signal.aborted) return;
      }
    };
    // After a failed run (the database away for a moment) the next one runs all the same: the
    // caller of the failed one heard of its error.
    dispatching = dispatching.then(run, run);
    return dispatching;
  };

  const sweep = async () => {
    const now = new Date();
    const due = await prisma.webhookDelivery.findMany({
      where: {
        status: "PENDING",
        nextAttemptAt: { lte: new Date(now.getTime() + sweepMs) },
        AND: [{ OR: [{ endpoint: { enabled: true } }, { changeTxid: null }] }, { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] }],
      },
      select: { id: true, nextAttemptAt: true },
      orderBy: { nextAttemptAt: "asc" },
      take: 1_000,
    });
    await queue?.schedule(due.map((row) => ({ id: row.id, runAt: row.nextAttemptAt ?? now })));
  };

  const prune = async () => {
    const now = new Date();
    const changes = await pruneChanges(prisma, now);
    const before = new Date(now.getTime() - CHANGE_RETENTION_DAYS * 86_400_000);
    const deliveries = await prisma.webhookDelivery.deleteMany({ where: { status: { not: "PENDING" }, createdAt: { lt: before } } });
    if (changes || deliveries.count) logger.info({ changes, deliveries: deliveries.count }, "pruned the change feed and old webhook deliveries");
  };

  const every = (ms: number, task: () => Promise<void>, name: string) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> = Promise.resolve();
    const tick = () => {
      running = task()
        .catch((err: unknown) => logger.warn({ err }, `webhooks: ${name}`))
        .finally(() => {
          if (!stopping.signal.aborted) {
            timer = setTimeout(tick, ms);
            timer.unref();
          }
        });
    };
    timer = setTimeout(tick, 0);
    timer.unref();
    return async () => {
      clearTimeout(timer);
      await running;
    };
  };

  // On PostgreSQL a commit that wrote changes notifies (the change triggers' pg_notify): dispatch at
  // once instead of at the next poll. The poll stays, for a lost connection or notification.
  const listener = options.databaseUrl ? await listenForChanges(options.databaseUrl, () => void dispatch().catch(() => {}), logger) : undefined;
  const stops = [every(pollMs, dispatch, "dispatch"), every(sweepMs, sweep, "sweep"), every(pruneMs, prune, "prune")];
  logger.info({ queue: queue.kind }, "webhook delivery started");
  return {
    queue: queue.kind,
    dispatchNow: dispatch,
    async close() {
      stopping.abort();
      await listener?.end().catch(() => {});
      await Promise.all(stops.map((stop) => stop()));
      await dispatching.catch(() => {});
      await queue?.close();
    },
  };
}

/** A connection of its own that LISTENs for committed changes. */
async function listenForChanges(connectionString: string, onChange: () => void, logger: Logger): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  client.on("error", (err) => logger.warn({ err }, "webhooks: change notifications lost; polling"));
  client.on("notification", onChange);
  await client.connect();
  await client.query("LISTEN jobgraph_changes");
  return client;
}
