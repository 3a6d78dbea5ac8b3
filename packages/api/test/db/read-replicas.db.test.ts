// Read replicas through Prisma's read-replicas extension, with driver adapters: a second database
// on the same server stands in for the replica. It holds different rows from the primary (no
// replication here), so each read shows which database answered. PostgreSQL project only.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";
import { createJobgraphYoga } from "../../src/http/yoga.js";
import { logger } from "../../src/observability/logger.js";
import { adminQuery, testEngine } from "../support/database.js";
import { createEmployer, createPosting } from "../support/factories.js";

describe.skipIf(testEngine !== "postgres")("read replicas (DATABASE_REPLICA_URLS)", () => {
  const names = [`jobgraph_test_${randomBytes(6).toString("hex")}`, `jobgraph_test_${randomBytes(6).toString("hex")}`];
  let adminUrl: string;
  let db: Database;
  let replicaOnly: Database;

  beforeAll(async () => {
    const provided = inject("postgresTemplate");
    if (!provided) throw new Error("Set TEST_DATABASE_URL to run the PostgreSQL test project.");
    adminUrl = provided.adminUrl;
    const [primaryUrl, replicaUrl] = names.map((name) => {
      const url = new URL(provided.adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    }) as [string, string];
    for (const name of names) await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${provided.template}"`);
    db = await openDatabase({ kind: "postgres", url: primaryUrl, poolSize: 2, replicaUrls: [replicaUrl] });
    replicaOnly = await openDatabase({ kind: "postgres", url: replicaUrl, poolSize: 1 });
    const employer = await createEmployer(replicaOnly.prisma, { slug: "on-the-replica", name: "On the replica" });
    await createPosting(replicaOnly.prisma, employer.id, { title: "Replicated role" });
  });

  afterAll(async () => {
    await db?.close();
    await replicaOnly?.close();
    for (const name of names) if (adminUrl) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("sends reads to the replica, and writes and transactions to the primary", async () => {
    await createEmployer(db.prisma, { slug: "on-the-primary", name: "On the primary" });
    const slugs = async (rows: Promise<Array<{ slug: string }>>) => (await rows).map((row) => row.slug);
    expect(await slugs(db.prisma.employer.findMany({ select: { slug: true } }))).toEqual(["on-the-replica"]);
    expect(await slugs(db.prisma.$transaction((tx) => tx.employer.findMany({ select: { slug: true } })))).toEqual(["on-the-primary"]);
    const primary = (db.prisma as unknown as { $primary(): typeof db.prisma }).$primary();
    expect(await slugs(primary.employer.findMany({ select: { slug: true } }))).toEqual(["on-the-primary"]);
    expect(db.pools.map((pool) => pool.name)).toEqual(["primary", "replica1"]);
  });

  it("serves GraphQL reads from the replica, the search's own SQL included", async () => {
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger, metrics: false });
    const response = await yoga.fetch("http://jobgraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ employer(slug: "on-the-replica") { name } postings { totalCount nodes { title } } }' }),
    });
    expect(await response.json()).toMatchObject({
      data: { employer: { name: "On the replica" }, postings: { totalCount: 1, nodes: [{ title: "Replicated role" }] } },
    });
  });
});
