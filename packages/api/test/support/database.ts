import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";

/** Which engine this test project runs on: set per vitest project (see vitest.config.ts). */
export const testEngine = (process.env.JOBGRAPH_TEST_DB ?? "pglite") as "pglite" | "postgres";

export interface TestDatabase extends Database {
  /** Every SQL statement Prisma sent since the last `resetQueryLog()`. */
  readonly queries: string[];
  resetQueryLog(): void;
  /** The PostgreSQL database's URL (PostgreSQL project only), for tests that open their own connections. */
  readonly url?: string;
}

/**
 * A fresh, migrated, empty database of its own for one test file: an in-memory PGlite loaded from
 * the migrated template, or a PostgreSQL database created from the template database.
 */
export async function createTestDatabase({ statementTimeoutMs }: { statementTimeoutMs?: number } = {}): Promise<TestDatabase> {
  const queries: string[] = [];
  const onQuery = ({ query }: { query: string }) => queries.push(query);
  let db: Database;
  let drop = async () => {};
  let databaseUrl: string | undefined;
  if (testEngine === "postgres") {
    const provided = inject("postgresTemplate");
    if (!provided) throw new Error("Set TEST_DATABASE_URL to run the PostgreSQL test project.");
    const name = `jobgraph_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(provided.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${provided.template}"`);
    const url = new URL(provided.adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    db = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 5, statementTimeoutMs }, onQuery);
    drop = () => adminQuery(provided.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const dump = await readFile(inject("pgliteTemplatePath"));
    db = await openDatabase({ kind: "pglite", loadDataDir: new Blob([dump]) }, onQuery);
  }
  return {
    ...db,
    queries,
    url: databaseUrl,
    resetQueryLog: () => {
      queries.length = 0;
    },
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

/** Runs one statement on the PostgreSQL server's admin database (CREATE/DROP DATABASE). */
export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
