import { defineConfig } from "vitest/config";

// Tests that touch a database are named *.db.test.ts and run once per engine: on the embedded
// PGlite always, and on a PostgreSQL server when TEST_DATABASE_URL is set (always in CI).
const dbTests = ["packages/*/test/**/*.db.test.ts"];
const engines = ["pglite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])];

export default defineConfig({
  // graphql ships both ESM and CJS builds; Pothos and Yoga must share one instance.
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    globalSetup: ["packages/api/test/support/global-setup.ts"],
    // The default output, and after it the tests skipped with a reason (ctx.skip(note)).
    reporters: ["default", "./test/support/skip-notes-reporter.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
          exclude: [...dbTests, "**/node_modules/**"],
          // Type tests (*.test-d.ts): checked by tsc under `vitest --typecheck`-style runs, never executed.
          typecheck: { enabled: true, include: ["packages/sdk/test/**/*.test-d.ts"], tsconfig: "packages/sdk/tsconfig.typetest.json" },
        },
      },
      ...engines.map((engine) => ({
        extends: true as const,
        test: { name: engine, include: dbTests, env: { JOBGRAPH_TEST_DB: engine } },
      })),
    ],
  },
});
