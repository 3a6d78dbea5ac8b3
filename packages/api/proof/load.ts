// pnpm proof:load: the API under a fixed request rate of mixed reads and writes on PostgreSQL,
// printed as figures (never asserted): throughput, p50/p95/p99 per operation, errors split into
// rate-limited (429), unavailable (503) and other, and the server's memory sampled through the run.
// Afterwards the consistency checks run on what the writes left (exit 1 if one fails).
//
//   pnpm proof:load [--duration 60] [--rate 50] [--writes 20] [--employers 500] [--postings 10000] [--reuse]
//   PROOF_DATABASE_URL=postgres://... (default postgres://postgres@127.0.0.1:5432/jobgraph_proof)
import { randomBytes } from "node:crypto";
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { checkDatabase, checkWrites, printChecks } from "./consistency.js";
import { drive } from "./drive.js";
import { createAdminKey, createSeededDatabase, freePort, loadAverage, rssMiB, startApi, summariseLog, waitFor } from "./harness.js";
import { postGraphQL, printSamples, READS, sampleIds } from "./workload.js";
import { WriteWorkload } from "./writes.js";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    rate: { type: "string", default: "50" },
    writes: { type: "string", default: "20" },
    employers: { type: "string", default: "500" },
    postings: { type: "string", default: "10000" },
    reuse: { type: "boolean", default: false },
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
const api = startApi({ databaseUrl, port, logFile });
try {
  await waitFor(`${base}/ready`);
  const sample = await sampleIds(base);
  const writes = new WriteWorkload(() => base, apiKey, sample.employerIds, runId);
  // Warm-up: the JIT, the gazetteer and PostgreSQL's caches (not measured).
  for (let i = 0; i < 20; i++) for (const read of Object.values(READS)) await postGraphQL(base, read(sample, i).query, read(sample, i).variables);

  const memory: { at: number; rss: number }[] = [];
  const started = performance.now();
  const sampleMemory = () => {
    const rss = rssMiB(api.pid);
    if (rss !== undefined) memory.push({ at: (performance.now() - started) / 1000, rss });
  };
  sampleMemory();
  const sampler = setInterval(sampleMemory, 1000);
  const loadBefore = loadAverage();
  console.log(
    `\n${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}; load average ${loadBefore}\n` +
      `${rate} requests/s for ${seconds} s, ${writeShare}% writes (run ${runId})\n`,
  );

  const samples = await drive({ base: () => base, rate, seconds, writeShare, sample, writes, started });
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sampleMemory();

  printSamples(samples, elapsed);
  const rss = memory.map((m) => m.rss);
  const third = Math.max(1, Math.floor(memory.length / 3));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(
    `\nServer RSS (MiB, /proc/${api.pid}/status): start ${rss[0]?.toFixed(0)}, end ${rss.at(-1)?.toFixed(0)}, max ${Math.max(...rss).toFixed(0)}; ` +
      `mean of first third ${mean(rss.slice(0, third)).toFixed(0)}, last third ${mean(rss.slice(-third)).toFixed(0)}`,
  );
  const every = Math.max(1, Math.round(memory.length / 12));
  console.log(
    `  sampled: ${memory
      .filter((_, i) => i % every === 0)
      .map((m) => `${m.at.toFixed(0)}s ${m.rss.toFixed(0)}`)
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
