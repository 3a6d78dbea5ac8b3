// Two real API processes on one PostgreSQL database, sharing live events through the local
// Redis: a posting published through one is announced to a subscriber of the other. Runs on the
// PostgreSQL project only (two processes cannot share an embedded PGlite database).
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";
import { employerKey } from "../support/auth.js";
import { adminQuery, testEngine } from "../support/database.js";
import { createEmployer, createPosting } from "../support/factories.js";
import { REDIS_SKIP_NOTE, skipWithoutRedis, TEST_REDIS_URL } from "../support/redis.js";
import { type ServerProcess, startServer } from "../support/server-process.js";
import { subscribe, until } from "../support/sse.js";
import { globalId, M, succeeded } from "../support/writes.js";

const REDIS_URL = TEST_REDIS_URL;

describe.skipIf(testEngine !== "postgres")("live events across two API processes (Redis)", () => {
  // A prefix of this run's own, so parallel runs sharing the Redis never hear each other.
  const prefix = `jobgraph-test-${randomBytes(6).toString("hex")}:`;
  const name = `jobgraph_test_${randomBytes(6).toString("hex")}`;
  let adminUrl: string;
  let db: Database;
  let redis: Redis;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    if (skipWithoutRedis) return; // the test says why it skips
    const provided = inject("postgresTemplate");
    if (!provided) throw new Error("Set TEST_DATABASE_URL to run the PostgreSQL test project.");
    adminUrl = provided.adminUrl;
    await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${provided.template}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 2 });
    redis = new Redis(REDIS_URL);
    const env = { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: "3", REDIS_URL, REDIS_PREFIX: prefix };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop("SIGKILL"), b?.stop("SIGKILL")]);
    redis?.disconnect();
    await db?.close();
    if (adminUrl) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("announces a posting published through one process to a subscriber of the other", async (ctx) => {
    if (skipWithoutRedis) ctx.skip(REDIS_SKIP_NOTE);
    const employer = await createEmployer(db.prisma, { slug: "acme" });
    const key = await employerKey(db.prisma, "acme", ["WRITE_POSTINGS"]);
    const posting = await createPosting(db.prisma, employer.id, { status: "DRAFT", title: "Harbour pilot", applyUrl: "https://example.com/apply" });

    const channel = `${prefix}posting.published`;
    const subscription = await subscribe(
      `${b.base}/graphql`,
      'subscription { postingPublished(filter: { employerSlugs: ["acme"] }) { id title status } }',
    );
    // Process B has subscribed to the channel in Redis: from now on nothing published is missed.
    await until(async () => ((await redis.pubsub("NUMSUB", channel)) as [string, number])[1] >= 1, "process B's Redis subscription");

    const response = await fetch(`${a.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...key.headers },
      body: JSON.stringify({ query: M.publishPosting, variables: { id: globalId("Posting", posting.id) } }),
    });
    succeeded(await response.json(), "publishPosting");

    expect((await subscription.next()).data.postingPublished).toEqual({
      id: globalId("Posting", posting.id),
      title: "Harbour pilot",
      status: "PUBLISHED",
    });
    expect(a.logs()).toContain('"liveEvents":"redis"');

    // The server's metrics measure the pool its queries really use (start-up migrations included).
    const metrics = await (await fetch(`${a.base}/metrics`)).text();
    expect(Number(/^jobgraph_db_pool_connections\{pool="primary",state="total"\} (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(0);
    expect(metrics).toMatch(/^graphql_envelop_request\{operationName="Anonymous",operationType="mutation"\} 1$/m);
    expect(metrics).toMatch(/^jobgraph_subscriptions_active\{kind="published"\} 0$/m);
    expect(await (await fetch(`${b.base}/metrics`)).text()).toMatch(/^jobgraph_subscriptions_active\{kind="published"\} 1$/m);

    // A graceful stop ends the open subscription stream rather than waiting for it.
    expect(await b.stop("SIGTERM")).toBe(0);
    await expect(subscription.next()).rejects.toThrow();
    expect(((await redis.pubsub("NUMSUB", channel)) as [string, number])[1]).toBe(0);
  }, 60_000);
});
