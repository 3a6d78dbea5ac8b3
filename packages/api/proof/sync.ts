// pnpm proof:sync: the change feed, webhooks and client.sync() under load and faults, on PostgreSQL.
//
//  - A database seeded with sample data; two API processes on it, both delivering webhooks.
//  - A local receiver behind an admin endpoint that fails 30 % of requests (HTTP 503) and is down
//    (connections refused) for a while in the middle.
//  - Concurrent writers make --changes changes through both APIs with the SDK: create, update,
//    publish, close and archive postings.
//  - A mirror (proof/sync-mirror.ts) keeps a copy of the public data with client.sync(); it is
//    killed with SIGKILL and started again twice.
// Afterwards: the receiver has every change exactly once after deduplication by webhook-id, and the
// mirror equals the public data in the database. Prints delivery latency p50/p95 (commit to first
// 2xx), retries, and how many changes per second the feed serves. Exit 1 when a check fails.
//
//   pnpm proof:sync [--changes 10000] [--writers 8] [--database-url postgres://postgres@127.0.0.1:5432/jobgraph_proof_sync]
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createClient, verifyWebhook } from "../../sdk/src/index.js";
import { encodeGlobalId } from "../src/graphql/builder.js";
import { apiDir, createAdminKey, createSeededDatabase, freePort, loadAverage, percentile, startApi, waitFor } from "./harness.js";

const { values } = parseArgs({
  options: {
    changes: { type: "string", default: "10000" },
    writers: { type: "string", default: "8" },
    "database-url": { type: "string", default: "postgres://postgres@127.0.0.1:5432/jobgraph_proof_sync" },
    "failure-rate": { type: "string", default: "0.3" },
    "down-seconds": { type: "string", default: "5" },
  },
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
});
const TARGET = Number(values.changes);
const WRITERS = Number(values.writers);
const FAILURE_RATE = Number(values["failure-rate"]);
const DOWN_MS = Number(values["down-seconds"]) * 1000;
const databaseUrl = values["database-url"] as string;
const work = mkdtempSync(path.join(tmpdir(), "jobgraph-proof-sync-"));
const checks: Array<[string, boolean, string]> = [];
const check = (name: string, ok: boolean, detail = "") => checks.push([name, ok, detail]);
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

log(`load average ${loadAverage()}; ${TARGET} changes, ${WRITERS} writers; work folder ${work}`);
await createSeededDatabase(databaseUrl, { employers: 20, postings: 300, log });
const adminKey = await createAdminKey(databaseUrl, "proof:sync");
const db = new pg.Client({ connectionString: databaseUrl });
await db.connect();
const employerIds = (await db.query<{ id: string }>("SELECT id FROM employers ORDER BY id")).rows.map((r) => r.id);

// ── The receiver ────────────────────────────────────────────────────────────────────────────────
interface Received {
  changeId: string;
  at: number;
  changeAt: number;
}
const received = new Map<string, Received>(); // by webhook-id
let requests = 0;
let refusedOnPurpose = 0;
let duplicates = 0;
let badSignatures = 0;
let receiver: Server | undefined;
let secret = "";
const receiverPort = await freePort();
const startReceiver = () =>
  new Promise<void>((resolve) => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", async () => {
        requests++;
        if (Math.random() < FAILURE_RATE) {
          refusedOnPurpose++;
          res.writeHead(503).end("failing on purpose");
          return;
        }
        const body = Buffer.concat(chunks).toString("utf8");
        try {
          const event = await verifyWebhook(body, req.headers, secret);
          const id = String(req.headers["webhook-id"]);
          if (received.has(id)) duplicates++;
          else if (event.type !== "webhook.test") {
            const data = event.data as { id: string; at: string };
            received.set(id, { changeId: data.id, at: Date.now(), changeAt: Date.parse(data.at) });
          }
          res.writeHead(204).end();
        } catch {
          badSignatures++;
          res.writeHead(400).end("bad signature");
        }
      });
    });
    receiver.listen(receiverPort, "127.0.0.1", () => resolve());
  });
const stopReceiver = () =>
  new Promise<void>((resolve) => {
    receiver?.closeAllConnections();
    receiver?.close(() => resolve());
  });
await startReceiver();

// ── Two API processes ───────────────────────────────────────────────────────────────────────────
const ports = [await freePort(), await freePort()];
const env = {
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: "true",
  WEBHOOK_RETRY_BASE_MS: "250",
  RATE_LIMIT: "false",
  // The writers are one client (one address) running eight requests at once.
  MAX_CONCURRENT_REQUESTS_PER_CLIENT: "32",
  CURSOR_SECRET: "proof-sync-cursor-secret-0123456789abcdef",
  MAX_COST: "5000",
};
const apis = ports.map((port, i) => startApi({ databaseUrl, port, env, logFile: path.join(work, `api-${i}.log`) }));
await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/ready`)));
const endpoints = ports.map((port) => `http://127.0.0.1:${port}/graphql`);
const admins = endpoints.map((endpoint) => createClient({ endpoint, headers: { authorization: `Bearer ${adminKey}` } }));
log(`APIs on ${ports.join(", ")}; receiver on ${receiverPort}`);

const created = await (admins[0] as (typeof admins)[0]).request(
  `mutation ($url: String!) { createWebhookEndpoint(input: { url: $url, description: "proof:sync" }) { secret endpoint { id } userErrors { message } } }`,
  { url: `http://127.0.0.1:${receiverPort}/hooks` },
);
secret = (created as { createWebhookEndpoint: { secret: string } }).createWebhookEndpoint.secret;
const [{ start_txid: startTxid }] = (await db.query<{ start_txid: string }>("SELECT coalesce(max(txid), 0)::text AS start_txid FROM changes"))
  .rows as [{ start_txid: string }];

// ── The mirror, killed twice ────────────────────────────────────────────────────────────────────
const journal = path.join(work, "mirror.journal");
let mirror: ChildProcess | undefined;
let caughtUp = "";
const startMirror = () => {
  mirror = spawn(process.execPath, ["--import", "tsx", "proof/sync-mirror.ts", endpoints[1] as string, journal], {
    cwd: apiDir,
    stdio: ["ignore", "pipe", "inherit"],
  });
  mirror.stdout?.on("data", (chunk: Buffer) => {
    const last = chunk.toString().trim().split("\n").at(-1);
    if (last?.startsWith("caught-up ")) caughtUp = last.slice(10);
  });
};
startMirror();

// ── Writers ─────────────────────────────────────────────────────────────────────────────────────
let changes = 0;
let writeErrors = 0;
/** Why writes did not count, by reason: user error codes, or the error's name. */
const writeFailures = new Map<string, number>();
const failure = (reason: string) => {
  writeErrors++;
  writeFailures.set(reason, (writeFailures.get(reason) ?? 0) + 1);
};
const kills: string[] = [];
const writeStarted = performance.now();
const steps = ["update", "publish", "update", "close", "publish", "archive"] as const;
async function writer(w: number) {
  let n = 0;
  while (changes < TARGET) {
    const client = admins[(w + n++) % admins.length] as (typeof admins)[0];
    const employerId = encodeGlobalId("Employer", employerIds[(w * 7 + n) % employerIds.length] as string);
    try {
      const { createPosting } = await client.createPosting({
        input: {
          employerId,
          reference: `proof-${w}-${n}-${Date.now()}`,
          title: `Proof role ${w}.${n}`,
          description: "A role made by pnpm proof:sync.",
          locations: [{ name: "Leeds", postcode: "LS1 4DY" }],
          closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          apply: { method: "WEBSITE", url: "https://example.com/apply" },
        },
      });
      const id = createPosting?.posting?.id;
      if (!id) {
        failure(`createPosting: ${createPosting?.userErrors.map((e) => e.code).join(",")}`);
        continue;
      }
      changes++;
      // Each posting lives a different length of its life.
      for (const step of steps.slice(0, 1 + (n % steps.length))) {
        if (changes >= TARGET) break;
        const result =
          step === "update"
            ? (await client.updatePosting({ id, input: { title: `Proof role ${w}.${n} (${changes})` } })).updatePosting
            : step === "publish"
              ? (await client.publishPosting({ id })).publishPosting
              : step === "close"
                ? (await client.closePosting({ id })).closePosting
                : (await client.archivePosting({ id })).archivePosting;
        if (result?.userErrors.length) failure(`${step}: ${result.userErrors.map((e) => e.code).join(",")}`);
        else changes++;
      }
    } catch (error) {
      failure(`${(error as Error).name}: ${(error as Error).message.slice(0, 80)}`);
    }
  }
}
const writing = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

// Faults while the writers run: mirror killed at 25 % and 65 %, receiver down at 45 %.
const whenAt = async (share: number) => {
  while (changes < TARGET * share) await new Promise((r) => setTimeout(r, 50));
};
const faults = (async () => {
  for (const [share, action] of [
    [0.25, "kill mirror"],
    [0.45, "receiver down"],
    [0.65, "kill mirror"],
  ] as const) {
    await whenAt(share);
    if (action === "kill mirror") {
      mirror?.kill("SIGKILL");
      kills.push(`mirror killed at ${changes} changes`);
      log(kills.at(-1) as string);
      await new Promise((r) => setTimeout(r, 1000));
      startMirror();
    } else {
      await stopReceiver();
      log(`receiver down at ${changes} changes for ${DOWN_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, DOWN_MS));
      await startReceiver();
      log("receiver up");
    }
  }
})();
await writing;
await faults;
const writeSeconds = (performance.now() - writeStarted) / 1000;
log(
  `${changes} changes written in ${writeSeconds.toFixed(1)} s (${writeErrors} writes refused or failed${writeFailures.size ? `: ${[...writeFailures].map(([reason, n]) => `${n} × ${reason}`).join("; ")}` : ""})`,
);

// ── Drain: every change dispatched and delivered ────────────────────────────────────────────────
const expected = async () =>
  Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM changes WHERE txid > $1", [startTxid])).rows[0]?.n ?? 0);
const drainDeadline = Date.now() + 5 * 60_000;
let total = await expected();
while (Date.now() < drainDeadline) {
  total = await expected();
  const pending = Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM webhook_deliveries WHERE status <> 'SUCCEEDED'")).rows[0]?.n);
  if (received.size >= total && pending === 0) break;
  await new Promise((r) => setTimeout(r, 500));
}
log(`receiver: ${received.size} of ${total} changes`);

// ── Mirror: caught up, then stopped and compared ────────────────────────────────────────────────
const anonymous = createClient({ endpoint: endpoints[0] as string });
let feedEnd = "";
// Read to the end to learn the position the mirror must reach.
{
  const iterator = anonymous.changes.iterate({ pageSize: 100 });
  let step = await iterator.next();
  while (!step.done) step = await iterator.next();
  feedEnd = step.value;
}
const mirrorDeadline = Date.now() + 120_000;
while (caughtUp < feedEnd && Date.now() < mirrorDeadline) await new Promise((r) => setTimeout(r, 200));
mirror?.kill("SIGTERM");
await new Promise((r) => mirror?.once("exit", r));

const copy = new Map<string, Record<string, unknown>>();
const positions: string[] = [];
for (const text of readFileSync(journal, "utf8").split("\n")) {
  if (!text) continue;
  const line = JSON.parse(text) as { c: string; id?: string; v?: Record<string, unknown> | null };
  positions.push(line.c);
  if (!line.id) continue;
  if (line.v) copy.set(line.id, line.v);
  else copy.delete(line.id);
}
const truth = new Map<string, Record<string, unknown>>();
for (const row of (await db.query("SELECT id, version, status::text, title FROM postings WHERE status IN ('PUBLISHED', 'CLOSED')")).rows)
  truth.set(encodeGlobalId("Posting", row.id), { type: "Posting", version: row.version, status: row.status, title: row.title });
for (const row of (await db.query("SELECT id, version, name FROM employers")).rows)
  truth.set(encodeGlobalId("Employer", row.id), { type: "Employer", version: row.version, name: row.name });
for (const row of (await db.query("SELECT id, key, name FROM benefits")).rows)
  truth.set(encodeGlobalId("Benefit", row.id), { type: "Benefit", key: row.key, name: row.name });
const differences = [...new Set([...truth.keys(), ...copy.keys()])].filter((id) => JSON.stringify(truth.get(id)) !== JSON.stringify(copy.get(id)));
const sortedPositions = new Set(positions).size === positions.length;

// ── Figures ─────────────────────────────────────────────────────────────────────────────────────
const latencies = [...received.values()].map((r) => r.at - r.changeAt);
const [{ attempts, deliveries }] = (
  await db.query<{ attempts: string; deliveries: string }>("SELECT sum(attempts) AS attempts, count(*) AS deliveries FROM webhook_deliveries")
).rows as [{ attempts: string; deliveries: string }];
const deliveredChanges = new Set([...received.values()].map((r) => r.changeId));
const feedStarted = performance.now();
let feedCount = 0;
for await (const _ of createClient({ endpoint: endpoints[0] as string, headers: { authorization: `Bearer ${adminKey}` } }).changes.iterate({
  pageSize: 100,
}))
  feedCount++;
const feedSeconds = (performance.now() - feedStarted) / 1000;

check(
  "every change committed during the run reached the receiver",
  deliveredChanges.size === total && received.size === total,
  `${deliveredChanges.size} of ${total}`,
);
check("no signature failed verification", badSignatures === 0, `${badSignatures}`);
check(
  "the mirror equals the public data",
  differences.length === 0 && truth.size > 0,
  `${copy.size} objects mirrored, ${truth.size} public; ${differences.length} differ${differences.length ? ` (e.g. ${differences.slice(0, 3).join(", ")})` : ""}`,
);
check("the mirror saved no cursor position twice", sortedPositions, `${positions.length} saves`);
check("the mirror was killed twice and resumed", kills.length === 2, kills.join("; "));
check(
  "both API processes stayed up",
  apis.every((api) => api.exitCode === null),
);

console.log(`
Writes        ${changes} changes by ${WRITERS} writers through 2 API processes in ${writeSeconds.toFixed(1)} s (${(changes / writeSeconds).toFixed(0)} changes/s); ${total} change rows
Receiver      ${requests} requests: ${refusedOnPurpose} refused on purpose (503), ${received.size} distinct webhook-ids, ${duplicates} duplicates (deduplicated), down ${DOWN_MS / 1000} s
Deliveries    ${deliveries} deliveries, ${attempts} attempts: ${Number(attempts) - Number(deliveries)} retries
Latency       commit to first 2xx: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms
Feed          ${feedCount} changes read from the start in ${feedSeconds.toFixed(2)} s: ${(feedCount / feedSeconds).toFixed(0)} changes/s (admin, pages of 100, with their objects)
Mirror        ${copy.size} objects; killed twice (${kills.join("; ")})
Load average  ${loadAverage()}
`);
for (const [name, ok, detail] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${name}${detail ? `: ${detail}` : ""}`);

for (const api of apis) api.kill("SIGTERM");
await Promise.all(apis.map((api) => new Promise((r) => (api.exitCode === null ? api.once("exit", r) : r(null)))));
await stopReceiver();
await db.end();
if (checks.every(([, ok]) => ok)) rmSync(work, { recursive: true, force: true });
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
