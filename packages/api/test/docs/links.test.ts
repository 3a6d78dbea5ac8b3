// The documentation's relative links lead somewhere: every link in README.md and docs/**/*.md that
// is not a URL points to a file or folder of the repository, and its #anchor, if any, to a heading
// of the page it points to (GitHub's anchors: lower case, punctuation dropped, spaces to hyphens).
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anchorsOf, documentationFiles, headingAnchor, readDoc, repositoryRoot, withoutCode } from "./markdown.js";

/** The targets of a Markdown text's inline links and images, code left out. */
function linkTargets(text: string): string[] {
  return [...withoutCode(text).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1] as string);
}

/** What is wrong with each relative link of a documentation file. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const target of linkTargets(readDoc(file))) {
    if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    const [pathPart, anchor] = target.split("#") as [string, string | undefined];
    const resolved = pathPart ? path.resolve(repositoryRoot, path.dirname(file), decodeURIComponent(pathPart)) : path.join(repositoryRoot, file);
    if (path.relative(repositoryRoot, resolved).startsWith("..")) {
      broken.push(`${file}: ${target} leaves the repository`);
      continue;
    }
    if (!existsSync(resolved)) {
      broken.push(`${file}: ${target} (no such file)`);
      continue;
    }
    if (anchor && resolved.endsWith(".md") && statSync(resolved).isFile()) {
      const anchors = anchorsOf(readDoc(path.relative(repositoryRoot, resolved)));
      if (!anchors.has(anchor)) broken.push(`${file}: ${target} (no heading with anchor #${anchor})`);
    }
  }
  return broken;
}

describe("the documentation's links", () => {
  const files = documentationFiles();

  it("covers the README and the docs/ pages", () => {
    expect(files).toContain("README.md");
    expect(files).toContain("docs/README.md");
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)("%s: every relative link and anchor resolves", (file) => {
    expect(brokenLinks(file)).toEqual([]);
  });

  it("finds a broken link or anchor when there is one", () => {
    expect(linkTargets("see [a](missing.md) and [b](#x) but not `[c](code.md)`")).toEqual(["missing.md", "#x"]);
    expect(headingAnchor("Out: JSON-LD, the feed and `pnpm export`")).toBe("out-json-ld-the-feed-and-pnpm-export");
  });

  it("every docs/ page is reachable from the index", () => {
    const index = linkTargets(readDoc("docs/README.md"));
    const missing = files
      .filter((file) => file.startsWith("docs/") && file !== "docs/README.md")
      .filter((file) => !index.includes(path.basename(file)));
    expect(missing).toEqual([]);
  });
});
