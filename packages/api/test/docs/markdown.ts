// Reads the repository's Markdown documentation (README.md and docs/**/*.md) for the tests that keep
// it honest: the executed GraphQL examples (examples.db.test.ts) and the links (links.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root. */
export const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/** README.md and every Markdown file under docs/, relative to the root, README first. */
export function documentationFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(repositoryRoot, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith(".md")) found.push(relative);
    }
  };
  walk("docs");
  return ["README.md", ...found];
}

export interface CodeBlock {
  /** The file, relative to the repository root. */
  file: string;
  /** The first word of the info string (`graphql`, `json`, `sh`...). */
  language: string;
  /** The words after it (`variables`, `admin`...). */
  flags: string[];
  /** The nearest heading above the block. */
  heading: string;
  /** 1-based line of the opening fence. */
  line: number;
  code: string;
}

/** The fenced code blocks of a Markdown text, in order, each with the heading it is under. */
export function codeBlocks(file: string, text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split("\n");
  let heading = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fence = /^(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(line);
    if (fence) {
      const [, marker, language, rest] = fence as unknown as [string, string, string, string];
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] as string).startsWith(marker); i++) body.push(lines[i] as string);
      blocks.push({ file, language, flags: rest.split(/\s+/).filter(Boolean), heading, line: start + 1, code: body.join("\n") });
      continue;
    }
    const title = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (title) heading = title[1] as string;
  }
  return blocks;
}

/** Markdown text without its fenced code blocks. */
export function withoutCodeBlocks(text: string): string {
  return text.replace(/^(`{3,}|~{3,})[\s\S]*?^\1\s*$/gm, "");
}

/** Markdown text with its fenced code blocks and inline code spans blanked out (links in code are not links). */
export function withoutCode(text: string): string {
  return withoutCodeBlocks(text).replace(/`[^`\n]*`/g, "``");
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Every anchor a Markdown text defines through its headings (repeated headings get -1, -2...). */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of withoutCodeBlocks(text).matchAll(/^#{1,6}\s+(.*?)\s*#*\s*$/gm)) {
    const base = headingAnchor(match[1] as string);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

export const readDoc = (file: string) => readFileSync(path.join(repositoryRoot, file), "utf8");
