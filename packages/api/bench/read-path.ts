// pnpm bench: the read path measured against its ceiling, printed as figures (never
// asserted; issue 13, "measure first"). Four anonymous operations over POST /graphql without the
// response cache — O1 browse, O2 keyword search, O3 one advert's detail, O4 employers with their
// postings — each against a hand-written ceiling (bench/read-ceiling.ts: one SQL statement that
// builds the whole response, pg behind bare node:http, in its own process). It checks that both
// answer the same, counts the SQL statements each sends per request (bench/statement-counter.ts, a
// wire-protocol proxy), times them in interleaved rounds (API, ceiling, API, ...) with latency
// percentiles from every response, times one request alone, samples both servers' memory, and
// profiles the API's CPU under O1 load (bench/cpu-profile.ts). The API runs from the production build
// (dist/server.js, rebuilt first), as operators run it.
//
//   pnpm bench [--reuse] [--duration 10] [--connections 10] [--rounds 3] [--only O1,O3]
//              [--sequential 30] [--no-profile] [--show-sql] [--employers 5000] [--postings 100000]
//   --show-sql prints the SQL text the API sends for one request of each operation.
//   BENCH_DATABASE_URL=postgres://... (default postgres://postgres@127.0.0.1:5432/jobgraph_bench)
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import autocannon from "autocannon";
import { apiDir, createSeededDatabase, freePort, loadAverage, percentile, startApi, waitFor } from "../proof/harness.js";
import { buildApi } from "../scripts/build.js";
import { ADVERT_EMPLOYER_SLUG, ADVERT_REFERENCE } from "../src/seed/advert.js";
import { type CpuProfile, formatProfile, summariseProfile } from "./cpu-profile.js";
import { startStatementCounter } from "./statement-counter.js";

const { values } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "3" },
    only: { type: "string", default: "O1,O2,O3,O4" },
    sequential: { type: "string", default: "30" },
    "no-profile": { type: "boolean", default: false },
    "show-sql": { type: "boolean", default: false },
    employers: { type: "string", default: "5000" },
    postings: { type: "string", default: "100000" },
  },
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const sequential = Number(values.sequential);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/jobgraph_bench";
// Every request runs its SQL; one client asking as fast as it can is not rate-limited.
// The load comes from one address: neither the rate limit nor the per-client concurrency cap applies.
const API_ENV = { RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT: "false", MAX_CONCURRENT_REQUESTS_PER_CLIENT: "10000" };

interface Operation {
  id: string;
  name: string;
  query: string;
  /** Target throughput as a share of the ceiling's (issue 13). */
  target: number;
}

const ALL_OPERATIONS: Operation[] = [
  {
    id: "O1",
    name: "browse: hybrid + permanent, newest open first, 20 with salary/employer/locations/benefits, totalCount",
    query: `query O1 { postings(first: 20, filter: { workplaceTypes: [HYBRID], contractTypes: [PERMANENT] }, orderBy: { field: POSTED_AT, direction: DESC }) {
      totalCount nodes { title reference salary { min max currency period text } employer { name slug } locations { name postcode } benefits { benefit { key name } } } } }`,
    target: 0.9,
  },
  {
    id: "O2",
    name: 'keyword: "engineer" by relevance, 20 with employer name, totalCount',
    query: `query O2 { postings(first: 20, filter: { keywords: "engineer" }, orderBy: { field: RELEVANCE, direction: DESC }) {
      totalCount nodes { title employer { name } } } }`,
    target: 0.7,
  },
  {
    id: "O3",
    name: "detail: the Lloyds advert by employer slug + reference, employer/accreditations/locations/benefits/requirements",
    query: `query O3 { posting(employerSlug: "${ADVERT_EMPLOYER_SLUG}", reference: "${ADVERT_REFERENCE}") {
      title reference postedAt closesAt
      employer { name slug brands accreditations { scheme level statement awardedOn expiresOn } }
      locations { name postcode region } benefits { benefit { key name } detail } requirements { essential desirable } } }`,
    target: 0.3,
  },
  {
    id: "O4",
    name: "nested: 20 employers by name, each with its 5 newest open postings",
    query: `query O4 { employers(first: 20) { nodes { name slug postings(first: 5) { nodes { title closesAt } } } } }`,
    target: 0.3,
  },
];
/** One request alone: at most this multiple of the ceiling's latency (issue 13). */
const ALONE_TARGET = 1.5;

const only = new Set(values.only.split(",").map((id) => id.trim().toUpperCase()));
const operations = ALL_OPERATIONS.filter((op) => only.has(op.id));
if (!operations.length) throw new Error(`--only ${values.only}: no such operation (O1, O2, O3, O4)`);

interface Server {
  name: "API" | "ceiling";
  process: ChildProcess;
  url(op: Operation): string;
}

const bodyOf = (op: Operation) => JSON.stringify({ query: op.query });

async function startServers(dbUrls: { api: string; ceiling: string }, nodeArgs: string[] = []): Promise<[Server, Server]> {
  const [apiPort, ceilingPort] = [await freePort(), await freePort()];
  const api = startApi({ databaseUrl: dbUrls.api, port: apiPort, env: API_ENV, nodeArgs, production: true });
  const ceiling = spawn(process.execPath, ["--import", "tsx", "bench/read-ceiling.ts"], {
    cwd: apiDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: dbUrls.ceiling, PORT: String(ceilingPort) },
  });
  await Promise.all([waitFor(`http://127.0.0.1:${apiPort}/health`), waitFor(`http://127.0.0.1:${ceilingPort}/health`)]);
  return [
    { name: "API", process: api, url: () => `http://127.0.0.1:${apiPort}/graphql` },
    { name: "ceiling", process: ceiling, url: (op) => `http://127.0.0.1:${ceilingPort}/${op.id}` },
  ];
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function post(server: Server, op: Operation): Promise<unknown> {
  const response = await fetch(server.url(op), { method: "POST", headers: { "content-type": "application/json" }, body: bodyOf(op) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${server.name} ${op.id}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** Where two parsed JSON values first differ, with both sides (shortened); undefined when equal. */
function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}${Array.isArray(a) ? `[${key}]` : `.${key}`}`,
      );
      if (found) return found;
    }
  }
  const show = (value: unknown) => (value === undefined ? "(absent)" : JSON.stringify(value).slice(0, 200));
  return `${path || "(root)"}: API ${show(a)} vs ceiling ${show(b)}`;
}

interface Answer {
  data?: unknown;
  errors?: unknown[];
}

interface Load {
  latencies: number[];
  seconds: number;
  failures: number;
}

/** `connections` connections posting `op` for `duration` s; the latency of every response. */
async function load(server: Server, op: Operation, seconds = duration): Promise<Load> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const result = await autocannon({
    url: server.url(op),
    method: "POST",
    headers: { "content-type": "application/json" },
    body: bodyOf(op),
    connections,
    duration: seconds,
    setupClient: (client) => {
      client.on("response", (status: number, _bytes: number, responseTime: number) => {
        if (status >= 200 && status < 300) latencies.push(responseTime);
        else failures++;
      });
    },
  });
  return { latencies, seconds: (performance.now() - started) / 1000, failures: failures + result.errors + result.timeouts };
}

/**
 * The median latency of `sequential` requests sent one after another to each server, alternating
 * between them request by request, so that both see the same machine (measured one server after
 * the other, the first one measured paid for whatever the previous operation's load left running,
 * e.g. O2's three-second statements finishing: O3 alone read 12.9 ms against 4.6).
 */
async function alone(servers: readonly Server[], op: Operation): Promise<number[]> {
  // Let the previous load's stragglers finish first.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const times = servers.map(() => [] as number[]);
  for (let i = 0; i < sequential; i++) {
    for (const [index, server] of servers.entries()) {
      const started = performance.now();
      await post(server, op);
      times[index]?.push(performance.now() - started);
    }
  }
  return times.map((list) => percentile(list, 50));
}

/** VmRSS and VmHWM of a process in MB (NaN when gone). */
function memoryOf(pid: number | undefined): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+)`, "m"))?.[1] ?? Number.NaN);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return { rss: Number.NaN, hwm: Number.NaN };
  }
}

/** Samples a process's RSS every 250 ms; the highest seen since the last reset. */
function sampleMemory(pid: number | undefined) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, memoryOf(pid).rss);
  }, 250);
  return {
    reset: () => {
      peak = memoryOf(pid).rss;
    },
    peak: () => peak,
    stop: () => clearInterval(timer),
  };
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "-");
const pad = (value: string | number, width: number) => String(value).padStart(width);
const verdict = (met: boolean) => (met ? "met" : "MISSED");

// ---------------------------------------------------------------------------------------------

await createSeededDatabase(databaseUrl, { employers: Number(values.employers), postings: Number(values.postings), reuse: values.reuse });
// The API runs as operators run it: the production build (dist/server.js), not the sources under tsx.
await buildApi();
const loadAtStart = loadAverage();
console.log(
  `\nRead path: ${operations.map((op) => op.id).join(", ")}; ${connections} connections, ${rounds} interleaved rounds of ${duration} s per side; ` +
    `one request alone = median of ${sequential}\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}; load average ${loadAtStart}`,
);

// 1. SQL statements per request: both servers behind counting proxies, N sequential requests each.
const statements = new Map<string, { API: number; ceiling: number }>();
{
  const apiCounter = await startStatementCounter(databaseUrl);
  const ceilingCounter = await startStatementCounter(databaseUrl);
  const servers = await startServers({ api: apiCounter.url, ceiling: ceilingCounter.url });
  try {
    for (const op of operations) {
      const counts = { API: 0, ceiling: 0 };
      for (const server of servers) {
        const counter = server.name === "API" ? apiCounter : ceilingCounter;
        for (let i = 0; i < 5; i++) await post(server, op);
        if (values["show-sql"] && server.name === "API") {
          counter.record();
          await post(server, op);
          const texts = counter.recorded();
          console.log(`${op.id}: the API's SQL for one request (${texts.length} Query/Parse messages)`);
          for (const text of texts) console.log(`  - ${text.replace(/\s+/g, " ").slice(0, 240)}`);
        }
        const before = counter.count();
        for (let i = 0; i < sequential; i++) await post(server, op);
        counts[server.name] = (counter.count() - before) / sequential;
      }
      statements.set(op.id, counts);
    }
  } finally {
    await Promise.all(servers.map((server) => stop(server.process)));
    await Promise.all([apiCounter.close(), ceilingCounter.close()]);
  }
}

// 2. Same answers, one request alone, and interleaved load rounds; memory sampled throughout.
interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  alone: number;
}
const figures = new Map<string, { API: Figures; ceiling: Figures }>();
const memory: Record<"API" | "ceiling", { idle: number; peak: number; after: number; hwm: number }> = {
  API: { idle: 0, peak: 0, after: 0, hwm: 0 },
  ceiling: { idle: 0, peak: 0, after: 0, hwm: 0 },
};
const mismatches: string[] = [];
{
  const servers = await startServers({ api: databaseUrl, ceiling: databaseUrl });
  const samplers = servers.map((server) => sampleMemory(server.process.pid));
  try {
    // Warm-up (the JIT, both pools, PostgreSQL's caches), then the same answer from both.
    for (const op of operations) {
      // The data only: the API's extensions (the query's cost) have no counterpart in the ceiling.
      const [fromApi, fromCeiling] = [(await post(servers[0], op)) as Answer, (await post(servers[1], op)) as Answer];
      const difference = firstDifference(fromApi.data, fromCeiling.data, "data");
      const errors = fromApi.errors;
      const line = errors
        ? `${op.id} MISMATCH: the API answered with errors ${JSON.stringify(errors).slice(0, 300)}`
        : difference
          ? `${op.id} MISMATCH at ${difference}`
          : `${op.id} same data from the API and the ceiling (${JSON.stringify(fromApi.data).length} bytes of JSON)`;
      console.log(line);
      if (errors || difference) mismatches.push(line);
      for (let i = 0; i < 30; i++) for (const server of servers) await post(server, op);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    servers.forEach((server, i) => {
      memory[server.name].idle = memoryOf(server.process.pid).rss;
      samplers[i]!.reset();
    });
    for (const op of operations) {
      const [apiAlone, ceilingAlone] = await alone(servers, op);
      const times = { API: apiAlone as number, ceiling: ceilingAlone as number };
      const loads: Record<"API" | "ceiling", Load[]> = { API: [], ceiling: [] };
      for (let round = 0; round < rounds; round++) for (const server of servers) loads[server.name].push(await load(server, op));
      const summarise = (name: "API" | "ceiling"): Figures => {
        const all = loads[name].flatMap((l) => l.latencies);
        const seconds = loads[name].reduce((sum, l) => sum + l.seconds, 0);
        return {
          rps: all.length / seconds,
          p50: percentile(all, 50),
          p95: percentile(all, 95),
          p99: percentile(all, 99),
          failures: loads[name].reduce((sum, l) => sum + l.failures, 0),
          alone: times[name],
        };
      };
      figures.set(op.id, { API: summarise("API"), ceiling: summarise("ceiling") });
      console.log(`  ${op.id} measured (load average ${loadAverage()})`);
    }
    servers.forEach((server, i) => {
      const now = memoryOf(server.process.pid);
      memory[server.name] = { ...memory[server.name], peak: Math.max(samplers[i]!.peak(), now.rss), after: now.rss, hwm: now.hwm };
    });
  } finally {
    for (const sampler of samplers) sampler.stop();
    await Promise.all(servers.map((server) => stop(server.process)));
  }
}
const loadAtEnd = loadAverage();

// 3. The report.
console.log(`\nRead path vs ceiling (same run, interleaved rounds; latencies in ms from every response)`);
const header = `${"".padEnd(13)} ${pad("req/s", 8)} ${pad("p50", 7)} ${pad("p95", 7)} ${pad("p99", 7)} ${pad("failed", 6)} ${pad("alone", 7)} ${pad("SQL/req", 7)}`;
const summaryLines: string[] = [];
for (const op of operations) {
  const f = figures.get(op.id);
  const s = statements.get(op.id);
  if (!f || !s) continue;
  console.log(`\n${op.id} ${op.name}\n${header}`);
  for (const name of ["API", "ceiling"] as const) {
    const x = f[name];
    console.log(
      `${`  ${name}`.padEnd(13)} ${pad(fmt(x.rps, 0), 8)} ${pad(fmt(x.p50), 7)} ${pad(fmt(x.p95), 7)} ${pad(fmt(x.p99), 7)} ${pad(x.failures, 6)} ${pad(fmt(x.alone), 7)} ${pad(fmt(s[name], 2), 7)}`,
    );
  }
  const ratio = f.API.rps / f.ceiling.rps;
  const aloneRatio = f.API.alone / f.ceiling.alone;
  const line = `  API/ceiling: req/s ${fmt(ratio, 2)}× (target ≥ ${op.target}×: ${verdict(ratio >= op.target)}); one request alone ${fmt(aloneRatio, 2)}× (target ≤ ${ALONE_TARGET}×: ${verdict(aloneRatio <= ALONE_TARGET)})`;
  console.log(line);
  summaryLines.push(
    `| ${op.id} | ${fmt(f.API.rps, 0)} | ${fmt(f.ceiling.rps, 0)} | ${fmt(ratio, 2)}× (≥ ${op.target}×: ${verdict(ratio >= op.target)}) | ` +
      `${fmt(f.API.p50)} / ${fmt(f.API.p95)} / ${fmt(f.API.p99)} | ${fmt(f.ceiling.p50)} / ${fmt(f.ceiling.p95)} / ${fmt(f.ceiling.p99)} | ` +
      `${fmt(f.API.alone)} / ${fmt(f.ceiling.alone)} = ${fmt(aloneRatio, 2)}× (≤ ${ALONE_TARGET}×: ${verdict(aloneRatio <= ALONE_TARGET)}) | ${fmt(s.API, 2)} / ${fmt(s.ceiling, 2)} |`,
  );
}
console.log(
  "\nAs a Markdown table:\n| op | API req/s | ceiling req/s | API/ceiling | API p50 / p95 / p99 ms | ceiling p50 / p95 / p99 ms | alone ms: API / ceiling | SQL/req: API / ceiling |\n" +
    "| -- | --: | --: | -- | --: | --: | -- | --: |",
);
for (const line of summaryLines) console.log(line);
console.log("\nMemory (MB): RSS idle after warm-up, peak sampled every 250 ms during the bench, after it; VmHWM (lifetime peak)");
for (const name of ["API", "ceiling"] as const) {
  const m = memory[name];
  console.log(`  ${name.padEnd(8)} idle ${fmt(m.idle)}  peak ${fmt(m.peak)}  after ${fmt(m.after)}  VmHWM ${fmt(m.hwm)}`);
}
console.log(`\nLoad average at the start: ${loadAtStart}; after the timed rounds: ${loadAtEnd}`);
if (mismatches.length) console.log(`\n${mismatches.length} MISMATCH(ES):\n${mismatches.join("\n")}`);

// 4. Where the API's CPU goes under O1 load (or the first selected operation): one round under --cpu-prof.
if (!values["no-profile"]) {
  const op = operations.find((o) => o.id === "O1") ?? operations[0]!;
  const dir = await mkdtemp(join(tmpdir(), "jobgraph-cpu-prof-"));
  const servers = await startServers({ api: databaseUrl, ceiling: databaseUrl }, ["--cpu-prof", "--cpu-prof-dir", dir]);
  try {
    for (let i = 0; i < 30; i++) await post(servers[0], op);
    const loadStarted = performance.now();
    const profiled = await load(servers[0], op);
    await stop(servers[0].process);
    // The samples from the start of the load to the server's exit (the profile ends at exit).
    const profiledSeconds = (performance.now() - loadStarted) / 1000;
    // node names profiles CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main one.
    const file = (await readdir(dir)).find((name) => name.includes(`.${servers[0].process.pid}.0.`));
    if (!file) throw new Error(`no main-thread profile in ${dir}`);
    const profile = JSON.parse(await readFile(join(dir, file), "utf8")) as CpuProfile;
    console.log(
      `\nAPI CPU under ${op.id} load (${fmt(profiled.latencies.length / profiled.seconds, 0)} req/s with --cpu-prof, ${duration} s): self time by package, % of non-idle samples`,
    );
    for (const line of formatProfile(summariseProfile(profile, apiDir, profiledSeconds))) console.log(`  ${line}`);
  } finally {
    await Promise.all(servers.map((server) => stop(server.process)));
    if (process.env.BENCH_KEEP_PROFILE) console.log(`  (profile kept in ${dir})`);
    else await rm(dir, { recursive: true, force: true });
  }
}
process.exit(0);
