// pnpm proof:faults: what the API does when things break, printed as figures, then checked.
// Runs on a throwaway PostgreSQL cluster (postgres-cluster.ts), never the machine's own server.
//
//  1. PostgreSQL restart under load: mixed reads and writes at a fixed rate; PostgreSQL is stopped
//     (pg_ctl stop -m fast), kept down a few seconds, started again. Reports how fast requests
//     failed during the outage, when /ready went false and true again, how long the API took to
//     serve again, and whether it stayed up.
//  2. API killed mid-write: writes only; the API process gets SIGKILL, is restarted, and the writes
//     continue.
// After each, creates whose outcome is unknown are re-sent with their idempotency keys, then the
// consistency checks run (consistency.ts). Exit 1 when a check fails or the API crashed.
//
//   pnpm proof:faults [--scenario all|postgres-restart|kill-api] [--rate 20] [--before 5] [--down 5] [--after 10]
//                     [--employers 50] [--postings 2000] [--pg-port 5499] [--stop-mode fast|immediate]
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { truncateSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { checkDatabase, checkWrites, printChecks } from "./consistency.js";
import { drive } from "./drive.js";
import { createAdminKey, createSeededDatabase, freePort, loadAverage, percentile, startApi, summariseLog, waitFor } from "./harness.js";
import { startThrowawayCluster } from "./postgres-cluster.js";
import { printSamples, printTimeline, type Sample, sampleIds } from "./workload.js";
import { WriteWorkload } from "./writes.js";

const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: "all" },
    rate: { type: "string", default: "20" },
    before: { type: "string", default: "5" },
    down: { type: "string", default: "5" },
    after: { type: "string", default: "10" },
    employers: { type: "string", default: "50" },
    postings: { type: "string", default: "2000" },
    "pg-port": { type: "string" },
    "stop-mode": { type: "string", default: "fast" },
  },
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
});
const rate = Number(values.rate);
const [before, down, after] = [Number(values.before), Number(values.down), Number(values.after)];
const stopMode = values["stop-mode"] === "immediate" ? "immediate" : "fast";
const scenarios = values.scenario === "all" ? ["postgres-restart", "kill-api"] : [values.scenario as string];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const s = (ms: number | undefined) => (ms === undefined ? "never" : `${(ms / 1000).toFixed(2)} s`);

/** Polls /ready every 100 ms, recording each answer (0 = no answer) and its time since `started`. */
function watchReadiness(base: string, started: number) {
  const seen: { at: number; status: number }[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const at = performance.now() - started;
      const status = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(3_000) }).then(
        (r) => r.status,
        () => 0,
      );
      seen.push({ at, status });
      await sleep(100);
    }
  })();
  return {
    seen,
    stop: async () => {
      stopped = true;
      await loop;
    },
    /** The first answer at or after `from` ms with this status (or not 200 when `notReady`). */
    first: (from: number, ready: boolean) => seen.find((r) => r.at >= from && (r.status === 200) === ready)?.at,
  };
}

async function verify(databaseUrl: string, since: Date, writes: WriteWorkload): Promise<boolean> {
  const { resolved, stillUnknown } = await writes.resolveUnknownCreates();
  console.log(`\nCreates without an answer, re-sent with their idempotency keys: ${resolved} acknowledged now, ${stillUnknown} still unknown`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sql = async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[];
  try {
    console.log("Consistency:");
    return printChecks([...(await checkDatabase(sql, since)), ...(await checkWrites(sql, writes.runId, writes.postings))]);
  } finally {
    await client.end();
  }
}

const pgPort = values["pg-port"] ? Number(values["pg-port"]) : await freePort();
const cluster = await startThrowawayCluster(pgPort);
let failed = false;
let api: ChildProcess | undefined;
try {
  const databaseUrl = cluster.url("jobgraph_faults");
  await createSeededDatabase(databaseUrl, { employers: Number(values.employers), postings: Number(values.postings) });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // No response cache: every request goes to the database, the worst case for an outage.
  const apiEnv = { TRUST_PROXY: "true", DATABASE_CONNECT_TIMEOUT_MS: "2000", READY_TIMEOUT_MS: "1000", RESPONSE_CACHE_TTL_MS: "0" };
  const logFile = `/tmp/jobgraph-proof-faults-${pgPort}.log`;
  api = startApi({ databaseUrl, port, env: apiEnv, logFile });
  await waitFor(`${base}/ready`);
  const sample = await sampleIds(base);
  console.log(`Throwaway PostgreSQL on port ${pgPort}; API on ${port}; load average ${loadAverage()}`);

  if (scenarios.includes("postgres-restart")) {
    console.log(
      `\n== PostgreSQL restart under load: ${rate} req/s (30% writes); stop (-m ${stopMode}) after ${before} s, down ${down} s, then ${after} s more ==\n`,
    );
    const since = new Date();
    const writes = new WriteWorkload(
      () => base,
      await createAdminKey(databaseUrl, "proof restart"),
      sample.employerIds,
      `FAULT-${randomBytes(3).toString("hex")}`,
    );
    const started = performance.now();
    const readiness = watchReadiness(base, started);
    let stoppedAt = 0;
    let startedAt = 0;
    const chaos = (async () => {
      await sleep(before * 1000);
      stoppedAt = performance.now() - started;
      await cluster.stop(stopMode);
      const downAt = performance.now() - started;
      await sleep(down * 1000);
      await cluster.start(); // resolves once PostgreSQL accepts connections
      startedAt = performance.now() - started;
      console.log(`PostgreSQL stopping at ${s(stoppedAt)} (down at ${s(downAt)}), accepting connections again at ${s(startedAt)}`);
    })();
    const samples = await drive({ base: () => base, rate, seconds: before + down + after, writeShare: 30, sample, writes, started });
    await chaos;
    await readiness.stop();

    printSamples(samples, before + down + after);
    printTimeline(samples);
    const during = samples.filter((x) => x.at >= stoppedAt && x.at < startedAt);
    const failures = during.filter((x) => x.outcome !== "ok");
    const readyAgain = readiness.first(startedAt, true);
    const firstOk = samples.find((x) => x.at >= startedAt && x.outcome === "ok")?.at;
    const lateFailures = samples.filter((x) => readyAgain !== undefined && x.at >= readyAgain + 1000 && x.outcome !== "ok");
    console.log(`\nDuring the outage (${s(startedAt - stoppedAt)}): ${during.length} requests, ${failures.length} failed`);
    const codes = new Map<string, number>();
    for (const f of failures) codes.set(`${f.outcome} ${f.detail ?? ""}`.trim(), (codes.get(`${f.outcome} ${f.detail ?? ""}`.trim()) ?? 0) + 1);
    console.log(`  failures by kind: ${JSON.stringify(Object.fromEntries(codes))}`);
    const failedMs = failures.map((f) => f.ms);
    console.log(
      `  latency of the failures: p50 ${percentile(failedMs, 50).toFixed(0)} ms, p99 ${percentile(failedMs, 99).toFixed(0)} ms, max ${failedMs.length ? Math.max(...failedMs).toFixed(0) : "-"} ms`,
    );
    console.log(
      `Readiness: false ${s(readiness.first(stoppedAt, false) === undefined ? undefined : (readiness.first(stoppedAt, false) as number) - stoppedAt)} after the stop began; true again ${s(readyAgain === undefined ? undefined : readyAgain - startedAt)} after PostgreSQL was back`,
    );
    console.log(
      `First successful request ${s(firstOk === undefined ? undefined : firstOk - startedAt)} after PostgreSQL was back; failures from 1 s after ready: ${lateFailures.length}`,
    );
    const crashed = api.exitCode !== null || api.signalCode !== null;
    for (const f of lateFailures) console.log(`  after recovery: ${f.kind} at ${s(f.at)}: ${f.outcome} ${f.detail ?? ""}`);
    console.log(`API process: ${crashed ? `EXITED (${api.exitCode ?? api.signalCode})` : "still running (no crash)"}`);
    console.log(`Server log: ${summariseLog(logFile)}`);
    if (crashed || readyAgain === undefined || lateFailures.length) failed = true;
    if (!(await verify(databaseUrl, since, writes))) failed = true;
  }

  if (scenarios.includes("kill-api")) {
    const seconds = before + after;
    console.log(`\n== API killed mid-write: ${rate} writes/s for ${seconds} s; SIGKILL after ${before} s, restarted at once ==\n`);
    const since = new Date();
    truncateSync(logFile); // this scenario's log only (the server appends to it)
    const writes = new WriteWorkload(
      () => base,
      await createAdminKey(databaseUrl, "proof kill"),
      sample.employerIds,
      `KILL-${randomBytes(3).toString("hex")}`,
    );
    const started = performance.now();
    const chaos = (async () => {
      await sleep(before * 1000);
      const killedAt = performance.now() - started;
      api?.kill("SIGKILL");
      api = startApi({ databaseUrl, port, env: apiEnv, logFile });
      await waitFor(`${base}/ready`);
      console.log(`SIGKILL at ${s(killedAt)}; restarted API ready ${s(performance.now() - started - killedAt)} later`);
    })();
    const samples: Sample[] = await drive({ base: () => base, rate, seconds, writeShare: 100, sample, writes, started });
    await chaos;
    printSamples(samples, seconds);
    printTimeline(samples);
    const inFlight = writes.postings.filter((p) => p.created === "unknown" || p.pending).length;
    const refused = samples.filter((x) => x.detail === "ECONNREFUSED").length;
    console.log(
      `\nWrites in flight at the kill (no answer, outcome unknown): ${inFlight}; refused while the API was down (nothing sent): ${refused}`,
    );
    console.log(`Server log: ${summariseLog(logFile)}`);
    if (!(await verify(databaseUrl, since, writes))) failed = true;
  }
} finally {
  api?.kill("SIGTERM");
  await cluster.destroy();
}
console.log(failed ? "\nFAILED" : "\nAll checks passed.");
process.exitCode = failed ? 1 : 0;
