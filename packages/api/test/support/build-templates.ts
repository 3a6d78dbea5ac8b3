// Builds the migrated template databases for the test run (see global-setup.ts). Runs in its own
// process: Prisma's WebAssembly schema engine misbehaves inside vitest's module runner.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openDatabase } from "../../src/db/database.js";
import { applyMigrations, loadMigrationsList } from "../../src/db/migrations.js";

async function migrationsHash(): Promise<string> {
  const list = await loadMigrationsList();
  const hash = createHash("sha256");
  for (const dir of list.migrationDirectories) hash.update(dir.path).update(dir.migrationFile.content.value);
  return hash.digest("hex").slice(0, 12);
}

async function pgliteTemplate(hash: string): Promise<string> {
  const file = path.join(tmpdir(), `jobgraph-pglite-template-${hash}-${process.pid}.tar.gz`);
  const pglite = new PGlite();
  await applyMigrations(new PrismaPGlite(pglite));
  const dump = await pglite.dumpDataDir("gzip");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  return file;
}

async function postgresTemplate(adminUrl: string, hash: string): Promise<string> {
  const template = `jobgraph_test_template_${hash}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
    if (exists.rowCount) return template;
    const building = `${template}_building_${process.pid}`;
    await admin.query(`CREATE DATABASE "${building}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${building}`;
    const db = await openDatabase({
      kind: "postgres",
      url: url.toString(),
      poolSize: 2,
    });
    await applyMigrations(db.adapterFactory);
    await db.close();
    // Renamed only once complete, so a crash never leaves a half-migrated template behind.
    await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`).catch(async (error) => {
      await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
      const raced = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
      if (!raced.rowCount) throw error;
    });
    return template;
  } finally {
    await admin.end();
  }
}

const hash = await migrationsHash();
const adminUrl = process.env.TEST_DATABASE_URL;
const result = {
  pgliteTemplatePath: await pgliteTemplate(hash),
  postgresTemplate: adminUrl ? { adminUrl, template: await postgresTemplate(adminUrl, hash) } : null,
};
process.stdout.write(JSON.stringify(result));
// The schema engine leaves a timer behind; do not wait for it.
process.exit(0);
