// Multi-table bulk inserts in one statement, shared by the sample-data seed (seed/seed.ts) and the
// bulk import (interchange/import.service.ts). It lives here, not in seed/, because the import is
// part of the production server, whose import graph must not reach the seed code (test/build).
import type { PrismaClient } from "../generated/prisma/client.js";
import { rowsWithDescriptionHtml } from "./description-html.js";

export type TableRows = readonly [table: string, rows: readonly object[]];

/**
 * Inserts rows into several tables in one statement: one data-modifying CTE per table, each
 * reading its rows from a JSON parameter. Foreign keys between the tables are checked at the end
 * of the statement, so parents and children can go in together. Descriptions get their HTML here
 * (db/description-html.ts).
 */
export async function insertTables(prisma: Pick<PrismaClient, "$executeRawUnsafe">, tables: readonly TableRows[]): Promise<number> {
  const present = tables.filter(([, rows]) => rows.length > 0).map(([table, rows]) => [table, rowsWithDescriptionHtml(table, rows)] as const);
  if (!present.length) return 0;
  const ctes = present.map(([table, rows], k) => {
    const columns = Object.keys(rows[0] as object)
      .map((c) => `"${c}"`)
      .join(", ");
    return `t${k} AS (INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $${k + 1}::json))`;
  });
  await prisma.$executeRawUnsafe(`WITH ${ctes.join(",\n")} SELECT 1`, ...present.map(([, rows]) => JSON.stringify(rows)));
  return present.reduce((n, [, rows]) => n + rows.length, 0);
}
