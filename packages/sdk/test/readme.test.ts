// The README's TypeScript snippets are found where the guide shows code. The package suite
// (e2e/package.ts) compiles every one of them, strictly, against the packed package, and runs the
// ones that are not marked compile-only against the API server.
import { describe, expect, it } from "vitest";
import { readmeSnippets, repositoryDocSnippets } from "./support/readme.js";

describe("the README's snippets", () => {
  it("are one per section that shows code, every one of them run against the server", async () => {
    const snippets = await readmeSnippets();
    expect(snippets.map((snippet) => [snippet.section, snippet.run])).toEqual([
      ["Connect and authenticate", true],
      ["Search", true],
      ["Look up a posting, an employer or a benefit", true],
      ["Page through results", true],
      ["Write job data", true],
      ["Import postings", true],
      ["Keeping a copy in sync", true],
      ["Keeping a copy in sync", true],
      ["Errors and retries", true],
      ["Rate limits", true],
      ["Custom queries", true],
      ["Persisted operations", true],
    ]);
    for (const snippet of snippets) expect(snippet.code, snippet.section).toContain('from "@jobgraph/sdk"');
  });

  it("include the repository README's and docs' SDK snippets, which run too", async () => {
    const snippets = await repositoryDocSnippets();
    expect(snippets.map((snippet) => [snippet.section, snippet.run])).toEqual([
      ["README.md › The SDK in five lines", true],
      ["docs/sdk.md", true],
    ]);
  });
});
