// `pnpm sdk:size`: what the SDK adds to an application's bundle, minified and gzipped, measured with
// esbuild the way a bundler sees it. The runtime (transport, errors, retries, pagination, persisted
// operations) has a budget of 5 kB; the operation documents are data and are reported beside it.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

export const RUNTIME_BUDGET_BYTES = 5 * 1024;

export interface BundleSize {
  name: string;
  minified: number;
  gzipped: number;
}

const index = new URL("../src/index.ts", import.meta.url).pathname;
const entries = {
  runtime: new URL("../src/runtime/index.ts", import.meta.url).pathname,
  "createClient with every operation": index,
  // What a webhook receiver that imports only verifyWebhook bundles: tree-shaking leaves the client out.
  "verifyWebhook alone": { contents: `export { verifyWebhook } from ${JSON.stringify(index)};` },
};

/** Bundles an entry for a neutral platform (so a Node built-in fails the build), minified, and gzips it. */
async function measure(name: string, entry: string | { contents: string }): Promise<BundleSize> {
  const result = await build({
    ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, loader: "ts", resolveDir: "." } }),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { name, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

export async function measureSdk(): Promise<BundleSize[]> {
  return Promise.all(Object.entries(entries).map(([name, entry]) => measure(name, entry)));
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureSdk();
  for (const { name, minified, gzipped } of sizes)
    console.log(`${name.padEnd(40)} ${kB(minified).padStart(10)} min  ${kB(gzipped).padStart(9)} min+gz`);
  const runtime = sizes[0]!;
  const verdict = runtime.gzipped <= RUNTIME_BUDGET_BYTES ? "within" : "OVER";
  console.log(`runtime budget ${kB(RUNTIME_BUDGET_BYTES)} min+gz: ${verdict} (${kB(runtime.gzipped)})`);
  if (verdict === "OVER") process.exitCode = 1;
}
