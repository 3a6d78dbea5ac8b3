// Persisted documents, sent APQ-style as `extensions.persistedQuery.sha256Hash` (what the SDK sends
// with `persisted: true`).
//
// - By default (@graphql-yoga/plugin-apq): the SDK's own operations are known from the start
//   (the manifest `@jobgraph/sdk` exports; the build bundles it into dist/), so its hash-only requests run in one round trip; any
//   other hash is PERSISTED_QUERY_NOT_FOUND until a client sends the document with it, and then
//   remembered (a bounded cache). Plain documents run as usual.
// - Trusted-documents mode (@graphql-yoga/plugin-persisted-operations): only hashes from the SDK's
//   manifest and the operator's allow-list file run; a document sent as text is refused.
import { readFileSync } from "node:fs";
import { createInMemoryAPQStore, useAPQ } from "@graphql-yoga/plugin-apq";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import sdkManifestJson from "@jobgraph/sdk/persisted-documents.json" with { type: "json" };
import type { Plugin } from "graphql-yoga";

/** Registered documents longer than this still run, but are not remembered. */
const MAX_REGISTERED_LENGTH = 32 * 1024;

/** Reads a `{ "<sha256>": "<document>" }` file, with a message naming the file when it is not one. */
export function readManifest(file: string | URL): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${String(file)} is not a readable JSON file: ${(error as Error).message}`);
  }
  return parseManifest(parsed, file);
}

/** The SDK's own operations, by hash. */
export const sdkManifest = (): Map<string, string> => parseManifest(sdkManifestJson, "@jobgraph/sdk/persisted-documents.json");

function parseManifest(parsed: unknown, file: string | URL): Map<string, string> {
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`${String(file)} must map SHA-256 hashes to documents`);
  const manifest = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    if (!/^[0-9a-f]{64}$/.test(hash) || typeof text !== "string") {
      throw new Error(`${String(file)}: "${hash.slice(0, 80)}" is not a lowercase SHA-256 hash mapped to a document`);
    }
    manifest.set(hash, text);
  }
  return manifest;
}

export function persistedDocumentsPlugin(trusted: { file?: string } | null): Plugin {
  const sdk = sdkManifest();
  if (trusted) {
    const allowed = new Map([...sdk, ...(trusted.file ? readManifest(trusted.file) : [])]);
    return usePersistedOperations({
      getPersistedOperation: (hash) => allowed.get(hash) ?? null,
      allowArbitraryOperations: false,
      customErrors: {
        notFound: {
          message: "This server runs trusted documents only, and this hash is not one of them.",
          extensions: { code: "PERSISTED_QUERY_NOT_IN_LIST", http: { status: 400 } },
        },
        persistedQueryOnly: {
          message: "This server runs trusted documents only: send extensions.persistedQuery.sha256Hash, not a document.",
          extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 400 } },
        },
        keyNotFound: {
          message: "This server runs trusted documents only: send extensions.persistedQuery { version: 1, sha256Hash }.",
          extensions: { code: "PERSISTED_QUERY_ID_REQUIRED", http: { status: 400 } },
        },
      },
    }) as Plugin;
  }
  const registered = createInMemoryAPQStore({ max: 1000 });
  return useAPQ({
    store: {
      get: (hash) => sdk.get(hash) ?? registered.get(hash),
      set: (hash, text) => (text.length <= MAX_REGISTERED_LENGTH && !sdk.has(hash) ? registered.set(hash, text) : undefined),
    },
  });
}
