// The production build as the image runs it: `node --enable-source-maps dist/server.js` with
// NODE_ENV=production (no tsx), on an empty database of its own. dist/ is built by the test run's
// global setup (scripts/build.ts). It must migrate the database, leave it without sample data
// (JOBGRAPH_SEED is off by default in production), answer queries, including the SDK's persisted
// documents (read from packages/sdk at run time), and refuse JOBGRAPH_SEED=true, which it cannot do.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import sdkManifestJson from "@jobgraph/sdk/persisted-documents.json" with { type: "json" };
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { adminQuery, testEngine } from "../support/database.js";
import { SERVER_BUILT, type ServerProcess, startServer } from "../support/server-process.js";

const run = promisify(execFile);
const apiDir = fileURLToPath(new URL("../..", import.meta.url));
const sdkManifest = sdkManifestJson as Record<string, string>;

describe(`the compiled server with NODE_ENV=production (${testEngine})`, () => {
  const name = `jobgraph_test_${randomBytes(6).toString("hex")}`;
  let adminUrl: string | undefined;
  let dataRoot: string | undefined;
  let database: Record<string, string>;
  let server: ServerProcess;

  const graphql = async (body: object) => {
    const response = await fetch(`${server.base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };

  beforeAll(async () => {
    if (testEngine === "postgres") {
      const provided = inject("postgresTemplate");
      if (!provided) throw new Error("Set TEST_DATABASE_URL to run the PostgreSQL test project.");
      adminUrl = provided.adminUrl;
      // Empty: no template, not even the migrations.
      await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      database = { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: "3" };
    } else {
      dataRoot = await mkdtemp(path.join(tmpdir(), "jobgraph-production-"));
      database = { DATABASE_URL: "", JOBGRAPH_DATA_DIR: path.join(dataRoot, "pglite") };
    }
    // JOBGRAPH_SEED empty: unset, so production's default applies.
    server = await startServer({ ...database, NODE_ENV: "production", JOBGRAPH_SEED: "" }, { args: SERVER_BUILT });
  }, 120_000);

  afterAll(async () => {
    await server?.stop("SIGKILL");
    if (adminUrl) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  });

  it("migrates the empty database and seeds nothing", async () => {
    expect(server.logs()).toContain('"msg":"applied migrations"');
    expect(server.logs()).not.toContain("seeding sample data");
    const result = await graphql({ query: "{ employers { totalCount } postings { totalCount } }" });
    expect(result).toMatchObject({ data: { employers: { totalCount: 0 }, postings: { totalCount: 0 } } });
    expect((await fetch(`${server.base}/ready`)).status).toBe(200);
  });

  it("runs the SDK's persisted documents by hash", async () => {
    const [hash, document] = Object.entries(sdkManifest).find(([, text]) => /^\s*query ListBenefits\b/.test(text)) ?? [];
    expect(document).toBeDefined();
    const result = await graphql({ operationName: "ListBenefits", variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty("benefits");
  });

  it("stops cleanly on SIGTERM", async () => {
    expect(await server.stop("SIGTERM")).toBe(0);
  });

  it("refuses JOBGRAPH_SEED=true at start-up, saying why", async () => {
    const failed = await run(process.execPath, SERVER_BUILT, {
      cwd: apiDir,
      env: { ...process.env, ...database, NODE_ENV: "production", JOBGRAPH_SEED: "true", PORT: "0" },
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(78);
    expect(failed.stderr).toContain("JOBGRAPH_SEED");
    expect(failed.stderr).toContain("production build, which has no sample-data generator");
  });
});
