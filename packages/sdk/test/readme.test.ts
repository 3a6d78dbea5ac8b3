// Every TypeScript snippet in the README compiles, strictly, against the SDK's source. (The package
// test compiles them again against the packed package, and runs them against the server.)
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { readmeSnippets } from "./support/readme.js";

const snippets = await readmeSnippets();
const dir = await mkdtemp(path.join(tmpdir(), "jobgraph-sdk-readme-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the README's snippets", () => {
  it("are there: one per section that shows code", () => {
    expect(snippets.map((snippet) => snippet.section)).toEqual([
      "Connect and authenticate",
      "Search",
      "Look up a posting, an employer or a benefit",
      "Page through results",
      "Write job data",
      "Errors and retries",
      "Custom queries",
      "Persisted operations",
    ]);
  });

  it("compile under strict TypeScript with no Node types, as an ES module each", { timeout: 60_000 }, async () => {
    const files = await Promise.all(
      snippets.map(async (snippet) => {
        const file = path.join(dir, `${snippet.name}.mts`);
        await writeFile(file, snippet.code);
        return file;
      }),
    );
    const program = ts.createProgram(files, {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      types: [],
      paths: { "@jobgraph/sdk": [fileURLToPath(new URL("../src/index.ts", import.meta.url))] },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.basename(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}`
        : "";
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    });
    expect(problems).toEqual([]);
  });
});
