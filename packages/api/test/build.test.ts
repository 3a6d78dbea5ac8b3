// The production build (scripts/build.ts, `pnpm build`) from the current sources, in memory: what
// the compiled server can reach. The sample-data seed (src/seed/) and faker are development code
// and must not be in it; every package it imports must be a production dependency (the image
// installs only those); and nothing needs tsx or TypeScript at run time.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import type { Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApi, ENTRY_POINTS } from "../scripts/build.js";

const apiPackage = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { dependencies: Record<string, string> };

interface Reachable {
  /** Source files bundled into the output or the chunks it loads, relative to packages/api. */
  inputs: string[];
  /** Packages and built-ins it imports (statically or dynamically), as written. */
  externals: string[];
}

/** Everything an output file reaches: its own inputs, and those of every chunk it imports, statically or dynamically. */
function reachable(metafile: Metafile, output: string): Reachable {
  const inputs = new Set<string>();
  const externals = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const out = metafile.outputs[file];
    if (!out) throw new Error(`${file} is not in the build (outputs: ${Object.keys(metafile.outputs).join(", ")})`);
    for (const input of Object.keys(out.inputs)) inputs.add(input);
    for (const imported of out.imports) {
      if (imported.external) externals.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(output);
  return { inputs: [...inputs].sort(), externals: [...externals].sort() };
}

const isSeed = (input: string) => /(^|\/)src\/seed\//.test(input);
const isFaker = (specifier: string) => specifier === "@faker-js/faker" || specifier.startsWith("@faker-js/faker/");
const packageName = (specifier: string) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");
const isBuiltin = (specifier: string) => specifier.startsWith("node:") || builtinModules.includes(specifier);

describe("the production build", () => {
  let metafile: Metafile;
  beforeAll(async () => {
    metafile = await buildApi({ write: false });
  });

  it.each(Object.keys(ENTRY_POINTS))("dist/%s.js reaches neither the seed (src/seed/) nor faker", (name) => {
    const { inputs, externals } = reachable(metafile, `dist/${name}.js`);
    expect(inputs).toContain(ENTRY_POINTS[name]);
    expect(inputs.filter(isSeed)).toEqual([]);
    expect(externals.filter(isFaker)).toEqual([]);
    // The seed's loader is the production stand-in, which has none.
    if (inputs.some((input) => input.endsWith("src/sample-data.ts")))
      throw new Error("src/sample-data.ts was bundled instead of its production stand-in");
  });

  it("bundles the server from src/server.ts with the production stand-in for the seed's loader", () => {
    const { inputs } = reachable(metafile, "dist/server.js");
    expect(inputs).toContain("src/server.ts");
    expect(inputs).toContain("src/sample-data.production.ts");
    expect(inputs).toContain("src/interchange/import.service.ts");
  });

  it("imports only production dependencies and Node built-ins at run time: no tsx, no TypeScript", () => {
    const production = new Set(Object.keys(apiPackage.dependencies));
    for (const name of Object.keys(ENTRY_POINTS)) {
      const packages = reachable(metafile, `dist/${name}.js`)
        .externals.filter((specifier) => !isBuiltin(specifier))
        .map(packageName);
      expect(packages.length).toBeGreaterThan(0);
      expect(packages.filter((pkg) => !production.has(pkg))).toEqual([]);
      expect(packages).not.toContain("tsx");
      expect(packages).not.toContain("typescript");
    }
  });

  it("would notice the seed and faker: the same check on a build of the seed's own CLI finds both", async () => {
    const seedBuild = await buildApi({ write: false, entryPoints: { seed: "src/seed/cli.ts" } });
    const { inputs, externals } = reachable(seedBuild, "dist/seed.js");
    expect(inputs.filter(isSeed)).toContain("src/seed/generate.ts");
    expect(externals.filter(isFaker)).toEqual(["@faker-js/faker"]);
  });
});

describe("the image's runtime settings", () => {
  it("start the server as scripts/production-runtime.ts defines (the benchmarks use the same)", async () => {
    const { PRODUCTION_RUNTIME_ENV } = await import("../scripts/production-runtime.js");
    const dockerfile = readFileSync(new URL("../../../Dockerfile", import.meta.url), "utf8");
    const runtime = dockerfile.slice(dockerfile.indexOf("AS runtime"));
    for (const [name, value] of Object.entries(PRODUCTION_RUNTIME_ENV))
      expect(runtime, name).toMatch(new RegExp(`\\b${name}=${value.replace(/[-]/g, "\\$&")}( |$)`, "m"));
  });
});
