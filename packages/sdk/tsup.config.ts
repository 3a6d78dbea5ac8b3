import { defineConfig } from "tsup";

// One bundle per module format, each with its own declaration file (index.d.ts for import,
// index.d.cts for require), so TypeScript resolves the right one under every moduleResolution.
export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: {
    // @graphql-typed-document-node/core is a devDependency, so its one interface is inlined: its
    // typings import `graphql`, which an SDK user need not install.
    resolve: true,
    // composite (for `tsc -b`) makes the declaration bundler insist on the project's file list.
    compilerOptions: { composite: false },
  },
  tsconfig: "tsconfig.lib.json",
  // Browsers and edge runtimes as well as Node: no Node built-ins, no platform shims.
  platform: "neutral",
  target: "es2022",
  sourcemap: true,
  clean: true,
});
