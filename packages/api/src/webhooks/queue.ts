// Where delivery attempts wait for their time: in this process on the embedded database; on
// PostgreSQL in graphile-worker's job table, so every API process takes attempts from one queue and
// each job runs in one of them at a time. Either way the delivery row is the truth (status, next
// attempt) and a sweep re-schedules anything due that a queue lost (a process killed mid-attempt).
import { Prisma } from "../generated/prisma/client.js";
import type { Logger } from "../observability/logger.js";

export interface ScheduledAttempt {
  id: string;
  runAt: Date;
}

export interface DeliveryQueue {
  readonly kind: "memory" | "graphile-worker";
  /** SQL that queues first attempts inside the transaction that makes the deliveries, if the queue is in the database. */
  readonly enqueueSql?: (ids: string[]) => Prisma.Sql;
  schedule(attempts: readonly ScheduledAttempt[]): Promise<void>;
  /** Stops taking attempts and waits for those running. */
  close(): Promise<void>;
}

export type AttemptHandler = (id: string) => Promise<void>;

/** In this process: a timer per delivery, at most `concurrency` attempts at once. */
export function memoryQueue(handle: AttemptHandler, concurrency: number, logger: Logger): DeliveryQueue {
  const timers = new Map<string, NodeJS.Timeout>();
  const waiting: string[] = [];
  const active = new Set<string>();
  const running = new Set<Promise<void>>();
  let closed = false;
  const pump = () => {
    while (!closed && running.size < concurrency && waiting.length) {
      const id = waiting.shift() as string;
      active.add(id);
      const attempt = handle(id)
        .catch((err: unknown) => logger.error({ err, delivery: id }, "webhook attempt"))
        .finally(() => {
          active.delete(id);
          running.delete(attempt);
          pump();
        });
      running.add(attempt);
    }
  };
  return {
    kind: "memory",
    async schedule(attempts) {
      for (const { id, runAt } of attempts) {
        if (closed || active.has(id) || waiting.includes(id)) continue;
        clearTimeout(timers.get(id));
        const timer = setTimeout(
          () => {
            timers.delete(id);
            waiting.push(id);
            pump();
          },
          Math.max(0, runAt.getTime() - Date.now()),
        );
        timer.unref();
        timers.set(id, timer);
      }
    },
    async close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}

const TASK = "jobgraph_webhook_attempt";

/** graphile-worker on the PostgreSQL database (its own schema, graphile_worker, made at start). */
export async function graphileQueue(connectionString: string, handle: AttemptHandler, concurrency: number, logger: Logger): Promise<DeliveryQueue> {
  const { run, Logger: GraphileLogger } = await import("graphile-worker");
  const graphileLogger = new GraphileLogger((scope) => (level, message, meta) => {
    const fields = { scope, ...meta };
    if (level === "error") logger.error(fields, message);
    else if (level === "warning") logger.warn(fields, message);
    else logger.debug(fields, message);
  });
  const runner = await run({
    connectionString,
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: graphileLogger,
    taskList: {
      [TASK]: async (payload) => {
        const { id } = payload as { id: string };
        await handle(id);
      },
    },
  });
  return {
    kind: "graphile-worker",
    enqueueSql: (ids) => Prisma.sql`
      SELECT graphile_worker.add_jobs(ARRAY(
        SELECT ROW(${TASK}::text, json_build_object('id', id), NULL::text, now(), 3, 'webhook:' || id, NULL::int, NULL::text[])::graphile_worker.job_spec
        FROM unnest(${ids}::uuid[]) AS id))`,
    async schedule(attempts) {
      for (const { id, runAt } of attempts) {
        // One job per delivery (jobKey): scheduling it again moves the waiting job, never doubles it.
        // The handler records failures itself, so graphile-worker retries only a crashed attempt.
        await runner.addJob(TASK, { id }, { runAt, jobKey: `webhook:${id}`, maxAttempts: 3 });
      }
    },
    async close() {
      await runner.stop();
    },
  };
}
