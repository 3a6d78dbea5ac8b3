// Which failures count as "the database cannot be reached" (503 SERVICE_UNAVAILABLE) rather than
// a bug (masked 500): real errors from Prisma over pg, against a port with nothing listening and a
// server that accepts connections and never answers, and a real SQL error on an embedded database.
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { isDatabaseUnavailable } from "../../src/db/unavailable.js";

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)));
}

describe("telling an unreachable database from other failures", () => {
  const sockets: Socket[] = [];
  const silent = createServer((socket) => sockets.push(socket)); // accepts, never answers
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
  });

  it("counts a refused connection, in a query and in a transaction", async () => {
    const closed = createServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const db = await openDatabase({ kind: "postgres", url: `postgres://postgres@127.0.0.1:${port}/x`, poolSize: 1 });
    expect(isDatabaseUnavailable(await failure(() => db.prisma.$queryRawUnsafe("SELECT 1")))).toBe(true);
    expect(isDatabaseUnavailable(await failure(() => db.prisma.employer.count()))).toBe(true);
    expect(isDatabaseUnavailable(await failure(() => db.prisma.$transaction((tx) => tx.employer.count())))).toBe(true);
    await db.close();
  });

  it("counts a connection that times out", async () => {
    const port = await listen(silent);
    const db = await openDatabase({ kind: "postgres", url: `postgres://postgres@127.0.0.1:${port}/x`, poolSize: 1, connectTimeoutMs: 300 });
    expect(isDatabaseUnavailable(await failure(() => db.prisma.employer.count()))).toBe(true);
    await db.close();
  });

  it("does not count a bad query, or errors that are not the database's", async () => {
    const db = await openDatabase({ kind: "pglite" });
    expect(isDatabaseUnavailable(await failure(() => db.prisma.$queryRawUnsafe("SELEC 1")))).toBe(false);
    expect(isDatabaseUnavailable(await failure(() => db.prisma.$queryRawUnsafe("SELECT * FROM no_such_table")))).toBe(false);
    await db.close();
    expect(isDatabaseUnavailable(new Error("Cannot return null for non-nullable field"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  }, 90_000); // starting an embedded database is slow on a busy machine
});
