// Seeds the database with sample data, after applying pending migrations:
//
//   pnpm --filter @jobgraph/api seed -- --employers 5000 --postings 100000 [--seed N] [--ref-date YYYY-MM-DD]
//
// Runs on DATABASE_URL when set, otherwise on the embedded database in JOBGRAPH_DATA_DIR. The
// database must not hold seed data already (`pnpm db:reset --no-seed` empties it).
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { databaseConfigFromEnv, openDatabase } from "../db/database.js";
import { migrateDatabase } from "../db/migrations.js";
import { DEFAULT_EMPLOYERS, DEFAULT_POSTINGS, DEFAULT_SEED } from "./generate.js";
import { seedDatabase } from "./seed.js";

const USAGE = `Usage: pnpm --filter @jobgraph/api seed -- [options]

Options:
  --employers N          generated employers (default ${DEFAULT_EMPLOYERS})
  --postings N           generated postings (default ${DEFAULT_POSTINGS})
  --seed N               random seed: the same seed and date give the same data (default ${DEFAULT_SEED})
  --ref-date YYYY-MM-DD  the data's "today" (default: today, UTC)
  --batch-size N         postings per INSERT statement (default 1000)
  -h, --help             show this help`;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return Number(value);
}

function date(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : new Date(Number.NaN);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value)
    throw new Error(`--ref-date must be a date as YYYY-MM-DD, got "${value}"`);
  return parsed;
}

async function main(): Promise<void> {
  // `pnpm run seed -- --x` may pass the "--" through; parseArgs would read what follows as positionals.
  const argv = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--"));
  const { values } = parseArgs({
    args: argv,
    options: {
      employers: { type: "string" },
      postings: { type: "string" },
      seed: { type: "string" },
      "ref-date": { type: "string" },
      "batch-size": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const employers = integer("employers", values.employers) ?? DEFAULT_EMPLOYERS;
  const postings = integer("postings", values.postings) ?? DEFAULT_POSTINGS;
  const seed = integer("seed", values.seed) ?? DEFAULT_SEED;
  const refDate = date(values["ref-date"]);
  const batchSize = integer("batch-size", values["batch-size"]);
  if (employers < 0 || postings < 0) throw new Error("--employers and --postings must not be negative");

  const config = databaseConfigFromEnv();
  const where = config.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite (${config.dataDir})`;
  const db = await openDatabase(config);
  try {
    const applied = await migrateDatabase(db);
    console.error(applied.length ? `Applied ${applied.join(", ")} on ${where}` : `Database on ${where} is up to date`);

    const tty = Boolean(process.stderr.isTTY);
    const bar = tty
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: "Seeding [{bar}] {percentage}% | {value}/{total} employers and postings | {eta_formatted} left",
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    let started = false;
    let lastTenth = -1;
    const started_at = performance.now();
    const result = await seedDatabase(db.prisma, {
      employers,
      postings,
      seed,
      ...(refDate ? { refDate } : {}),
      ...(batchSize ? { batchSize } : {}),
      log: (msg) => console.error(msg),
      onProgress: (done, total) => {
        if (bar) {
          if (!started) bar.start(total, done);
          else bar.update(done);
          started = true;
          // Stopped at 100%, so that the closing log line gets a line of its own.
          if (done >= total && bar.isActive) bar.stop();
          return;
        }
        const tenth = total ? Math.floor((done / total) * 10) : 10;
        if (tenth > lastTenth) {
          lastTenth = tenth;
          console.error(`Seeding: ${tenth * 10}% (${done}/${total} employers and postings)`);
        }
      },
    });
    if (bar?.isActive) bar.stop();
    const seconds = (performance.now() - started_at) / 1000;
    console.log(
      `Seeded ${result.employers} employers and ${result.postings} postings (${result.rows} rows in all tables) on ${where} in ${seconds.toFixed(1)} s: ` +
        `${Math.round(result.rows / seconds)} rows/s, ${Math.round(result.postings / seconds)} postings/s`,
    );
  } finally {
    await db.close();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
// The WebAssembly schema engine leaves a timer behind after its work is done; do not wait for it.
process.exit();
