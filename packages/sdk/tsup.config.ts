import { defineConfig } from "tsup";

// One ES module and one declaration file. CommonJS code loads it with require() (Node 20.19+ and
// 22.12+ load ES modules synchronously, and TypeScript's `module: nodenext` knows it), so a second,
// CommonJS build with its own copy of every declaration would only add weight and a way for the
// two to differ. README "Install" says what each runtime and moduleResolution gets.
export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm"],
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
  // Not minified, so a stack trace reads as the source does; no source maps to ship.
  sourcemap: false,
  clean: true,
});
