// Runs once per test run: builds a migrated template database for each engine, so every test
// file gets its own isolated database in milliseconds instead of replaying the migrations.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: { adminUrl: string; template: string } | null;
  }
}

export default function setup(project: TestProject) {
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
