// Prisma's own schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm from the npm
// registry), driven through our driver adapters. It computes and applies the standard
// `prisma/migrations` folder exactly as `prisma migrate deploy` would, without the native engine
// binary that Prisma's CLI downloads from a host these machines cannot reach.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import type { PrismaClient } from "../generated/prisma/client.js";
import { repoRoot } from "../paths.js";
import { backfillDescriptionHtml } from "./description-html.js";

export const prismaDir = path.join(repoRoot, "prisma");
export const schemaPath = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");

const noFilter = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import("@prisma/schema-engine-wasm");
let engineModule: Promise<EngineModule> | undefined;

/** Instantiates the WebAssembly engine once per process (Node cannot import `.wasm` as a module). */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

async function readSchema(): Promise<[string, string]> {
  return [schemaPath, await readFile(schemaPath, "utf8")];
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks any
 * function or trigger body (PL/pgSQL statements end in ";"). PostgreSQL takes a whole script in
 * one simple-protocol query (as one implicit transaction), so send it whole.
 */
function wholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const driver = (adapter as { underlyingDriver?: () => unknown }).underlyingDriver?.();
  if (adapter.adapterName !== "@prisma/adapter-pg" || !driver || typeof (driver as { query?: unknown }).query !== "function") return adapter;
  const pool = driver as { query(sql: string): Promise<unknown> };
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

/**
 * Runs `work` with Prisma's schema engine on a database, through that database's driver adapter.
 * The engine does not dispose the connections it opens (a pg pool would keep the process alive
 * for its idle timeout), so they are tracked and disposed here.
 */
async function withSchemaEngine<T>(adapterFactory: SqlMigrationAwareDriverAdapterFactory, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const connected = wholeScripts(await adapter);
    opened.push(connected);
    return connected;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const engine = await SchemaEngine.new({ datamodels: [await readSchema()] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracked));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}

/** Loads `prisma/migrations` in the shape the engine expects. */
export async function loadMigrationsList(dir = migrationsDir): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: lockPath,
      content: await readFile(lockPath, "utf8").catch(() => null),
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      folders.map(async (name) => {
        const file = path.join(dir, name, "migration.sql");
        const content = await readFile(file, "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        );
        return {
          path: name,
          migrationFile: { path: "migration.sql", content },
        };
      }),
    ),
  };
}

/** Applies pending migrations (idempotent), recording them in `_prisma_migrations`. Returns the names applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await loadMigrationsList();
  return withSchemaEngine(adapterFactory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: noFilter,
    });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that would bring a database built from the migrations up to `schema.prisma`; empty when
 * they agree. The migrations are replayed on a throwaway in-memory PGlite (the shadow database),
 * so no server database is touched.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import("@electric-sql/pglite"), import("pglite-prisma-adapter")]);
  const shadow = new PGlite();
  try {
    return await diffOn(new PrismaPGlite(shadow));
  } finally {
    await shadow.close();
  }
}

async function diffOn(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const [schemaFile, content] = await readSchema();
  const migrations = await loadMigrationsList();
  return withSchemaEngine(adapterFactory, async (engine) => {
    const { stdout } = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaFile, content }] },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: noFilter,
    } as Parameters<SchemaEngine["diff"]>[0]);
    return (stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
  });
}

/**
 * Applies pending migrations to an open database and makes its client aware of new types, then
 * runs the data steps the SQL cannot do: descriptions written before their HTML was stored are
 * rendered (backfillDescriptionHtml; a no-op once done).
 */
export async function migrateDatabase(db: {
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  prisma: Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;
  refreshTypes(): Promise<void>;
}): Promise<string[]> {
  const applied = await applyMigrations(db.adapterFactory);
  if (applied.length) await db.refreshTypes();
  await backfillDescriptionHtml(db.prisma);
  return applied;
}
