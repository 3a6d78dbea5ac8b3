// The SDK as a third party gets it: `pnpm pack`, checked by publint and Are the Types Wrong, installed
// with npm into an empty project, compiled by a strict TypeScript consumer (ESM and CommonJS) along
// with the README's snippets, and run against the real API server (api.test.ts runs this suite).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readmeSnippets, repositoryDocSnippets } from "../support/readme.js";
import { api } from "./context.js";

const run = promisify(execFile);
const sdkDir = fileURLToPath(new URL("../..", import.meta.url));
const tsc = fileURLToPath(new URL("../../../../node_modules/typescript/bin/tsc", import.meta.url));
const attw = path.join(sdkDir, "node_modules/.bin/attw");
const placeholder = "http://localhost:4000/graphql";

let work: string;
let tarball: string;
let project: string;

const esmConsumer = `
import { createClient, GraphQLRequestError, type GetPostingQuery, type SearchPostingsQuery } from "@jobgraph/sdk";
import manifest from "@jobgraph/sdk/persisted-documents.json" with { type: "json" };

const client = createClient({ endpoint: "${placeholder}", retry: { retries: 1 } });
const lookup: GetPostingQuery = await client.getPosting({ employerSlug: "lloyds-banking-group", reference: "153907_1773321498" });
const page: SearchPostingsQuery = await client.searchPostings({ first: 3 });
let paged = 0;
for await (const posting of client.paginate.postings({}, { limit: 150 })) if (posting.id) paged++;
let code: string | undefined;
try {
  await client.searchPostings({ first: 500 });
} catch (error) {
  if (error instanceof GraphQLRequestError) code = error.codes[0];
}
console.log(JSON.stringify({ title: lookup.posting?.title, results: page.postings.nodes.length, paged, code, manifest: Object.keys(manifest).length }));
`;

const cjsConsumer = `
import { createClient, HttpError, JobgraphError } from "@jobgraph/sdk";

async function main(): Promise<void> {
  const client = createClient({ endpoint: "${placeholder}" });
  const { benefits } = await client.listBenefits({ first: 2 });
  const failed = await createClient({ endpoint: "${placeholder.replace("/graphql", "/nope")}", retry: false })
    .listBenefits()
    .catch((error: unknown) => error);
  const hierarchy = failed instanceof HttpError && failed instanceof JobgraphError;
  console.log(JSON.stringify({ benefits: benefits.nodes.length, hierarchy }));
}
void main();
`;

/** Packs the SDK and installs the tarball into an empty project. */
async function packAndInstall(): Promise<void> {
  work = await mkdtemp(path.join(tmpdir(), "jobgraph-sdk-pack-"));
  await run("pnpm", ["pack", "--pack-destination", work], { cwd: sdkDir });
  tarball = path.join(work, (await readdir(work)).find((file) => file.endsWith(".tgz"))!);
  project = path.join(work, "consumer");
  await mkdir(project);
  await writeFile(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // Only the tarball: the SDK has no dependencies, so nothing else is fetched.
  await run("npm", ["install", tarball, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: project });
}

// Started as the file loads, so that it overlaps the server's start; awaited by the suite.
const packed = packAndInstall();
packed.catch(() => {});

/** The project the packed SDK is installed in, as a user installs it (for the suites that run after this one). */
export async function installedProject(): Promise<string> {
  await packed;
  return project;
}

// After every suite of api.test.ts: the paging suite runs scripts in the installed project too.
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("the packed SDK", () => {
  beforeAll(() => packed, 120_000);

  it("holds one ES module, one declaration file, the manifest, the README and nothing else", async () => {
    const { stdout } = await run("tar", ["-tzf", tarball]);
    expect(stdout.trim().split("\n").sort()).toEqual(
      ["package/README.md", "package/dist/index.d.ts", "package/dist/index.js", "package/package.json", "package/persisted-documents.json"].sort(),
    );
    const { size } = await stat(tarball);
    expect(size).toBeLessThan(64 * 1024);
  });

  it("passes npm publish --dry-run with no warning about the package", async () => {
    // --ignore-scripts: the pack above built dist/ already. Not being logged in is the one warning
    // a dry run may give here, and it is about this machine, not the package.
    const { stdout, stderr } = await run("npm", ["publish", "--dry-run", "--ignore-scripts"], { cwd: sdkDir });
    const warnings = stderr.split("\n").filter((line) => /npm warn/i.test(line) && !/logged in/.test(line));
    expect(warnings).toEqual([]);
    expect(`${stdout}${stderr}`).toContain("total files: 5");
    expect(stdout).toContain("+ @jobgraph/sdk@0.1.0");
  });

  it("ships the schema's descriptions on the result types' fields, for editors to show", async () => {
    const declarations = await readFile(path.join(project, "node_modules/@jobgraph/sdk/dist/index.d.ts"), "utf8");
    const result = declarations.slice(declarations.indexOf("type GetPostingQuery = "));
    expect(result).toMatch(/\/\*\* `min` normalised to a year\. \*\/\s*annualMin: number \| null/);
  });

  it("depends on nothing, so no workspace package is needed to install it", async () => {
    const manifest = JSON.parse(await readFile(path.join(project, "node_modules/@jobgraph/sdk/package.json"), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
  });

  it("is clean by publint (strict)", async () => {
    const pack = await readFile(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: pack.buffer.slice(pack.byteOffset, pack.byteOffset + pack.byteLength) },
      strict: true,
    });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it("is clean by Are the Types Wrong for an ES-module-only package: types resolve for node16/nodenext imports and bundlers", async () => {
    // The esm-only profile leaves out what every ES-module-only package gets under the strict one:
    // TypeScript's node16 (CJS) model predates require(esm); `module: nodenext` (TypeScript 5.8+)
    // lets CommonJS code require the SDK, and the CommonJS consumer below does.
    const result = await run(attw, [
      tarball,
      "--profile",
      "esm-only",
      "--no-definitely-typed",
      "--format",
      "ascii",
      "--no-color",
      "--exclude-entrypoints",
      "./persisted-documents.json",
    ]).then(
      (done) => ({ ...done, code: 0 }),
      (error: { stdout: string; code: number }) => error,
    );
    // attw exits non-zero on any problem the profile does not ignore.
    expect(result.code, result.stdout).toBe(0);
    const problems = result.stdout.split("\n").filter((line) => line.includes("arethetypeswrong.github.io/blob/main/docs/problems/"));
    expect(problems.map((line) => [line.startsWith("(ignored per resolution)"), line.match(/problems\/(\w+)\.md/)?.[1]])).toEqual([
      [true, "CJSResolvesToESM"],
    ]);
  });

  it("compiles a strict ESM and CommonJS consumer and the README's snippets, and they run against the server", { timeout: 120_000 }, async () => {
    // The snippets' endpoint and API key, pointed at this test's server.
    const endpoint = (code: string) =>
      code
        .replaceAll(placeholder, api().endpoint)
        .replaceAll(placeholder.replace("/graphql", "/nope"), api().endpoint.replace("/graphql", "/nope"))
        .replaceAll("jg_live_...", api().adminKey!);
    const snippets = [...(await readmeSnippets()), ...(await repositoryDocSnippets())];
    await writeFile(path.join(project, "consumer.mts"), endpoint(esmConsumer));
    await writeFile(path.join(project, "consumer.cts"), endpoint(cjsConsumer));
    for (const snippet of snippets) await writeFile(path.join(project, `${snippet.name}.mts`), endpoint(snippet.code));
    await writeFile(
      path.join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          resolveJsonModule: true,
          lib: ["ES2023", "DOM"],
          types: [],
          outDir: "build",
        },
        include: ["*.mts", "*.cts"],
      }),
    );
    const compiled = await run(process.execPath, [tsc, "-p", project]).catch((error: { stdout: string }) => error);
    expect(compiled.stdout).toBe("");

    const node = async (file: string) => (await run(process.execPath, [path.join(project, "build", file)], { cwd: project })).stdout;
    expect(JSON.parse(await node("consumer.mjs"))).toEqual({
      title: "Machine Learning Engineer",
      results: 3,
      paged: 150,
      code: "BAD_USER_INPUT",
      manifest: 19,
    });
    expect(JSON.parse(await node("consumer.cjs"))).toEqual({ benefits: 2, hierarchy: true });
    const outputs: Record<string, string> = {};
    for (const snippet of snippets.filter((candidate) => candidate.run))
      outputs[snippet.section] = (outputs[snippet.section] ?? "") + (await node(`${snippet.name}.mjs`));
    expect(outputs["Connect and authenticate"]).toMatch(/^ADMIN/);
    expect(outputs["Write job data"]).toContain("PUBLISHED");
    expect(outputs["Import postings"]).toContain("INVALID Strict import: 1 benefit found");
    expect(outputs["Import postings"]).toContain("feed.json CREATED benefits UNMATCHED: 1 benefit found");
    expect(outputs["Keeping a copy in sync"]).toMatch(/^\d{2,} employers; next time, read on after chg1_/);
    expect(outputs["Keeping a copy in sync"]).toMatch(/\d{4,} objects in the copy, \d{4,} of them postings/);
    expect(outputs["Keeping a copy in sync"]).toContain("400 missing_headers");
    expect(Object.values(outputs).every((output) => output.length > 0)).toBe(true);
  });
});
