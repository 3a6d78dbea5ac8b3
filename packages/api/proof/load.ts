// pnpm proof:load: the API under a fixed request rate of mixed reads and writes on PostgreSQL,
// printed as figures (never asserted): throughput, p50/p95/p99 per operation, errors split into
// rate-limited (429), unavailable (503) and other, and the server's memory sampled through the run.
// Afterwards the consistency checks run on what the writes left (exit 1 if one fails).
//
//   pnpm proof:load [--duration 60] [--rate 30] [--writes 20] [--employers 500] [--postings 10000] [--reuse]
//                  [--cache-ttl MS] (RESPONSE_CACHE_TTL_MS for the server; default: the production default)
//   PROOF_DATABASE_URL=postgres://... (default postgres://postgres@127.0.0.1:5432/jobgraph_proof)
import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { checkDatabase, checkWrites, printChecks } from "./consistency.js";
import { drive } from "./drive.js";
import { createAdminKey, createSeededDatabase, freePort, loadAverage, readMemory, startApi, summariseLog, waitFor } from "./harness.js";
import { postGraphQL, printSamples, READS, sampleIds } from "./workload.js";
import { WriteWorkload } from "./writes.js";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    rate: { type: "string", default: "30" },
    writes: { type: "string", default: "20" },
    employers: { type: "string", default: "500" },
    postings: { type: "string", default: "10000" },
    reuse: { type: "boolean", default: false },
    "cache-ttl": { type: "string" },
  },
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
});
const seconds = Number(values.duration);
const rate = Number(values.rate);
const writeShare = Number(values.writes);
const databaseUrl = process.env.PROOF_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/jobgraph_proof";

await createSeededDatabase(databaseUrl, { employers: Number(values.employers), postings: Number(values.postings), reuse: values.reuse });
const runStarted = new Date();
const runId = `PROOF-${randomBytes(3).toString("hex")}`;
const apiKey = await createAdminKey(databaseUrl, `proof ${runId}`);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const logFile = `/tmp/jobgraph-proof-load-${runId}.log`;
const memoryFile = `/tmp/jobgraph-proof-memory-${runId}.jsonl`;
const cacheTtl = values["cache-ttl"];
// TRUST_PROXY: the readers' X-Forwarded-For addresses count as separate clients (see drive.ts).
const api = startApi({
  databaseUrl,
  port,
  logFile,
  memoryFile,
  env: { TRUST_PROXY: "true", ...(cacheTtl === undefined ? {} : { RESPONSE_CACHE_TTL_MS: cacheTtl }) },
});
try {
  await waitFor(`${base}/ready`);
  const sample = await sampleIds(base);
  const writes = new WriteWorkload(() => base, apiKey, sample.employerIds, runId);
  // Warm-up: the JIT, the gazetteer and PostgreSQL's caches (not measured).
  for (let i = 0; i < 20; i++) for (const read of Object.values(READS)) await postGraphQL(base, read(sample, i).query, read(sample, i).variables);

  // The live heap (after a full GC) before and after the run; memory-probe.ts samples every second.
  const collect = async () => {
    api.kill("SIGUSR2");
    await new Promise((resolve) => setTimeout(resolve, 1500));
  };
  await collect();
  const started = performance.now();
  const startedAt = Date.now();
  const loadBefore = loadAverage();
  console.log(
    `\n${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}; load average ${loadBefore}\n` +
      `${rate} requests/s for ${seconds} s, ${writeShare}% writes (run ${runId}); response cache ${cacheTtl === undefined ? "as in production" : `TTL ${cacheTtl} ms`}\n`,
  );

  const samples = await drive({ base: () => base, rate, seconds, writeShare, sample, writes, started });
  const elapsed = (performance.now() - started) / 1000;
  await collect();

  printSamples(samples, elapsed);
  const memory = readMemory(memoryFile);
  const mib = (bytes: number | undefined) => (bytes === undefined ? "?" : (bytes / 1048576).toFixed(0));
  const [before, after] = [memory.filter((m) => m.afterGc)[0], memory.filter((m) => m.afterGc).at(-1)];
  const during = memory.filter((m) => !m.afterGc && m.at >= startedAt);
  const every = Math.max(1, Math.round(during.length / 12));
  console.log(
    `\nServer memory (MiB, rss/heap used):\n  after a full GC before the run ${mib(before?.rss)}/${mib(before?.heapUsed)}, ` +
      `after the run ${mib(after?.rss)}/${mib(after?.heapUsed)}; highest during the run ${mib(Math.max(...during.map((m) => m.rss)))}/${mib(Math.max(...during.map((m) => m.heapUsed)))}\n` +
      `  sampled: ${during
        .filter((_, i) => i % every === 0)
        .map((m) => `${((m.at - startedAt) / 1000).toFixed(0)}s ${mib(m.rss)}/${mib(m.heapUsed)}`)
        .join(", ")}`,
  );
  console.log(`Load average before ${loadBefore}, after ${loadAverage()}; ${elapsed.toFixed(1)} s including the last responses`);

  console.log(`Server log: ${summariseLog(logFile)}`);
  const { resolved, stillUnknown } = await writes.resolveUnknownCreates();
  console.log(`\nCreates without an answer, re-sent with their idempotency keys: ${resolved} acknowledged now, ${stillUnknown} still unknown`);
  console.log("Consistency of what the writes left:");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sql = async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[];
  const passed = printChecks([...(await checkDatabase(sql, runStarted)), ...(await checkWrites(sql, runId, writes.postings))]);
  await client.end();
  process.exitCode = passed ? 0 : 1;
} finally {
  api.kill("SIGTERM");
}
