// One deadline per request, and no SQL outliving it: a request's statements are cancelled on the
// server when its deadline passes or its client goes away, every pooled PostgreSQL connection has
// a statement_timeout (a field it stopped is answered EXECUTION_TIMEOUT), and one client's concurrent
// operations are capped so it cannot hold the pool.
// A statement is made to run long by locking the table it reads (ACCESS EXCLUSIVE, from another
// connection), so the tests see PostgreSQL's own view (pg_stat_activity) of what is still running.
// PostgreSQL only: the embedded database runs one statement at a time in this thread, and nothing
// can cancel it from outside (docs/limits-and-protection.md).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rawQuery } from "../../src/db/raw-query.js";
import { Prisma } from "../../src/generated/prisma/client.js";
import { createJobgraphYoga } from "../../src/http/yoga.js";
import { logger } from "../../src/observability/logger.js";
import { LimitCode } from "../../src/protection/index.js";
import { createTestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase, testEngine } from "../support/database.js";

const SKIP_NOTE = "cancelling statements needs PostgreSQL (the embedded database cannot be interrupted)";
const SEARCH = "{ postings(first: 1) { nodes { title } } }";
/** Generous hang guards: each test ends in well under a second when the code is right. */
const HANG_GUARD = { timeout: 20_000 };

describe(`request deadlines and database statements (${testEngine})`, () => {
  let db: TestDatabase;
  let admin: pg.Client;
  const unlocks: Array<() => Promise<void>> = [];

  function urlOf(database: TestDatabase): string {
    const [primary] = database.pools;
    if (!primary) throw new Error("a PostgreSQL database has a pool");
    return (primary.pool as unknown as { options: { connectionString: string } }).options.connectionString;
  }

  /** Holds an ACCESS EXCLUSIVE lock on `table` until the returned function is called: every read of it waits. */
  async function lockTable(table: "postings" | "benefits", database = db): Promise<() => Promise<void>> {
    const holder = new pg.Client({ connectionString: urlOf(database) });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    let released = false;
    const unlock = async () => {
      if (released) return;
      released = true;
      await holder.query("ROLLBACK");
      await holder.end();
    };
    unlocks.push(unlock);
    return unlock;
  }
  const lockPostings = (database = db) => lockTable("postings", database);

  /** Statements of this database (other than the admin's) that PostgreSQL is running or has waiting on a lock. */
  async function running(like: string): Promise<number> {
    const { rows } = await admin.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE $1",
      [like],
    );
    return rows[0]?.n ?? 0;
  }
  const waitingOnPostings = () => running("%FROM postings%");

  beforeAll(async () => {
    if (testEngine !== "postgres") return;
    db = await createTestDatabase();
    admin = new pg.Client({ connectionString: urlOf(db) });
    await admin.connect();
  });
  afterAll(async () => {
    for (const unlock of unlocks) await unlock();
    await admin?.end();
    await db?.close();
  });

  it("cancels a planned read on the server when its request's signal aborts, and rejects with the signal's reason", HANG_GUARD, async (ctx) => {
    if (testEngine !== "postgres") ctx.skip(SKIP_NOTE);
    const controller = new AbortController();
    const statement = rawQuery(db.prisma, Prisma.sql`SELECT pg_sleep(30)`, controller.signal);
    await vi.waitFor(async () => expect(await running("SELECT pg_sleep%")).toBe(1), HANG_GUARD);
    const reason = new Error("the request ended");
    controller.abort(reason);
    await expect(statement).rejects.toBe(reason);
    // The connection went back only once the statement had stopped: nothing is left running.
    expect(await running("SELECT pg_sleep%")).toBe(0);
    // A statement whose request has already ended is not sent at all.
    await expect(rawQuery(db.prisma, Prisma.sql`SELECT 1`, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it("answers EXECUTION_TIMEOUT at the deadline and cancels the request's statement", HANG_GUARD, async (ctx) => {
    if (testEngine !== "postgres") ctx.skip(SKIP_NOTE);
    const app = await createTestApp({ db, protection: { executionTimeoutMs: 300 } });
    const errors = vi.spyOn(logger, "error");
    const unlock = await lockPostings();
    try {
      const result = await app.execute(SEARCH);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([LimitCode.EXECUTION_TIMEOUT]);
      // Before: the statement kept waiting (or running) long after the client had its answer.
      await vi.waitFor(async () => expect(await waitingOnPostings()).toBe(0), HANG_GUARD);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      await unlock();
      await app.close();
    }
    // The pool serves the next request as usual.
    expect(await app.query(SEARCH)).toEqual({ postings: { nodes: [] } });
  });

  it("cancels Prisma's statements at the deadline too: a plain read and a read in a transaction", HANG_GUARD, async (ctx) => {
    if (testEngine !== "postgres") ctx.skip(SKIP_NOTE);
    const app = await createTestApp({ db, protection: { executionTimeoutMs: 300 } });
    const errors = vi.spyOn(logger, "error");
    try {
      // The benefit catalogue is read by Prisma (pool.query through its adapter).
      let unlock = await lockTable("benefits");
      let result = await app.execute("{ benefits(first: 5) { nodes { key } } }");
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([LimitCode.EXECUTION_TIMEOUT]);
      // Before: Prisma's statement waited on the lock until statement_timeout (none here: forever).
      await vi.waitFor(async () => expect(await running('%FROM "public"."benefits"%')).toBe(0), HANG_GUARD);
      await unlock();
      // A keyword search's facets run in a Prisma transaction of their own (a client from pool.connect).
      unlock = await lockPostings();
      result = await app.execute('{ postings(first: 0, filter: { keywords: "engineer" }) { facets { contractTypes { count } } } }');
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([LimitCode.EXECUTION_TIMEOUT]);
      await vi.waitFor(async () => expect(await waitingOnPostings()).toBe(0), HANG_GUARD);
      await unlock();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      await app.close();
    }
    // The pools serve the next requests as usual.
    expect(await app.query("{ benefits(first: 5) { nodes { key } } }")).toEqual({ benefits: { nodes: expect.any(Array) } });
    expect(await app.query(SEARCH)).toEqual({ postings: { nodes: [] } });
  });

  it("cancels the statement of a client that disconnects mid-request (real HTTP)", HANG_GUARD, async (ctx) => {
    if (testEngine !== "postgres") ctx.skip(SKIP_NOTE);
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger, protection: { executionTimeoutMs: 60_000 } });
    const server: Server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const unlock = await lockPostings();
    try {
      const client = new AbortController();
      const request = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SEARCH }),
        signal: client.signal,
      }).catch((error: unknown) => error);
      await vi.waitFor(async () => expect(await waitingOnPostings()).toBe(1), HANG_GUARD);
      client.abort();
      await request;
      // Before: the statement waited on until the 60 s deadline, holding its pooled connection.
      await vi.waitFor(async () => expect(await waitingOnPostings()).toBe(0), HANG_GUARD);
    } finally {
      await unlock();
      server.closeAllConnections();
      server.close();
      await yoga.closeProtection();
    }
  });

  it("runs every pooled statement (Prisma's too) under statement_timeout, answered as EXECUTION_TIMEOUT", HANG_GUARD, async (ctx) => {
    if (testEngine !== "postgres") ctx.skip(SKIP_NOTE);
    const bounded = await createTestDatabase({ statementTimeoutMs: 200 });
    // A deadline far off: only the server's statement_timeout stops the statements here.
    const app = await createTestApp({ db: bounded, protection: { executionTimeoutMs: 15_000 } });
    const errors = vi.spyOn(logger, "error");
    const unlock = await lockPostings(bounded);
    try {
      await expect(bounded.prisma.$queryRawUnsafe("SELECT pg_sleep(5)")).rejects.toThrow(/statement timeout/);
      // Facets of a keyword search run through Prisma (a transaction of their own).
      const result = await app.execute('{ postings(first: 0, filter: { keywords: "engineer" }) { facets { contractTypes { count } } } }');
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual([LimitCode.EXECUTION_TIMEOUT]);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      await unlock();
      await app.close();
      await bounded.close();
    }
  });

  it("caps a client's concurrent operations with TOO_MANY_CONCURRENT_REQUESTS, while other clients get through", HANG_GUARD, async (ctx) => {
    if (testEngine !== "postgres") ctx.skip(SKIP_NOTE);
    const app = await createTestApp({ db, protection: { trustProxy: true, maxConcurrentRequestsPerClient: 2, executionTimeoutMs: 15_000 } });
    const from = (address: string) => ({ "x-forwarded-for": address });
    const post = (query: string, address: string) =>
      app.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...from(address) },
        body: JSON.stringify({ query }),
      });
    const unlock = await lockPostings();
    try {
      const held = [post(SEARCH, "203.0.113.9"), post(SEARCH, "203.0.113.9")];
      await vi.waitFor(async () => expect(await waitingOnPostings()).toBe(2), HANG_GUARD);

      const refused = await post(SEARCH, "203.0.113.9");
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("1");
      const body = (await refused.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors[0]).toMatchObject({
        message: "Too many concurrent requests: a client may have 2 operations running at once; wait for one to finish.",
        extensions: { code: LimitCode.TOO_MANY_CONCURRENT_REQUESTS, maxConcurrentRequests: 2 },
      });
      // Another client is not held up by the first one's count.
      const other = await post("{ __typename }", "198.51.100.4");
      expect(other.status).toBe(200);

      await unlock();
      for (const response of await Promise.all(held)) expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      // Finished operations no longer count.
      expect((await post(SEARCH, "203.0.113.9")).status).toBe(200);
    } finally {
      await unlock();
      await app.close();
    }
  });
});
