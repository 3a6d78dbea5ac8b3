// pnpm run import <file|folder|->  and  pnpm export [--out file] [--format ndjson|json]
// (`pnpm import` alone is pnpm's own lockfile command, hence `run`.)
//
// import: reads schema.org JobPosting JSON-LD (.json, .jsonld, .ndjson, .html) and "Find a job"
// adverts (.txt), from a file, every such file under a folder, or standard input; imports them
// with the same service as the importPostings mutation, as the operator (an admin: employers that
// do not exist are created; audit events name "cli" as the key prefix); shows a progress bar on
// large inputs, each failed or warned-of record with its errors and warnings, and a summary with the
// rate and the warnings counted by field and code; exits 1 when any record failed (with --strict, a
// record with a warning fails).
// export: every open posting (or, with --all, every published or closed one) as JSON-LD, streamed.
// Both run on DATABASE_URL when set, otherwise on the embedded database in JOBGRAPH_DATA_DIR.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { databaseConfigFromEnv, openDatabase } from "../db/database.js";
import { migrateDatabase } from "../db/migrations.js";
import { createContext } from "../graphql/context.js";
import { openPostingWhere, postingWhere, publicPosting } from "../posting/visibility.js";
import type { Viewer } from "../viewer/viewer.js";
import { postingsJsonLd } from "./export.js";
import { type ImportResult, importRecords } from "./import.service.js";
import { detectFormat, type ImportFormat, recordsFromDocument } from "./read.js";
import type { ImportRecord } from "./record.js";

const USAGE = `Usage:
  pnpm run import <file|folder|-> [more...] [options]
      --format jsonld|find-a-job   how to read the input (default: by file extension, else by content)
      --publish                    publish what is imported (each record must be publishable)
      --no-create-employers        fail records whose employer does not exist instead of creating it
      --strict                     fail records with warnings (facts not read with confidence) instead of importing them
      --report <file>              write every record's result as JSON
      --chunk-size N               records written per transaction (default 500)
  pnpm export [--out <file>] [--format ndjson|json] [--all]
      --all                        every published or closed posting, not only the open ones`;

const EXTENSIONS = /\.(json|jsonld|ndjson|html?|txt)$/i;

/** The operator: full rights, no API key (audit events carry the prefix "cli"). */
const OPERATOR = { kind: "ADMIN", keyId: null, prefix: "cli", scopes: ["ADMIN"] } as unknown as Viewer;

/** A path as the user typed it: pnpm runs the script in packages/api, but INIT_CWD is where the user was. */
const userPath = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function filesOf(target: string): Promise<string[]> {
  if (target === "-") return ["-"];
  target = userPath(target);
  const info = await stat(target).catch(() => null);
  if (!info) throw new Error(`No such file or folder: ${target}`);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && EXTENSIONS.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function progress(total: number) {
  if (total < 200) return { update: (_done: number) => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: "Importing [{bar}] {percentage}% | {value}/{total} records | {eta_formatted} left", hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { update: (done: number) => bar.update(done), stop: () => bar.stop() };
  }
  let lastTenth = -1;
  return {
    update: (done: number) => {
      const tenth = Math.floor((done / total) * 10);
      if (tenth > lastTenth) console.error(`Importing: ${tenth * 10}% (${done}/${total} records)`);
      lastTenth = tenth;
    },
    stop: () => {},
  };
}

/** Each failed or warned-of record (the first 100), its errors ("-") and its warnings ("!") under it. */
function printRecords(results: readonly ImportResult[]) {
  const shown = results.filter((r) => r.status === "FAILED" || r.warnings.length);
  for (const r of shown.slice(0, 100)) {
    console.error(`  #${r.position} ${r.origin}${r.reference ? ` (${r.reference})` : ""}: ${r.status}`);
    for (const e of r.errors) console.error(`    - ${e.field ? `${e.field.join(".")}: ` : ""}${e.code}: ${e.message}`);
    for (const w of r.warnings) console.error(`    ! ${w.field}: ${w.code}: ${w.message}`);
  }
  if (shown.length > 100) console.error(`  ... and ${shown.length - 100} more failed or warned-of records (--report writes them all)`);
}

/** "3 warnings on 2 records (hours.perWeek MISSING 2, benefits UNMATCHED 1)", most frequent first; "" when none. */
function warningSummary(results: readonly ImportResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) for (const w of r.warnings) counts.set(`${w.field} ${w.code}`, (counts.get(`${w.field} ${w.code}`) ?? 0) + 1);
  if (!counts.size) return "";
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const records = results.filter((r) => r.warnings.length).length;
  const kinds = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, n]) => `${kind} ${n}`);
  return `${total} warning${total === 1 ? "" : "s"} on ${records} record${records === 1 ? "" : "s"} (${kinds.join(", ")})`;
}

async function runImport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      publish: { type: "boolean" },
      "no-create-employers": { type: "boolean" },
      strict: { type: "boolean" },
      report: { type: "string" },
      "chunk-size": { type: "string" },
    },
  });
  if (!positionals.length) throw new Error(USAGE);
  const forced: ImportFormat | undefined =
    values.format === undefined ? undefined : values.format === "jsonld" ? "JSON_LD" : values.format === "find-a-job" ? "FIND_A_JOB" : undefined;
  if (values.format !== undefined && !forced) throw new Error(`--format must be jsonld or find-a-job, got "${values.format}"`);
  const chunkSize = values["chunk-size"] ? Number(values["chunk-size"]) : undefined;
  if (chunkSize !== undefined && !(Number.isInteger(chunkSize) && chunkSize > 0)) throw new Error("--chunk-size must be a positive whole number");

  const records: ImportRecord[] = [];
  let files = 0;
  for (const target of positionals) {
    for (const file of await filesOf(target)) {
      const content = file === "-" ? await readStdin() : await readFile(file, "utf8");
      const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), file);
      const name = file === "-" ? "stdin" : relative.startsWith("..") ? file : relative;
      records.push(...recordsFromDocument(forced ?? detectFormat(name, content), content, name));
      files++;
    }
  }

  const config = databaseConfigFromEnv();
  const db = await openDatabase(config);
  try {
    await migrateDatabase(db);
    const ctx = createContext({ prisma: db.prisma, requestId: `cli-import-${Date.now()}`, viewer: OPERATOR });
    const bar = progress(records.length);
    const started = performance.now();
    const results = await importRecords(ctx, records, {
      publish: values.publish ?? false,
      createEmployers: !values["no-create-employers"],
      strict: values.strict ?? false,
      ...(chunkSize ? { chunkSize } : {}),
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const counts = Object.fromEntries(["CREATED", "UPDATED", "UNCHANGED", "FAILED"].map((s) => [s, results.filter((r) => r.status === s).length]));
    if (values.report) await writeReport(values.report, results);
    printRecords(results);
    const where = config.kind === "postgres" ? "PostgreSQL" : `PGlite (${config.dataDir})`;
    console.log(
      `Imported ${results.length} records from ${files} file${files === 1 ? "" : "s"} into ${where} in ${seconds.toFixed(1)} s ` +
        `(${rate(results.length, seconds)} records/s): ` +
        `${counts.CREATED} created, ${counts.UPDATED} updated, ${counts.UNCHANGED} unchanged, ${counts.FAILED} failed`,
    );
    const warned = warningSummary(results);
    if (warned) console.log(`Warnings${values.strict ? " (--strict: their records failed)" : ""}: ${warned}`);
    return counts.FAILED ? 1 : 0;
  } finally {
    await db.close();
  }
}

function rate(count: number, seconds: number): string {
  const perSecond = count / Math.max(seconds, 0.001);
  return perSecond < 10 ? perSecond.toFixed(1) : String(Math.round(perSecond));
}

async function writeReport(file: string, results: readonly ImportResult[]) {
  const out = createWriteStream(userPath(file));
  await write(out, "[\n");
  for (const [i, r] of results.entries()) await write(out, `${i ? ",\n" : ""}${JSON.stringify(r)}`);
  await write(out, "\n]\n");
  out.end();
  await once(out, "finish");
}

/** Writes with backpressure: waits for the stream to drain when its buffer is full. */
async function write(out: Writable, text: string) {
  if (!out.write(text)) await once(out, "drain");
}

async function runExport(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { out: { type: "string" }, format: { type: "string" }, all: { type: "boolean" } } });
  const format = values.format ?? (values.out?.endsWith(".json") ? "json" : "ndjson");
  if (format !== "ndjson" && format !== "json") throw new Error(`--format must be ndjson or json, got "${format}"`);
  const db = await openDatabase(databaseConfigFromEnv());
  try {
    await migrateDatabase(db);
    const out: Writable = values.out ? createWriteStream(userPath(values.out)) : process.stdout;
    const where = values.all ? postingWhere(publicPosting) : openPostingWhere(new Date());
    let count = 0;
    if (format === "json") await write(out, "[");
    for await (const posting of postingsJsonLd(db.prisma, where)) {
      const line = JSON.stringify(posting);
      await write(out, format === "json" ? `${count ? "," : ""}\n${line}` : `${line}\n`);
      count++;
    }
    if (format === "json") await write(out, "\n]\n");
    if (values.out) {
      out.end();
      await once(out, "finish");
    }
    console.error(`Exported ${count} postings as ${format === "json" ? "a JSON array" : "NDJSON"}${values.out ? ` to ${values.out}` : ""}`);
    return 0;
  } finally {
    await db.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  // `pnpm run import -- file` may pass the "--" through.
  const args = rest[0] === "--" ? rest.slice(1) : rest;
  if (command === "import") process.exitCode = await runImport(args);
  else if (command === "export") process.exitCode = await runExport(args);
  else {
    console.error(USAGE);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
}
// The WebAssembly schema engine leaves a timer behind after its work is done; do not wait for it.
process.exit();
