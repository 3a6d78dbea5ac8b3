import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client.js";

/** Where the data lives: a PostgreSQL server (`url`) or an embedded PGlite database. */
export type DatabaseConfig =
  | { kind: "postgres"; url: string; poolSize?: number }
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
    const adapterFactory = new PrismaPg({
      connectionString: config.url,
      max: config.poolSize ?? 10,
    });
    const prisma = createPrisma(adapterFactory, onQuery);
    return {
      kind: "postgres",
      prisma,
      adapterFactory,
      exec: async (sql) => {
        await prisma.$executeRawUnsafe(sql);
      },
      refreshTypes: async () => {},
      close: () => prisma.$disconnect(),
    };
  }
  // PGlite creates its data folder but not the folders above it.
  if (config.dataDir) await mkdir(config.dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
  });
  await pglite.waitReady;
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = createPrisma(adapterFactory, onQuery);
  return {
    kind: "pglite",
    prisma,
    adapterFactory,
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

function createPrisma(adapter: SqlMigrationAwareDriverAdapterFactory, onQuery?: QueryLogger): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({
    adapter,
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (e) => onQuery({ query: e.query, params: e.params, duration: e.duration }));
  return prisma;
}
