// Runs `prisma generate` without letting the CLI download its native schema engine: generation
// never runs the engine, and PRISMA_SCHEMA_ENGINE_BINARY pointing at any existing file stops the
// download (see shared notes). Used by `pnpm install` (postinstall) and `pnpm generate`.
import { spawnSync } from "node:child_process";
import { delimiter } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const result = spawnSync("pnpm", ["exec", "prisma", "generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    // The Pothos generator's binary is a dependency of the api package, not of the root.
    PATH: [`${root}packages/api/node_modules/.bin`, process.env.PATH].join(delimiter),
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
