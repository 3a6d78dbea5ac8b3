// Persisted operations, SDK side: the APQ-style request shape and fallback, and the manifest a
// server can load as an allow-list. (The API does not accept persisted operations yet.)
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildManifest, manifestPath } from "../scripts/persisted-documents.js";
import * as sdk from "../src/index.js";
import { createClient, GetPostingDocument, SearchPostingsDocument } from "../src/index.js";
import { data, json, type ScriptedServer, startScriptedServer } from "./support/scripted-server.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const manifest: Record<string, string> = JSON.parse(await readFile(manifestPath, "utf8"));
const notFound = json({ errors: [{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

describe("persisted operations", () => {
  it("send the document's SHA-256 in extensions.persistedQuery instead of the document", async () => {
    server.script(data({ posting: null }));
    const client = createClient({ endpoint: server.url, persisted: true });
    await client.getPosting({ id: "UG9zdGluZzox" });
    expect(server.received[0]!.body).toEqual({
      operationName: "GetPosting",
      variables: { id: "UG9zdGluZzox" },
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(String(GetPostingDocument)) } },
    });
  });

  it("hash with Web Crypto exactly as the manifest does, so a server finds every SDK operation in it", async () => {
    server.script(data({}));
    const client = createClient({ endpoint: server.url, persisted: true });
    await client.searchPostings();
    const hash = server.received[0]!.body.extensions.persistedQuery.sha256Hash;
    expect(manifest[hash]).toBe(String(SearchPostingsDocument));
  });

  it("send the document with its hash when the server does not know the hash (APQ registration)", async () => {
    server.script(notFound, data({ postings: { totalCount: 1 } }));
    const client = createClient({ endpoint: server.url, persisted: true });
    await expect(client.request("query Count { postings { totalCount } }")).resolves.toEqual({ postings: { totalCount: 1 } });
    const [first, second] = server.received.map((request) => request.body);
    expect(first.query).toBeUndefined();
    expect(second).toEqual({ ...first, query: "query Count { postings { totalCount } }" });
    expect(second.extensions.persistedQuery.sha256Hash).toBe(sha256(second.query));
  });

  it("throw PERSISTED_QUERY_NOT_FOUND with fallback: false, for allow-list-only servers", async () => {
    server.script(notFound);
    const client = createClient({ endpoint: server.url, persisted: { fallback: false } });
    await expect(client.searchPostings()).rejects.toMatchObject({ name: "GraphQLRequestError", codes: ["PERSISTED_QUERY_NOT_FOUND"] });
    expect(server.received).toHaveLength(1);
  });

  it("stop hashing for a client whose server says it does not support persisted operations", async () => {
    server.script(json({ errors: [{ message: "PersistedQueryNotSupported" }] }), data({}));
    const client = createClient({ endpoint: server.url, persisted: true });
    await client.searchPostings();
    await client.searchPostings();
    expect(server.received.map((request) => [Boolean(request.body.query), Boolean(request.body.extensions)])).toEqual([
      [false, true],
      [true, false],
      [true, false],
    ]);
  });
});

describe("persisted-documents.json", () => {
  it("is what `pnpm generate:sdk` writes from the current operation documents", async () => {
    expect(await readFile(manifestPath, "utf8"), "run `pnpm generate:sdk` and commit persisted-documents.json").toBe(await buildManifest());
  });

  it("maps the SHA-256 of every operation document the SDK sends to that exact text", () => {
    const documents = Object.entries(sdk).filter(([name]) => name.endsWith("Document"));
    expect(Object.keys(manifest)).toHaveLength(documents.length);
    for (const [, document] of documents) expect(manifest[sha256(String(document))]).toBe(String(document));
  });

  it("holds only documents that validate against schema.graphql", async () => {
    const schema = buildSchema(await readFile(new URL("../schema.graphql", import.meta.url), "utf8"));
    for (const [hash, text] of Object.entries(manifest)) {
      expect(sha256(text)).toBe(hash);
      expect(validate(schema, parse(text))).toEqual([]);
    }
  });
});
