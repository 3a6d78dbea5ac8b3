import { mkdir } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { readReplicas } from "@prisma/extension-read-replicas";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { cancellableRunner } from "./cancellable.js";
import { descriptionHtmlExtension } from "./description-html.js";
import { type RawRunner, registerRawRunner } from "./raw-query.js";

/** Where the data lives: a PostgreSQL server (`url`) or an embedded PGlite database. */
export type DatabaseConfig =
  | {
      kind: "postgres";
      url: string;
      poolSize?: number;
      /** Read replicas: Prisma's read-replicas extension sends reads outside transactions there. */
      replicaUrls?: string[];
      /** How long to wait for a connection (a new one, or a free one from a full pool) before failing. */
      connectTimeoutMs?: number;
      /** Called when a pooled connection breaks (e.g. the server restarted); the pool replaces it. */
      onConnectionError?: (error: Error) => void;
      /**
       * PostgreSQL's `statement_timeout` on every pooled connection (Prisma's statements and the
       * planned reads alike; not the migrations' connections): the server itself stops any statement
       * that runs longer. The API server sets it from the execution timeout (execution-timeout.ts).
       */
      statementTimeoutMs?: number;
    }
  /** `dataDir` undefined keeps the embedded database in memory (tests). */
  | {
      kind: "pglite";
      dataDir?: string /** Start from a dump (`PGlite.dumpDataDir`) instead of an empty cluster. */;
      loadDataDir?: Blob;
    };

export type QueryLogger = (event: { query: string; params: string; duration: number }) => void;

/** An open database: the Prisma client plus what migrations and shutdown need. */
export interface Database {
  readonly kind: DatabaseConfig["kind"];
  readonly prisma: PrismaClient;
  /** The driver adapter factory, for Prisma's schema engine (migrations). */
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs raw SQL outside Prisma (maintenance, tests). */
  exec(sql: string): Promise<void>;
  /**
   * Re-reads the database's types after migrations. PGlite learns the array types (e.g. of our
   * enums) when it opens; without this, enum-array parameters on a database created in the same
   * process are sent as "A,B" and rejected as malformed array literals.
   */
  refreshTypes(): Promise<void>;
  /** The PostgreSQL connection pools ("primary", "replica1", ...), for metrics; none on PGlite. */
  readonly pools: ReadonlyArray<{ name: string; pool: pg.Pool }>;
  close(): Promise<void>;
}

/** Reads the database configuration from the environment: DATABASE_URL, else PGlite in JOBGRAPH_DATA_DIR. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.JOBGRAPH_DATA_DIR ?? ".data/pglite" };
}

/** Opens the database described by `config`, with an optional hook that sees every SQL statement. */
export async function openDatabase(config: DatabaseConfig, onQuery?: QueryLogger): Promise<Database> {
  if (config.kind === "postgres") {
    // Our own pools (rather than the adapter's) so their sizes and queues can be measured; close()
    // ends them.
    const pools = [config.url, ...(config.replicaUrls ?? [])].map((url, index) => {
      const options: pg.PoolConfig = {
        connectionString: url,
        max: config.poolSize ?? 10,
        // Bounded waits, so that while the database is unreachable requests fail in seconds instead
        // of queueing forever; pg's pool drops broken connections and opens new ones on demand, so
        // the API recovers by itself when the database is back.
        connectionTimeoutMillis: config.connectTimeoutMs ?? 5_000,
        idleTimeoutMillis: 30_000,
        // TCP keep-alive notices a server that vanished without closing the connection.
        keepAlive: true,
        ...(config.statementTimeoutMs ? { statement_timeout: config.statementTimeoutMs } : {}),
      };
      const pool = new pg.Pool(options);
      return { name: index === 0 ? "primary" : `replica${index}`, pool, runner: cancellableRunner(pool, options) };
    });
    // An idle connection that breaks (the server restarted) is an 'error' event on its pool: without
    // a listener it would crash the process.
    const onConnectionError = config.onConnectionError ?? (() => {});
    for (const { pool } of pools) pool.on("error", onConnectionError);
    const [primary, ...replicas] = pools.map(({ pool }) => new PrismaPg(pool, { onConnectionError }));
    const primaryClient = createPrisma(primary as PrismaPg, onQuery);
    // The schema engine (migrations) gets connections of its own, closed when it is done: it takes
    // a session-level advisory lock and leaves it to the end of the session, so a connection that
    // went back to a shared pool would keep other processes' migrations waiting until it idled out.
    const adapterFactory = new PrismaPg({ connectionString: config.url, max: 2, connectionTimeoutMillis: config.connectTimeoutMs ?? 5_000 });
    const replicaClients = replicas.map((adapter) => createPrisma(adapter, onQuery));
    // The extended client has the same API (plus $primary() and $replica()); reads outside
    // transactions go to a random replica, writes, transactions and raw SQL to the primary.
    const prisma = replicaClients.length
      ? (primaryClient.$extends(readReplicas({ replicas: replicaClients })) as unknown as PrismaClient)
      : primaryClient;
    // Planned reads go to the same pools directly (raw-query.ts), logged like Prisma's statements.
    // Each cancelled when its request ends (cancellable.ts).
    const [primaryRunner, ...replicaRunners] = pools.map(({ runner }) => loggedRunner(runner.run, onQuery));
    registerRawRunner(primaryClient, primaryRunner as RawRunner);
    registerRawRunner(prisma, primaryRunner as RawRunner);
    for (const [i, client] of replicaClients.entries()) registerRawRunner(client, replicaRunners[i] as RawRunner);
    return {
      kind: "postgres",
      prisma,
      adapterFactory,
      pools: pools.map(({ name, pool }) => ({ name, pool })),
      exec: async (sql) => {
        await primaryClient.$executeRawUnsafe(sql);
      },
      refreshTypes: async () => {},
      close: async () => {
        await Promise.all([primaryClient, ...replicaClients].map((client) => client.$disconnect()));
        await Promise.all(pools.map(({ pool, runner }) => Promise.all([pool.ended ? undefined : pool.end(), runner.close()])));
      },
    };
  }
  // PGlite creates its data folder but not the folders above it.
  if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
  // Loaded only for the embedded database: a server on PostgreSQL never holds PGlite (about 10 MB).
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import("@electric-sql/pglite"), import("pglite-prisma-adapter")]);
  const pglite = new PGlite({
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
  });
  await pglite.waitReady;
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = createPrisma(adapterFactory, onQuery);
  registerRawRunner(
    prisma,
    // The embedded database runs in this thread, one statement at a time: a running statement
    // cannot be cancelled (the signal is only checked before it starts, by rawQuery).
    loggedRunner(async (text, values) => (await pglite.query<Record<string, unknown>>(text, values)).rows, onQuery),
  );
  return {
    kind: "pglite",
    prisma,
    adapterFactory,
    pools: [],
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    refreshTypes: () => pglite.refreshArrayTypes(),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** A runner that reports each statement to `onQuery` as Prisma's query events do. */
function loggedRunner(run: RawRunner, onQuery?: QueryLogger): RawRunner {
  if (!onQuery) return run;
  return async (text, values, signal, options) => {
    const started = performance.now();
    try {
      return await run(text, values, signal, options);
    } finally {
      onQuery({ query: text, params: JSON.stringify(values), duration: Math.round(performance.now() - started) });
    }
  };
}

/** A client whose writes store each description's HTML with it (db/description-html.ts). */
function createPrisma(adapter: SqlMigrationAwareDriverAdapterFactory, onQuery?: QueryLogger): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter }).$extends(descriptionHtmlExtension) as unknown as PrismaClient;
  const prisma = new PrismaClient({
    adapter,
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (e) => onQuery({ query: e.query, params: e.params, duration: e.duration }));
  return prisma.$extends(descriptionHtmlExtension) as unknown as PrismaClient;
}
