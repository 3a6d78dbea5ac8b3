import { type Database, type DatabaseConfig, openDatabase } from "./db/database.js";
import { migrateDatabase } from "./db/migrations.js";
import type { Logger } from "./logger.js";
import { seedDatabase } from "./seed/seed.js";

/**
 * Opens the database and makes it ready to serve: pending migrations applied, and on first start
 * of an empty database, sample data seeded (when `seedIfEmpty`).
 */
export async function prepareDatabase(config: DatabaseConfig, logger: Logger, options: { seedIfEmpty: boolean }): Promise<Database> {
  const db = await openDatabase(config);
  try {
    const applied = await migrateDatabase(db);
    if (applied.length) logger.info({ migrations: applied }, "applied migrations");
    if (options.seedIfEmpty && (await db.prisma.employer.count()) === 0) {
      logger.info("empty database: seeding sample data");
      const seeded = await seedDatabase(db.prisma, {
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
