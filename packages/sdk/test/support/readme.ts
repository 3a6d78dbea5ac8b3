// The README's TypeScript snippets, each a module of its own.
import { readFile } from "node:fs/promises";

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

export async function readmeSnippets(): Promise<Snippet[]> {
  const markdown = await readFile(readmePath, "utf8");
  const snippets: Snippet[] = [];
  let section = "";
  for (const match of markdown.matchAll(/^## (.+)$|(<!-- snippet: compile-only -->\s*)?^```ts\n([\s\S]*?)^```$/gm)) {
    if (match[1]) section = match[1];
    else snippets.push({ name: `readme-${snippets.length + 1}`, section, code: match[3]!, run: !match[2] });
  }
  return snippets;
}
