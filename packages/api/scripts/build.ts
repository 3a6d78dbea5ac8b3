// The production build (`pnpm build`): the server and the operator CLIs compiled to JavaScript in
// packages/api/dist by esbuild, so that production runs plain `node` with no TypeScript at start-up:
//
//   dist/server.js       the API server               node --enable-source-maps dist/server.js
//   dist/db.js           migrations (scripts/db.ts)   node dist/db.js migrate
//   dist/keys.js         API keys (pnpm keys)         node dist/keys.js create --admin
//   dist/interchange.js  import/export (pnpm run import, pnpm export)
//
// Our own code (the generated Prisma client included) is bundled, one ES module per entry plus
// shared chunks, all directly in dist/ (src/paths.ts relies on that depth), with source maps.
// Every dependency stays external and is loaded from node_modules at run time, exactly as under
// tsx: one copy of graphql for Pothos and Yoga, Prisma's runtime and WebAssembly engines where
// they are installed. The migrations (prisma/) and the SDK's persisted documents are read from the
// repository layout at run time, not bundled.
//
// The sample-data seed is development code: src/sample-data.ts is replaced by
// src/sample-data.production.ts, so nothing in dist/ contains or imports src/seed/ or faker
// (test/build.test.ts checks the bundle's inputs and imports).
import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BuildOptions, build, type Metafile, type Plugin } from "esbuild";

export const apiDir = fileURLToPath(new URL("..", import.meta.url));
export const distDir = path.join(apiDir, "dist");

/** Output name (dist/<name>.js) → source, relative to packages/api. */
export const ENTRY_POINTS: Record<string, string> = {
  server: "src/server.ts",
  db: "scripts/db.ts",
  keys: "src/viewer/keys.cli.ts",
  interchange: "src/interchange/cli.ts",
};

/** Modules the production build replaces: development module → its production stand-in. */
const PRODUCTION_SUBSTITUTES: Record<string, string> = {
  "src/sample-data.ts": "src/sample-data.production.ts",
};

const productionSubstitutes: Plugin = {
  name: "jobgraph-production-substitutes",
  setup(b) {
    const substitutes = new Map(
      Object.entries(PRODUCTION_SUBSTITUTES).map(([from, to]) => [path.join(apiDir, from).replace(/\.ts$/, ".js"), path.join(apiDir, to)]),
    );
    // Sources import each other as "./x.js" (NodeNext); the substitute is picked by that path.
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const substitute = substitutes.get(path.resolve(args.resolveDir, args.path));
      return substitute ? { path: substitute } : undefined;
    });
  },
};

/**
 * The SDK's persisted-documents manifest is bundled into dist/ (every other package stays
 * external): the server needs it at start-up, and an image then needs no copy of the SDK.
 */
const bundledFiles: Plugin = {
  name: "jobgraph-bundled-files",
  setup(b) {
    b.onResolve({ filter: /^@jobgraph\/sdk\/persisted-documents\.json$/ }, (args) => ({
      path: createRequire(path.join(args.resolveDir, "index.js")).resolve(args.path),
    }));
  },
};

export function buildOptions(overrides: BuildOptions = {}): BuildOptions {
  return {
    absWorkingDir: apiDir,
    entryPoints: ENTRY_POINTS,
    outdir: distDir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20.19",
    packages: "external",
    sourcemap: true,
    // Stack traces map to src/ lines without shipping the sources inside the maps.
    sourcesContent: false,
    metafile: true,
    logLevel: "warning",
    plugins: [productionSubstitutes, bundledFiles],
    ...overrides,
  };
}

/** Builds dist/ afresh (or, with `write: false`, only computes it) and returns esbuild's metafile. */
export async function buildApi(overrides: BuildOptions = {}): Promise<Metafile> {
  const options = buildOptions(overrides);
  if (options.write !== false && options.outdir) await rm(options.outdir, { recursive: true, force: true });
  const result = await build(options);
  if (!result.metafile) throw new Error("esbuild returned no metafile");
  return result.metafile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = performance.now();
  const metafile = await buildApi();
  const outputs = Object.entries(metafile.outputs).filter(([file]) => file.endsWith(".js"));
  const bytes = outputs.reduce((sum, [, output]) => sum + output.bytes, 0);
  console.log(
    `Built ${Object.keys(ENTRY_POINTS)
      .map((name) => `dist/${name}.js`)
      .join(
        ", ",
      )} (${outputs.length} files, ${(bytes / 1024).toFixed(0)} KiB of JavaScript) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
