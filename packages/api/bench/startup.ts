// pnpm bench:startup: start-up time and idle memory of the production server on PostgreSQL, printed
// as figures (never asserted). Each run spawns a server process with NODE_ENV=production on an
// already-migrated database and measures, from the spawn: until GET /health answers, and until a
// first GraphQL query is answered; then, after the server has sat idle for --idle seconds, its
// resident set size (VmRSS). Runs of the variants are interleaved, so a change in the machine's
// load hits them alike; the load average is printed before and after.
//
// Variants (--variants, comma-separated):
//   dist       node --enable-source-maps dist/server.js   the production build (`pnpm build` first)
//   tsx        node --import tsx src/server.ts            the sources through tsx, its transform cache warm
//   tsx-cold   the same with an empty tsx cache (a fresh container's first start)
// --sources DIR runs the tsx variants from another checkout's packages/api (e.g. an earlier commit's,
// for a before/after comparison); by default this one's.
//
//   pnpm bench:startup [--runs 5] [--idle 5] [--variants dist,tsx,tsx-cold] [--sources DIR]
//   BENCH_DATABASE_URL=postgres://... (default postgres://postgres@127.0.0.1:5432/jobgraph_bench_startup; created if missing)
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { freePort } from "../test/support/server-process.js";

const apiDir = fileURLToPath(new URL("..", import.meta.url));

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    idle: { type: "string", default: "5" },
    variants: { type: "string", default: "dist,tsx,tsx-cold" },
    sources: { type: "string" },
  },
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
});
const runs = Number(values.runs);
const idleMs = Number(values.idle) * 1000;
const sourcesDir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.sources ?? apiDir);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/jobgraph_bench_startup";

interface Variant {
  name: string;
  cwd: string;
  args: string[];
  /** A fresh TMPDIR per run: tsx keeps its transform cache there. */
  coldCache?: boolean;
}

const VARIANTS: Record<string, Variant> = {
  dist: { name: "dist", cwd: apiDir, args: ["--enable-source-maps", "dist/server.js"] },
  tsx: { name: "tsx", cwd: sourcesDir, args: ["--import", "tsx", "src/server.ts"] },
  "tsx-cold": { name: "tsx-cold", cwd: sourcesDir, args: ["--import", "tsx", "src/server.ts"], coldCache: true },
};
const variants = values.variants.split(",").map((name) => {
  const variant = VARIANTS[name.trim()];
  if (!variant) throw new Error(`unknown variant "${name}" (${Object.keys(VARIANTS).join(", ")})`);
  return variant;
});
if (variants.some((v) => v.name === "dist") && !existsSync(path.join(apiDir, "dist/server.js"))) {
  throw new Error("dist/server.js is missing: run pnpm build first");
}

interface Sample {
  healthMs: number;
  queryMs: number;
  rssMiB: number;
}

async function ensureDatabase(url: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const client = new pg.Client({ connectionString: adminUrl.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kib = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  return kib / 1024;
}

async function measure(variant: Variant): Promise<Sample> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const tmp = variant.coldCache ? await mkdtemp(path.join(tmpdir(), "jobgraph-bench-tsx-")) : undefined;
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, variant.args, {
    cwd: variant.cwd,
    env: {
      ...process.env,
      NODE_ENV: "production",
      JOBGRAPH_SEED: "false",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: "warn",
      ...(tmp ? { TMPDIR: tmp } : {}),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  try {
    let healthMs: number | undefined;
    while (healthMs === undefined) {
      if (child.exitCode !== null) throw new Error(`${variant.name} exited ${child.exitCode}:\n${stderr}`);
      if (performance.now() - started > 120_000) throw new Error(`${variant.name} did not answer /health in 120 s:\n${stderr}`);
      const ok = await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) healthMs = performance.now() - started;
      else await sleep(10);
    }
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ postings(first: 5) { totalCount nodes { title } } }" }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (!response.ok || body.errors) throw new Error(`${variant.name}: the first query failed: ${JSON.stringify(body)}`);
    const queryMs = performance.now() - started;
    await sleep(idleMs);
    const rss = await rssMiB(child.pid as number);
    return { healthMs, queryMs, rssMiB: rss };
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

await ensureDatabase(databaseUrl);
console.log(
  `Start-up on PostgreSQL (${databaseUrl.replace(/\/\/[^@]*@/, "//")}), NODE_ENV=production, ${cpus().length} CPUs, Node ${process.version}`,
);
console.log(`tsx variants from ${sourcesDir}; ${runs} runs each, interleaved; RSS after ${idleMs / 1000} s idle`);
console.log(`load average before: ${load()}`);
// Not counted: applies any pending migrations, and warms the file system cache for every variant.
for (const variant of variants) await measure({ ...variant, name: `${variant.name} (warm-up)` });

const samples = new Map<string, Sample[]>(variants.map((v) => [v.name, []]));
for (let run = 1; run <= runs; run++) {
  for (const variant of variants) {
    const sample = await measure(variant);
    samples.get(variant.name)?.push(sample);
    console.log(
      `run ${run} ${variant.name.padEnd(8)} /health ${sample.healthMs.toFixed(0).padStart(6)} ms   first query ${sample.queryMs.toFixed(0).padStart(6)} ms   idle RSS ${sample.rssMiB.toFixed(0).padStart(4)} MiB`,
    );
  }
}
console.log(`load average after: ${load()}`);
console.log("\nmedian (min–max):");
const range = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
for (const [name, list] of samples) {
  console.log(
    `  ${name.padEnd(8)} /health ${range(list.map((s) => s.healthMs))} ms   first query ${range(list.map((s) => s.queryMs))} ms   idle RSS ${range(list.map((s) => s.rssMiB))} MiB`,
  );
}
