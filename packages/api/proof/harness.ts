// What the bench and the proof scripts share: a seeded PostgreSQL database, the real API server as
// a child process, waiting for it, its memory, an admin API key, and latency percentiles.

import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PRODUCTION_RUNTIME_ENV } from "../scripts/production-runtime.js";
import { openDatabase } from "../src/db/database.js";
import { createApiKey } from "../src/viewer/keys.js";

export const apiDir = fileURLToPath(new URL("..", import.meta.url));

/** Runs a Node script of the API package to completion (inheriting stdio); throws if it fails. */
export function runApiScript(args: string[], env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, ["--import", "tsx", ...args], { cwd: apiDir, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

/**
 * (Re)creates the database named in `databaseUrl` on its server and seeds it with the seed CLI
 * (migrations included), unless `reuse` and it exists. Returns whether it seeded.
 */
export async function createSeededDatabase(
  databaseUrl: string,
  options: { employers: number; postings: number; reuse?: boolean; log?: (line: string) => void },
): Promise<boolean> {
  const log = options.log ?? console.log;
  const admin = new URL(databaseUrl);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
    if (options.reuse && exists) {
      log(`Reusing ${name}`);
      return false;
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const started = performance.now();
  runApiScript(["src/seed/cli.ts", "--employers", String(options.employers), "--postings", String(options.postings)], { DATABASE_URL: databaseUrl });
  log(`Seeded ${name} (${options.employers} employers, ${options.postings} postings) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query("VACUUM ANALYZE");
  await db.end();
  return true;
}

/** A new admin API key on that database (what `pnpm keys create --admin` does). */
export async function createAdminKey(databaseUrl: string, name: string): Promise<string> {
  const db = await openDatabase({ kind: "postgres", url: databaseUrl, poolSize: 1 });
  try {
    return (await createApiKey(db.prisma, { name })).key;
  } finally {
    await db.close();
  }
}

/**
 * Starts `src/server.ts` on `databaseUrl` as a production server, without seeding. Its log (warnings
 * and errors, JSON lines) is appended to `logFile` when given, else dropped.
 */
export function startApi(options: {
  databaseUrl: string;
  port: number;
  env?: NodeJS.ProcessEnv;
  logFile?: string;
  /** Load proof/memory-probe.ts into the server, writing its memory to this file (see there). */
  memoryFile?: string;
  /** More Node options for the server process, e.g. ["--cpu-prof", "--cpu-prof-dir", dir]. */
  nodeArgs?: string[];
  /** Run the production build (dist/server.js, built by `pnpm build`) as operators do, instead of the sources under tsx. */
  production?: boolean;
}): ChildProcess {
  const probe = options.memoryFile ? ["--expose-gc", "--import", "./proof/memory-probe.ts"] : [];
  const entry = options.production ? ["--enable-source-maps", "dist/server.js"] : ["--import", "tsx", ...probe, "src/server.ts"];
  return spawn(process.execPath, [...(options.nodeArgs ?? []), ...entry], {
    cwd: apiDir,
    stdio: ["ignore", options.logFile ? openSync(options.logFile, "a") : "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      LOG_LEVEL: "warn",
      NODE_ENV: "production",
      JOBGRAPH_SEED: "false",
      ...(options.memoryFile ? { PROOF_MEMORY_FILE: options.memoryFile } : {}),
      // As the image starts it (scripts/production-runtime.ts).
      ...(options.production ? PRODUCTION_RUNTIME_ENV : {}),
      ...options.env,
    },
  });
}

/** Waits until `url` answers 2xx (up to a minute). */
export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface MemorySample {
  at: number;
  afterGc: boolean;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** The samples memory-probe.ts wrote. */
export function readMemory(memoryFile: string): MemorySample[] {
  try {
    return readFileSync(memoryFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as MemorySample);
  } catch {
    return [];
  }
}

/** The p-th percentile (0-100) of `values` (nearest rank); NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** The machine's load averages, as `uptime` prints them. */
export function loadAverage(): string {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(", ");
  } catch {
    return "unknown";
  }
}

/** "3 errors, 12 warnings (most common: ...)" from a server log file written by startApi. */
export function summariseLog(logFile: string): string {
  let lines: { level?: number; msg?: string; err?: { message?: string }; 0?: { message?: string } }[] = [];
  try {
    lines = readFileSync(logFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  } catch {
    return `no log at ${logFile}`;
  }
  const counts = new Map<string, number>();
  for (const line of lines) {
    // Yoga logs the errors of a response as an array, without a message.
    const msg = line.msg ?? (line[0] ? "GraphQL error in a response" : "?");
    const detail = line.err?.message ?? line[0]?.message;
    // Prisma's messages start with a blank line.
    const firstLine = detail?.split("\n").find((l) => l.trim()) ?? "";
    const key = `${(line.level ?? 0) >= 50 ? "error" : "warn"}: ${msg}${firstLine ? ` (${firstLine.trim().slice(0, 120)})` : ""}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return `${lines.length} warnings/errors in ${logFile}${top.map(([key, n]) => `\n    ${n} × ${key}`).join("")}`;
}
