// The real server process over real HTTP: start-up on a fresh embedded database, /health,
// GraphQL, request ids, and a clean shutdown on SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

describe("the API server process", () => {
  let server: ChildProcess;
  let base: string;
  let dataDir: string;
  let logs = "";
  let exit: Promise<number | null>;

  beforeAll(async () => {
    // A data folder whose parents do not exist yet, as on a new user's first start.
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), "jobgraph-e2e-")), "nested", "pglite");
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: apiDir,
      env: { ...process.env, PORT: String(port), JOBGRAPH_DATA_DIR: dataDir, JOBGRAPH_SEED: "false", LOG_LEVEL: "info", DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk) => (logs += chunk));
    server.stderr?.on("data", (chunk) => (logs += chunk));
    exit = new Promise((resolve) => server.on("exit", (code) => resolve(code)));
    for (let attempt = 0; attempt < 240; attempt++) {
      const ok = await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`server did not start:\n${logs}`);
  }, 90_000);

  afterAll(async () => {
    if (server.exitCode === null) server.kill("SIGKILL");
    await rm(path.dirname(path.dirname(dataDir)), { recursive: true, force: true });
  });

  it("answers /health", async () => {
    const response = await fetch(`${base}/health`);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("serves GraphQL over HTTP with a request id header, and logs one line per request", async () => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "e2e-request-1" },
      body: JSON.stringify({ query: "query Count { postings { totalCount } }", operationName: "Count" }),
    });
    expect(response.headers.get("x-request-id")).toBe("e2e-request-1");
    expect(await response.json()).toMatchObject({ data: { postings: { totalCount: 0 } } });
    await new Promise((r) => setTimeout(r, 100));
    const line = logs.split("\n").find((l) => l.includes('"requestId":"e2e-request-1"'));
    expect(line && JSON.parse(line)).toMatchObject({ msg: "request", operation: "Count", status: 200, path: "/graphql" });
  });

  it("filters by enum lists on a database created by this very process", async () => {
    // PGlite learns array types when it opens; the enums are created by the migrations after that.
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ postings(filter: { contractTypes: [PERMANENT, CONTRACT], workplaceTypes: [HYBRID], includeClosed: true }) { totalCount } }",
      }),
    });
    expect(await response.json()).toMatchObject({ data: { postings: { totalCount: 0 } } });
  });

  it("serves GraphiQL to browsers, with no assets from a CDN", async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("renderYogaGraphiQL");
    // Self-contained: nothing is fetched from a CDN, so it works offline and behind firewalls.
    expect(page).not.toMatch(/(src|href)=["']?https?:/);
  });

  it("finishes in-flight requests and exits 0 on SIGTERM", async () => {
    // In flight for certain: the request asks "Expect: 100-continue" and holds back its body. Node's
    // HTTP server answers 100 Continue in the same step as it hands the request to the handler, so
    // once the client hears it the server is handling the request. SIGTERM comes then, and the body
    // only once the server logs that it is shutting down: the request is finished during shutdown.
    const body = JSON.stringify({ query: "{ employers(first: 100) { totalCount nodes { slug } } }" });
    const request = httpRequest(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue" },
    });
    const inFlight = new Promise<{ status: number | undefined; text: string }>((resolve, reject) => {
      request.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode, text }));
        response.on("error", reject);
      });
      request.on("error", reject);
    });
    await new Promise<void>((resolve) => request.once("continue", () => resolve()));
    server.kill("SIGTERM");
    while (!logs.includes("shutting down")) await new Promise((r) => setTimeout(r, 10));
    request.end(body);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ data: { employers: { totalCount: 0 } } });
    expect(await exit).toBe(0);
    expect(logs).toContain("stopped");
  }, 30_000);
});
