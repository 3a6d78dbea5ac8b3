// Planned reads (read-plan.ts) send one statement and get back a few text columns: through the
// driver directly they skip Prisma's raw-query path (its parameter and row mapping was 9% of the
// server's CPU under the browse benchmark). openDatabase registers the runner of each client it
// makes; a client without one (e.g. in a tool) goes through Prisma as before.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

/**
 * Runs one statement. When `signal` aborts (the request's deadline passed, or its client went
 * away: `Context.signal`), the statement is cancelled on the server and the runner rejects with the
 * signal's reason; a statement is not started once it has aborted.
 */
export type RawRunner = (
  text: string,
  values: unknown[],
  signal: AbortSignal | undefined,
  options?: RawQueryOptions,
) => Promise<Array<Record<string, unknown>>>;

export interface RawQueryOptions {
  /**
   * Keep the statement prepared on the connection (db/cancellable.ts), planned once for every
   * request that sends the same text: only for statements whose parameters do not change which
   * plan is best (identifiers, the clock, page sizes), as a generic plan cannot see them.
   */
  prepare?: boolean;
}

const runners = new WeakMap<object, RawRunner>();

export function registerRawRunner(client: object, runner: RawRunner): void {
  runners.set(client, runner);
}

/**
 * Runs `query` on the database behind `client` (the primary, or a replica from `replica()`), as
 * part of the request whose `signal` (the context's) ends it: pass `undefined` only outside requests.
 */
export async function rawQuery<Row>(
  client: PrismaClient,
  query: Prisma.Sql,
  signal: AbortSignal | undefined,
  options?: RawQueryOptions,
): Promise<Row[]> {
  signal?.throwIfAborted();
  const runner = runners.get(client);
  if (!runner) return client.$queryRaw<Row[]>(query);
  return (await runner(query.text, query.values, signal, options)) as Row[];
}
