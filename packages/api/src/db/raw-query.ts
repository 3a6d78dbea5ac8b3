// Planned reads (read-plan.ts) send one statement and get back a few text columns: through the
// driver directly they skip Prisma's raw-query path (its parameter and row mapping was 9% of the
// server's CPU under the browse benchmark). openDatabase registers the runner of each client it
// makes; a client without one (e.g. in a tool) goes through Prisma as before.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";

export type RawRunner = (text: string, values: unknown[]) => Promise<Array<Record<string, unknown>>>;

const runners = new WeakMap<object, RawRunner>();

export function registerRawRunner(client: object, runner: RawRunner): void {
  runners.set(client, runner);
}

/** Runs `query` on the database behind `client` (the primary, or a replica from `replica()`). */
export async function rawQuery<Row>(client: PrismaClient, query: Prisma.Sql): Promise<Row[]> {
  const runner = runners.get(client);
  if (!runner) return client.$queryRaw<Row[]>(query);
  return (await runner(query.text, query.values)) as Row[];
}
