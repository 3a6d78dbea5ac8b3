// The proof scripts' consistency checks (proof/consistency.ts), so that they cannot rot: the write
// workload of the scripts runs against a real server over HTTP, every check passes on what it
// leaves, and each kind of damage a fault could do makes the check that names it fail.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CheckResult, checkDatabase, checkWrites, rawId, type Sql } from "../../proof/consistency.js";
import { PROOF_BENEFIT_KEYS, WriteWorkload } from "../../proof/writes.js";
import { createJobgraphYoga } from "../../src/http/yoga.js";
import { logger } from "../../src/observability/logger.js";
import { adminKey } from "../support/auth.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { createBenefit, createEmployer } from "../support/factories.js";

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

describe("the proof scripts' consistency checks", () => {
  let db: TestDatabase;
  let server: Server;
  let writes: WriteWorkload;
  const since = new Date(Date.now() - 1000);
  const runId = "PROOF-test";

  /** Runs the checks inside a transaction that `damage` changes first, then rolls it back. */
  async function checksAfter(damage: (sql: Sql) => Promise<unknown>): Promise<CheckResult[]> {
    let results: CheckResult[] = [];
    await db.prisma
      .$transaction(async (tx) => {
        const sql: Sql = (text, params = []) => tx.$queryRawUnsafe(text, ...params);
        await damage(sql);
        results = [...(await checkDatabase(sql, since)), ...(await checkWrites(sql, runId, writes.postings))];
        throw new Error("roll back");
      })
      .catch((error: Error) => {
        if (error.message !== "roll back") throw error;
      });
    return results;
  }
  const failing = (results: CheckResult[]) => results.filter((r) => !r.ok).map((r) => r.name);

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const key of PROOF_BENEFIT_KEYS) await createBenefit(db.prisma, { key });
    const employers = [await createEmployer(db.prisma), await createEmployer(db.prisma)];
    const { key } = await adminKey(db.prisma);
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger });
    server = createServer(yoga);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    writes = new WriteWorkload(
      () => base,
      key,
      employers.map((e) => globalId("Employer", e.id)),
      runId,
    );
    // Every kind of write, one at a time (the scripts send them concurrently at a fixed rate).
    for (let i = 0; i < 40; i++) {
      const result = await writes.next(i * 7919);
      expect(result, JSON.stringify(result)).toMatchObject({ outcome: "ok" });
    }
  }, 60_000);

  afterAll(async () => {
    server?.close();
    await db?.close();
  });

  it("pass on what the workload wrote, and cover every kind of write", async () => {
    const results = await checksAfter(async () => {});
    expect(failing(results)).toEqual([]);
    expect(results).toHaveLength(11);
    const statuses = new Set(writes.postings.map((p) => p.status));
    expect(statuses).toEqual(new Set(["DRAFT", "PUBLISHED", "CLOSED"]));
    expect(writes.postings.some((p) => (p.version ?? 0) > 2)).toBe(true);
  });

  it("fail when a posting lost one of its benefits or locations", async () => {
    const posting = writes.postings.find((p) => p.shape.benefits.length > 0 && p.shape.postcodes.length > 1);
    const id = rawId(posting?.globalId ?? "");
    expect(failing(await checksAfter((sql) => sql("DELETE FROM posting_benefits WHERE posting_id = $1::uuid", [id])))).toEqual([
      "every posting has exactly the locations and benefits it was written with",
    ]);
    expect(
      failing(
        await checksAfter((sql) =>
          sql(
            "DELETE FROM posting_locations WHERE posting_id = $1::uuid AND location_id = (SELECT location_id FROM posting_locations WHERE posting_id = $1::uuid LIMIT 1)",
            [id],
          ),
        ),
      ),
    ).toEqual(["no location row is left without a posting or employer", "every posting has exactly the locations and benefits it was written with"]);
  });

  it("fail when a posting's search copies no longer match its benefits or locations", async () => {
    const id = rawId(writes.postings[0]?.globalId ?? "");
    const stale = "every posting's search copies match its locations and benefits";
    expect(failing(await checksAfter((sql) => sql("UPDATE postings SET benefit_ids = '{}' WHERE id = $1::uuid", [id])))).toEqual([stale]);
    expect(failing(await checksAfter((sql) => sql("UPDATE postings SET location_names = ARRAY['Atlantis'] WHERE id = $1::uuid", [id])))).toEqual([
      stale,
    ]);
  });

  it("fail when an acknowledged create is missing", async () => {
    const id = rawId(writes.postings[0]?.globalId ?? "");
    const names = failing(await checksAfter((sql) => sql("DELETE FROM postings WHERE id = $1::uuid", [id])));
    expect(names).toContain("every acknowledged create is in the database");
  });

  it("fail on an audit event, an idempotency record or a claim without its posting", async () => {
    const ghost = "0190a0a0-0000-7000-8000-000000000000";
    expect(
      failing(
        await checksAfter((sql) =>
          sql("INSERT INTO audit_events (id, mutation, object_type, object_id) VALUES (gen_random_uuid(), 'createPosting', 'Posting', $1::uuid)", [
            ghost,
          ]),
        ),
      ),
    ).toEqual(["every audit event's posting exists"]);
    expect(
      failing(
        await checksAfter((sql) =>
          sql("UPDATE idempotency_records SET object_id = $1::uuid WHERE key = $2", [ghost, writes.postings[0]?.idempotencyKey]),
        ),
      ),
    ).toEqual(["every idempotency record's posting exists", "every created posting has one idempotency record"]);
    expect(
      failing(
        await checksAfter((sql) => sql("UPDATE idempotency_records SET object_id = NULL WHERE key = $1", [writes.postings[0]?.idempotencyKey])),
      ),
    ).toEqual(["every claimed idempotency key has its result", "every created posting has one idempotency record"]);
  });

  it("fail when a posting's state is not the acknowledged one, unless a write of it went unanswered", async () => {
    const posting = writes.postings.find((p) => p.status === "DRAFT");
    const id = rawId(posting?.globalId ?? "");
    const publishBehindOurBack = (sql: Sql) =>
      sql("UPDATE postings SET status = 'PUBLISHED', version = version + 1 WHERE id = $1::uuid", [id]).then(() =>
        sql("INSERT INTO audit_events (id, mutation, object_type, object_id) VALUES (gen_random_uuid(), 'publishPosting', 'Posting', $1::uuid)", [
          id,
        ]),
      );
    expect(failing(await checksAfter(publishBehindOurBack))).toEqual(["every posting has its acknowledged status and version"]);
    // The same change is allowed when a publish was sent and never answered (it may have committed).
    if (posting) posting.pending = { status: "PUBLISHED" };
    expect(failing(await checksAfter(publishBehindOurBack))).toEqual([]);
    expect(failing(await checksAfter(async () => {}))).toEqual([]);
    if (posting) posting.pending = undefined;
    // A version bump without its audit event is a write the audit log missed.
    expect(failing(await checksAfter((sql) => sql("UPDATE postings SET version = version + 1 WHERE id = $1::uuid", [id])))).toEqual([
      "every posting has its acknowledged status and version",
      "every write of a posting has its audit event",
    ]);
  });
});
