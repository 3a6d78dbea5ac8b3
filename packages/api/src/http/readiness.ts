// Readiness (`GET /ready`): may a load balancer send this instance traffic? Only when the database
// answers a trivial query within a short timeout. Unlike `/health` (liveness: the process is up),
// readiness goes false while PostgreSQL is unreachable or the server is draining, and true again by
// itself when the database is back.
import type { ServerResponse } from "node:http";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import type { PrismaClient } from "../generated/prisma/client.js";

export type Readiness = { ready: true } | { ready: false; reason: string };

export interface ReadinessOptions {
  /** How long the database may take to answer `SELECT 1`. */
  timeoutMs: number;
}

/**
 * A readiness check that never hangs: it answers within `timeoutMs` whatever the database does,
 * and concurrent probes share one query, so a slow database is never asked more than once at a time.
 */
export function createReadinessCheck(prisma: Pick<PrismaClient, "$queryRawUnsafe">, { timeoutMs }: ReadinessOptions) {
  let inFlight: Promise<Readiness> | undefined;
  let draining = false;
  const probe = async (): Promise<Readiness> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, reason: `database did not answer within ${timeoutMs} ms` }), timeoutMs);
    });
    const query = prisma.$queryRawUnsafe("SELECT 1").then(
      (): Readiness => ({ ready: true }),
      (error: unknown): Readiness => ({
        ready: false,
        // A category, never the driver's message: the response must not leak hosts or SQL.
        reason: isDatabaseUnavailable(error) ? "database unreachable" : "database query failed",
      }),
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    check(): Promise<Readiness> {
      if (draining) return Promise.resolve({ ready: false, reason: "shutting down" });
      inFlight ??= probe().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    /** From now on, not ready: the server is shutting down and should get no new traffic. */
    drain(): void {
      draining = true;
    },
  };
}

/** Writes a readiness answer: 200 `{"status":"ready"}` or 503 `{"status":"unavailable","reason":...}`. */
export function writeReadiness(res: ServerResponse, readiness: Readiness): void {
  const body = readiness.ready ? { status: "ready" } : { status: "unavailable", reason: readiness.reason };
  res.writeHead(readiness.ready ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
}
