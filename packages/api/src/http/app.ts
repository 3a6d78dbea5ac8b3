import { type Database, type DatabaseConfig, openDatabase } from "../db/database.js";
import { migrateDatabase } from "../db/migrations.js";
import type { Logger } from "../observability/logger.js";
import type { SeedDatabase } from "../sample-data.js";

/**
 * Opens the database and makes it ready to serve: pending migrations applied, and on first start
 * of an empty database, sample data seeded by `seed` when given (see sample-data.ts).
 */
export async function prepareDatabase(config: DatabaseConfig, logger: Logger, options: { seed?: SeedDatabase }): Promise<Database> {
  const db = await openDatabase(config);
  try {
    const applied = await migrateDatabase(db);
    if (applied.length) logger.info({ migrations: applied }, "applied migrations");
    if (options.seed && (await db.prisma.employer.count()) === 0) {
      logger.info("empty database: seeding sample data");
      const seeded = await options.seed(db.prisma, {
        log: (message) => logger.info(message),
      });
      logger.info(seeded, "seeded sample data");
    }
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
