// The production build's sample-data.ts (scripts/build.ts substitutes it): the compiled server and
// CLIs have no seed, so asking them to seed fails at once with this message.
import type { SeedDatabase } from "./sample-data.js";

export function sampleDataSeeder(): SeedDatabase {
  throw new Error(
    "this is the production build, which has no sample-data generator (src/seed/ is a development tool); seed from a development checkout instead (DATABASE_URL=... pnpm db:seed)",
  );
}
