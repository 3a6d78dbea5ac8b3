// What every import format is read into: one posting as `createPosting` takes it, the employer it
// belongs to (matched by slug or name on import), and what the import itself must settle.
import type { UserError } from "../write/user-errors.js";

export interface ImportedEmployer {
  name: string | null;
  slug?: string | null;
  websiteUrl?: string | null;
  logoUrl?: string | null;
  industry?: string | null;
  brands?: string[];
  /** AccreditationInput-shaped, e.g. Disability Confident from an advert's statement. */
  accreditations?: Array<{ scheme: string; level?: string | null; statement?: string | null }>;
  /** The employer's package, when the source states it apart from the posting's (Jobgraph's own JSON-LD). */
  benefits?: Array<{ key: string; detail?: string | null; value?: number | null; unit?: string | null }>;
}

/**
 * A fact the reader expected and could not find, or could not read confidently. The record is
 * still imported (with `--strict`, or `strict: true`, it fails instead).
 * - MISSING: not stated anywhere the format puts it ("hours per week not stated");
 * - UNCLEAR: stated, but not in a form the reader understood (kept as text where there is a text field);
 * - CONFLICT: stated twice, differently; the message names the one used;
 * - UNMATCHED: found, but matched nothing it could be mapped to (kept as text, e.g. `otherBenefits`).
 */
export type ImportWarningCode = "MISSING" | "UNCLEAR" | "CONFLICT" | "UNMATCHED";

export interface ImportWarning {
  /** The CreatePostingInput path the fact belongs to, e.g. "hours.perWeek", "salary", "benefits". */
  field: string;
  code: ImportWarningCode;
  /** For a person: what was expected, what was found, what was done. */
  message: string;
}

export interface ImportRecord {
  /** Where the record came from, for reports: a file name, with the position inside it. */
  origin: string;
  employer: ImportedEmployer;
  /** A CreatePostingInput without `employerId` (validated on import with the mutation's rules). */
  posting: Record<string, unknown> & { reference?: string };
  /** The source's posting date (kept as the posting's `postedAt`); null to use the import's time. */
  postedAt: Date | null;
  /** Benefits in the source's words, mapped onto the catalogue on import (what matches nothing is kept as text). */
  benefitTexts: string[];
  /** Problems reading the record: it fails with them (and the validation's) and is not written. */
  problems: UserError[];
  /** Facts the reader expected and could not find or read confidently: reported, the record is still written. */
  warnings: ImportWarning[];
  /** The source could not be read at all (not JSON, say): `problems` say why, nothing else is checked. */
  unreadable?: boolean;
}

/** A record standing for a document, or part of one, that could not be read. */
export function unreadableRecord(origin: string, message: string): ImportRecord {
  return {
    origin,
    employer: { name: null },
    posting: {},
    postedAt: null,
    benefitTexts: [],
    problems: [{ field: null, code: "INVALID", message }],
    warnings: [],
    unreadable: true,
  };
}

/** A reference for a record that has none, stable for the same content so re-imports match. */
export function fallbackReference(parts: ReadonlyArray<string | null | undefined>): string {
  let hash = 0x811c9dc5;
  for (const char of parts.filter(Boolean).join("\u0000")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `import-${hash.toString(36)}`;
}
