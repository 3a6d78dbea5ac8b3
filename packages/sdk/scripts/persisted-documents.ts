// Writes persisted-documents.json, the persisted-operations manifest: the SHA-256 of each operation
// document (lowercase hex) mapped to the exact text the SDK sends. A server loads it as an allow-list
// and runs requests that name a hash from it; an APQ server can check sha256(query) === hash.
//
// Why not the client preset's `persistedDocuments`: it hashes a normalised reprint of each document
// (fields sorted, one line), not the text the SDK sends, so the hash could not be checked against the
// query on an APQ fallback, and documents hashed at run time would follow a different rule.
// Runs after codegen in `pnpm generate:sdk`; test/persisted-documents.test.ts checks it is current.
import { writeFile } from "node:fs/promises";
import * as generated from "../src/generated/graphql.js";
import { describeOperation } from "../src/runtime/document.js";
import { sha256Hex } from "../src/runtime/transport.js";

export const manifestPath = new URL("../persisted-documents.json", import.meta.url);

/** The manifest as JSON text, operations in name order so that diffs stay small. */
export async function buildManifest(): Promise<string> {
  const texts = Object.entries(generated)
    .filter(([name]) => name.endsWith("Document"))
    .map(([, document]) => String(document))
    .sort((a, b) => (describeOperation(a).name ?? "").localeCompare(describeOperation(b).name ?? ""));
  const manifest: Record<string, string> = {};
  for (const text of texts) manifest[await sha256Hex(text)] = text;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(manifestPath, await buildManifest());
}
