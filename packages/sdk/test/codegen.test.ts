import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const generatedDir = fileURLToPath(new URL("../src/generated/", import.meta.url));
const hint = "packages/sdk/src/generated is out of date: run `pnpm generate:sdk` and commit the result";

type Hook = (path: string, content: string) => string | Promise<string>;

/**
 * Runs codegen.ts exactly as `pnpm generate:sdk` does, but returns the files instead of writing
 * them. Codegen runs an output's beforeOneFileWrite hooks only when it writes, so they run here.
 */
async function generateInMemory(): Promise<Map<string, string>> {
  const loaded = await loadCodegenConfig({ configFilePath: join(root, "codegen.ts") });
  const outputs: Array<{ filename: string; content: string }> = await generate({ ...loaded.config, cwd: root, silent: true }, false);
  const hooks = Object.values(loaded.config.generates).flatMap(
    (output) => ((output as { hooks?: { beforeOneFileWrite?: Hook[] } }).hooks?.beforeOneFileWrite ?? []) as Hook[],
  );
  const files = new Map<string, string>();
  for (const output of outputs) {
    let content = output.content;
    for (const hook of hooks) content = await hook(join(root, output.filename), content);
    files.set(relative(generatedDir, join(root, output.filename)), content);
  }
  return files;
}

describe("the generated SDK code", () => {
  it("matches what codegen.ts produces from schema.graphql and the operation documents", async () => {
    const expected = await generateInMemory();
    const committed = (await readdir(generatedDir)).sort();

    expect(committed, hint).toEqual([...expected.keys()].sort());
    for (const [file, content] of expected) {
      expect(await readFile(join(generatedDir, file), "utf8"), `${file}: ${hint}`).toBe(content);
    }
  });

  it("comes out byte for byte the same on every run", async () => {
    const [first, second] = [await generateInMemory(), await generateInMemory()];
    expect(second).toEqual(first);
  });
});
