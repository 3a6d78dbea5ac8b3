// The real server process on PostgreSQL, with a TCP proxy between them that the test breaks:
// readiness (`/ready`) follows the database, GraphQL fails fast with 503 SERVICE_UNAVAILABLE while
// it is unreachable (leaking nothing), liveness stays up, and everything recovers by itself.
// Runs when TEST_DATABASE_URL is set (the test database template comes from the global setup).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { createApiKey } from "../../src/viewer/keys.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));
const template = inject("postgresTemplate");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: template?.adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const QUERY = JSON.stringify({ query: "{ postings(first: 1) { totalCount } }" });

describe.skipIf(!template)("the API while PostgreSQL is unreachable", () => {
  const name = `jobgraph_outage_${randomBytes(6).toString("hex")}`;
  let proxy: TcpProxy;
  let server: ChildProcess;
  let base: string;
  let apiKey: string;
  let logs = "";

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      signal: AbortSignal.timeout(15_000),
    });
  const ready = () => fetch(`${base}/ready`, { signal: AbortSignal.timeout(15_000) });
  async function until(predicate: () => Promise<boolean>) {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await predicate()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`condition never held; server log:\n${logs.slice(-3000)}`);
  }

  beforeAll(async () => {
    if (!template) return;
    await admin(`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`);
    const direct = new URL(template.adminUrl);
    direct.pathname = `/${name}`;
    const db = await openDatabase({ kind: "postgres", url: direct.toString(), poolSize: 1 });
    apiKey = (await createApiKey(db.prisma, { name: "outage test" })).key;
    await db.close();

    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(direct);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: apiDir,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: viaProxy.toString(),
        DATABASE_CONNECT_TIMEOUT_MS: "1500",
        READY_TIMEOUT_MS: "1000",
        // Every request goes to the database (production caches anonymous reads).
        RESPONSE_CACHE_TTL_MS: "0",
        JOBGRAPH_SEED: "false",
        LOG_LEVEL: "info",
        NODE_ENV: "production",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk) => (logs += chunk));
    server.stderr?.on("data", (chunk) => (logs += chunk));
    await until(() =>
      fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      ),
    );
  }, 90_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill("SIGKILL");
    await proxy?.close();
    if (template) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("is ready while the database answers", async () => {
    // The first connection through the proxy can take a moment on a busy machine.
    await until(() => ready().then((r) => r.status === 200));
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
    expect((await post(QUERY)).status).toBe(200);
  });

  it("is not ready, and answers GraphQL with 503 SERVICE_UNAVAILABLE, when the database refuses connections", async () => {
    await proxy.setMode("refuse");
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", reason: "database unreachable" });

    for (const headers of [{}, { authorization: `Bearer ${apiKey}` }] as Record<string, string>[]) {
      const answer = await post(QUERY, headers);
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
      const body = (await answer.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors[0]?.extensions.code).toBe("SERVICE_UNAVAILABLE");
      // Nothing about the database's address, the driver or Prisma reaches the client.
      expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|5432|prisma|ECONN|stack|postgres/i);
    }
    // Liveness is not readiness: the process itself is fine and must not be restarted.
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it("recovers by itself when the database is back", async () => {
    await proxy.setMode("up");
    await until(() => ready().then((r) => r.status === 200));
    const answer = await post(QUERY, { authorization: `Bearer ${apiKey}` });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ data: { postings: { totalCount: 0 } } });
  });

  it("answers readiness within its timeout, and GraphQL with 503 after the connection timeout, when the database hangs", async () => {
    await proxy.setMode("hang");
    // The pooled connections the proxy just cut fail at once ("unreachable"); new ones hang.
    const reasons: string[] = [];
    await until(async () => {
      const response = await ready();
      expect(response.status).toBe(503);
      reasons.push(((await response.json()) as { reason: string }).reason);
      return reasons.at(-1) === "database did not answer within 1000 ms";
    });
    expect(new Set(reasons).size).toBeLessThanOrEqual(2);
    expect(reasons.every((r) => r === "database unreachable" || r === "database did not answer within 1000 ms")).toBe(true);
    const answer = await post(QUERY);
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe("SERVICE_UNAVAILABLE");

    await proxy.setMode("up");
    await until(() => ready().then((r) => r.status === 200));
    expect((await post(QUERY)).status).toBe(200);
    expect(server.exitCode).toBeNull();
  }, 30_000);
});
