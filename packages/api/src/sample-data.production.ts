// The production build's sample-data.ts (scripts/build.ts substitutes it): the compiled server has
// no seed, so asking it to seed (JOBGRAPH_SEED=true) is a configuration error, reported at start-up.
import { ConfigError } from "./config.js";
import type { SeedDatabase } from "./sample-data.js";

export function sampleDataSeeder(): SeedDatabase {
  throw new ConfigError([
    "JOBGRAPH_SEED: the production build has no sample-data generator (it is a development tool). " +
      "Leave JOBGRAPH_SEED unset or false, or seed from a development checkout: DATABASE_URL=... pnpm db:seed",
  ]);
}
