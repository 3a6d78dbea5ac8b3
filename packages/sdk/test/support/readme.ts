// The TypeScript snippets of the SDK's README, and of the repository's README and docs/, each a
// module of its own: the package suite compiles and runs every one of them.
import { readdir, readFile } from "node:fs/promises";

export interface Snippet {
  /** "readme-1", "readme-2", ... in order of appearance. */
  name: string;
  /** The heading the snippet is under, for test names. */
  section: string;
  code: string;
  /** False for snippets marked `<!-- snippet: compile-only -->` (they need what the server lacks). */
  run: boolean;
}

export const readmePath = new URL("../../README.md", import.meta.url);

/** The snippets of one Markdown file, named `<prefix>-1`, `<prefix>-2`, ...; with `file`, `section` names it too. */
async function snippetsOf(url: URL, prefix: string, file?: string): Promise<Snippet[]> {
  const markdown = await readFile(url, "utf8");
  const snippets: Snippet[] = [];
  let section = "";
  for (const match of markdown.matchAll(/^## (.+)$|(<!-- snippet: compile-only -->\s*)?^```ts\n([\s\S]*?)^```$/gm)) {
    if (match[1]) section = match[1];
    else
      snippets.push({
        name: `${prefix}-${snippets.length + 1}`,
        section: file ? [file, section].filter(Boolean).join(" › ") : section,
        code: match[3]!,
        run: !match[2],
      });
  }
  return snippets;
}

/** The SDK's README: the integrator's guide, which ships in the package. */
export function readmeSnippets(): Promise<Snippet[]> {
  return snippetsOf(readmePath, "readme");
}

const repositoryRoot = new URL("../../../../", import.meta.url);

/** The repository's README.md and docs/*.md, which show the SDK too. */
export async function repositoryDocSnippets(): Promise<Snippet[]> {
  const docs = (await readdir(new URL("docs/", repositoryRoot))).filter((name) => name.endsWith(".md")).sort();
  const files = ["README.md", ...docs.map((name) => `docs/${name}`)];
  const found = await Promise.all(files.map((file, index) => snippetsOf(new URL(file, repositoryRoot), `docs${index}`, file)));
  return found.flat();
}
