// The sample-data seed (src/seed/: faker and ~4,700 lines of generator) is development code. The
// server reaches it only through this module, and only when seeding is on (JOBGRAPH_SEED); the seed
// itself is imported on first use, when the database turns out to be empty. The production build
// (scripts/build.ts) puts sample-data.production.ts in this module's place, so the compiled server
// neither contains nor imports the seed (test/build.test.ts).
import type { seedDatabase } from "./seed/seed.js";

export type SeedDatabase = typeof seedDatabase;

/** The seed, loaded when first called. */
export function sampleDataSeeder(): SeedDatabase {
  return async (...args) => {
    const { seedDatabase } = await import("./seed/seed.js");
    return seedDatabase(...args);
  };
}
