// From documents to import records: the formats `importPostings` and `pnpm import` accept.
import { parseFindAJobAdvert } from "./find-a-job.js";
import { jobPostingToRecord, readJsonLdDocument } from "./jsonld-read.js";
import { type ImportRecord, unreadableRecord } from "./record.js";

export type ImportFormat = "JSON_LD" | "FIND_A_JOB";

/** The format of a file, from its name, else from its first character. */
export function detectFormat(name: string, content: string): ImportFormat {
  if (/\.(json|jsonld|ndjson|html?)$/i.test(name)) return "JSON_LD";
  if (/\.(txt|text)$/i.test(name)) return "FIND_A_JOB";
  return /^\s*[[{<]/.test(content) ? "JSON_LD" : "FIND_A_JOB";
}

/** The records of one document, in order; what cannot be read becomes a record that fails with the reason. */
export function recordsFromDocument(format: ImportFormat, content: string, name: string): ImportRecord[] {
  if (format === "FIND_A_JOB") return [parseFindAJobAdvert(content, name)];
  const { postings, problems } = readJsonLdDocument(content, name);
  const records = postings.map((posting, i) => jobPostingToRecord(posting, postings.length > 1 ? `${name} #${i + 1}` : name));
  records.push(...problems.map((problem) => unreadableRecord(problem.origin, problem.message)));
  if (!records.length) records.push(unreadableRecord(name, "No schema.org JobPosting found in the document."));
  return records;
}
