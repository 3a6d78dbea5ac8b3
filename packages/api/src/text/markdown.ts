import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** Tags and attributes a job description may use once rendered; everything else is dropped. */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "del",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", {
      rel: "nofollow noopener noreferrer",
    }),
  },
};
SANITIZE_OPTIONS.allowedAttributes = {
  ...SANITIZE_OPTIONS.allowedAttributes,
  a: ["href", "title", "rel"],
};

/**
 * Bounds on the Markdown handed to the renderer. marked's block parser recurses once per level of
 * nesting (`"> - "` repeated 12,500 times overflows the stack) and its emphasis matching grows
 * faster than the square of the delimiters in one block (`"*a_"` × 16,666 runs ~35 s), so the text
 * passes `boundMarkdown` first, one linear pass, and renders in time linear in its length.
 */
export const MARKDOWN_LIMITS = {
  /** Block-quote and list markers opening one line (`> - > 1. …`); the next one is escaped. */
  maxNesting: 16,
  /** Leading spaces of a line (a tab counts 4); more are dropped (indentation is nesting too). */
  maxIndent: 64,
  /** Emphasis and strike-through delimiters (`*`, `_`, `~`) in one block (up to a blank line); later ones are escaped. */
  maxDelimitersPerBlock: 500,
} as const;

const isSpace = (c: string | undefined) => c === " " || c === "\t";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/**
 * Where the container marker (block quote, bullet or ordered-list item) at `at` ends, with the
 * index of its character to escape; null when there is none.
 */
function containerMarker(line: string, at: number): { end: number; escapeAt: number } | null {
  const c = line[at];
  if (c === ">") return { end: at + 1, escapeAt: at };
  const endsItem = (i: number) => i === line.length || isSpace(line[i]);
  if ((c === "-" || c === "+" || c === "*") && endsItem(at + 1)) return { end: at + 1, escapeAt: at };
  let i = at;
  while (i < line.length && i - at < 9 && isDigit(line[i])) i++;
  if (i > at && (line[i] === "." || line[i] === ")") && endsItem(i + 1)) return { end: i + 1, escapeAt: i };
  return null;
}

/** Caps a line's leading indentation and the container markers opening it. */
function boundLine(line: string): string {
  let start = 0;
  let width = 0;
  while (start < line.length && isSpace(line[start])) {
    width += line[start] === "\t" ? 4 : 1;
    start++;
  }
  let text = width > MARKDOWN_LIMITS.maxIndent ? " ".repeat(MARKDOWN_LIMITS.maxIndent) + line.slice(start) : line;
  let at = width > MARKDOWN_LIMITS.maxIndent ? MARKDOWN_LIMITS.maxIndent : start;
  for (let depth = 0; ; depth++) {
    while (at < text.length && isSpace(text[at])) at++;
    const marker = containerMarker(text, at);
    if (!marker) return text;
    if (depth === MARKDOWN_LIMITS.maxNesting) {
      text = `${text.slice(0, marker.escapeAt)}\\${text.slice(marker.escapeAt)}`;
      return text;
    }
    at = marker.end;
  }
}

/**
 * Makes Markdown safe to render in linear time, in one pass: nesting deeper than the limits is
 * flattened into text and emphasis delimiters past a block's allowance are escaped (shown as
 * typed). Text within the limits (every real advert) comes back unchanged.
 */
export function boundMarkdown(markdown: string): string {
  const lines = markdown.split("\n");
  let delimiters = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = boundLine(lines[n] as string);
    if (line.trim() === "") {
      delimiters = 0;
      lines[n] = line;
      continue;
    }
    let out: string[] | null = null;
    let from = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c !== "*" && c !== "_" && c !== "~") continue;
      if (++delimiters <= MARKDOWN_LIMITS.maxDelimitersPerBlock) continue;
      out ??= [];
      out.push(line.slice(from, i), "\\");
      from = i;
    }
    lines[n] = out ? out.join("") + line.slice(from) : line;
  }
  return lines.join("\n");
}

/**
 * Renders Markdown as written by employers to HTML that is safe to put in a page, in time linear
 * in its length (see `boundMarkdown`). Called when a description is written, never on a read: the
 * result is stored beside the Markdown (`description_html`).
 */
export function markdownToSafeHtml(markdown: string): string {
  return sanitizeHtml(marked.parse(boundMarkdown(markdown)) as string, SANITIZE_OPTIONS).trim();
}

/** The stored HTML of a description that may be absent (an employer's): null for null. */
export function descriptionHtmlOf(markdown: string | null): string | null {
  return markdown === null ? null : markdownToSafeHtml(markdown);
}
