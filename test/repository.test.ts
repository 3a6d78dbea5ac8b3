// The repository stands on its own: a clone with nothing beside it must build, test and run. These
// checks fail when a tracked file reaches outside the repository (such as the reference folder
// `shared/` beside the checkout that the project was started from), which passes on a developer's machine and fails for everyone else.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|mdx|ya?ml|sh|graphql|toml|prisma)$|(^|\/)(Dockerfile|\.dockerignore|\.gitignore)$/;

/** Tracked text files, relative to the root (the CI script itself names the folder, to check for it). */
function trackedTextFiles(): string[] {
  const listed = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0");
  return listed.filter((file) => file && TEXT.test(file) && file !== ".ci/run" && file !== "pnpm-lock.yaml");
}

/** Relative paths a file names: string literals and Markdown link targets that start with ../ */
function relativePaths(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/["'`(](\.\.\/[^"'`()\s]*)/g)) found.add(match[1] as string);
  return [...found];
}

describe("the repository", () => {
  const files = trackedTextFiles();

  it("has tracked files to check", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  // Spelt in two parts, so that this file does not name it either (.ci/run greps for it).
  const SHARED = ["..", "shared"].join("/");

  it("names no shared/ folder beside the checkout", () => {
    const naming = files.filter((file) => readFileSync(path.join(root, file), "utf8").includes(SHARED));
    expect(naming).toEqual([]);
  });

  it("names no relative path that leaves the repository", () => {
    const leaving: string[] = [];
    for (const file of files) {
      const dir = path.dirname(path.join(root, file));
      for (const relative of relativePaths(readFileSync(path.join(root, file), "utf8"))) {
        const target = path.resolve(dir, relative);
        if (path.relative(root, target).startsWith("..")) leaving.push(`${file}: ${relative}`);
      }
    }
    expect(leaving).toEqual([]);
  });
});
