// Runs once per test run: builds a migrated template database for each engine, so every test
// file gets its own isolated database in milliseconds instead of replaying the migrations; and
// the production build (packages/api/dist, about a second), which the e2e tests of the compiled
// server run, so that `pnpm test` needs no `pnpm build` before it.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { buildApi } from "../../scripts/build.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: { adminUrl: string; template: string } | null;
  }
}

export default async function setup(project: TestProject) {
  // Vitest runs this once per project, one after another, in the same process: build once.
  if (!process.env.JOBGRAPH_TEST_BUILT) {
    await buildApi();
    process.env.JOBGRAPH_TEST_BUILT = "1";
  }
  const script = fileURLToPath(new URL("./build-templates.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", script], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const templates = JSON.parse(output) as {
    pgliteTemplatePath: string;
    postgresTemplate: { adminUrl: string; template: string } | null;
  };
  project.provide("pgliteTemplatePath", templates.pgliteTemplatePath);
  project.provide("postgresTemplate", templates.postgresTemplate);
}
