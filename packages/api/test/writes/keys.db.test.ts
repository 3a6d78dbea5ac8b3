// API keys: stored as hashes, shown once, refused when malformed, unknown, revoked or expired.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, hashKey, listApiKeys, revokeApiKey } from "../../src/viewer/keys.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { bearer } from "../support/auth.js";
import { createEmployer } from "../support/factories.js";

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await createEmployer(app.db.prisma, { slug: "acme" });
});
afterAll(() => app?.close());

const VIEWER = `{ viewer { kind scopes employer { slug } apiKey { prefix name lastUsedAt } } }`;

describe("API keys", () => {
  it("look like jg_live_<prefix>_<secret>, and only their hash and prefix are stored", async () => {
    const { key, apiKey } = await createApiKey(app.db.prisma, { employerSlug: "acme", scopes: ["WRITE_POSTINGS"], name: "ATS sync" });
    expect(key).toMatch(/^jg_live_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key).toContain(apiKey.prefix);
    const stored = await app.db.prisma.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(stored.secretHash).toBe(hashKey(key));
    // The secret is everything after `jg_live_<prefix>_` (it may itself contain "_").
    const secret = key.slice(`jg_live_${apiKey.prefix}_`.length);
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const listed = await listApiKeys(app.db.prisma);
    expect(listed.map((k) => k.prefix)).toContain(apiKey.prefix);
  });

  it("identify the caller, and record when they were last used", async () => {
    const { key, apiKey } = await createApiKey(app.db.prisma, { employerSlug: "acme", scopes: ["READ_DRAFTS"], name: "Preview" });
    const data = await app.execute(VIEWER, {}, bearer(key));
    expect(data.data?.viewer).toMatchObject({
      kind: "EMPLOYER",
      scopes: ["READ_DRAFTS"],
      employer: { slug: "acme" },
      apiKey: { prefix: apiKey.prefix, name: "Preview" },
    });
    expect((await app.db.prisma.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt).not.toBeNull();
  });

  it.each([
    ["a malformed header", "Basic dXNlcjpwYXNz", 'The Authorization header must be "Bearer <API key>".'],
    ["a malformed key", "Bearer not-a-key", "The API key is not valid."],
    ["an unknown key", `Bearer jg_live_abcdefghijkl_${"A".repeat(43)}`, "The API key is not valid."],
  ])("are refused with 401 UNAUTHENTICATED for %s", async (_name, authorization, message) => {
    const response = await app.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization },
      body: JSON.stringify({ query: "{ viewer { kind } }" }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ message, extensions: { code: "UNAUTHENTICATED" } });
  });

  it("are refused once revoked, and a wrong secret with a real prefix is refused like an unknown key", async () => {
    const { key, apiKey } = await createApiKey(app.db.prisma, { employerSlug: "acme", scopes: ["READ_DRAFTS"] });
    const forged = `${key.slice(0, -4)}AAAA`;
    expect((await app.execute(VIEWER, {}, bearer(forged))).errors?.[0]?.message).toBe("The API key is not valid.");
    expect((await app.execute(VIEWER, {}, bearer(key))).data?.viewer.kind).toBe("EMPLOYER");
    await revokeApiKey(app.db.prisma, apiKey.prefix);
    const revoked = await app.execute(VIEWER, {}, bearer(key));
    expect(revoked.errors?.[0]).toMatchObject({ message: `The API key ${apiKey.prefix} has been revoked.`, extensions: { code: "UNAUTHENTICATED" } });
  });

  it("are refused once expired", async () => {
    const { key, apiKey } = await createApiKey(app.db.prisma, { scopes: [], expiresAt: new Date(Date.now() + 60_000) });
    expect((await app.execute(VIEWER, {}, bearer(key))).data?.viewer.kind).toBe("ADMIN");
    await app.db.prisma.apiKey.update({ where: { id: apiKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await app.execute(VIEWER, {}, bearer(key))).errors?.[0]?.message).toBe(`The API key ${apiKey.prefix} has expired.`);
  });

  it("are created with checked scopes: employer keys need scopes and cannot be admins", async () => {
    await expect(createApiKey(app.db.prisma, { employerSlug: "acme", scopes: [] })).rejects.toThrow(/needs scopes/);
    await expect(createApiKey(app.db.prisma, { employerSlug: "acme", scopes: ["ADMIN"] })).rejects.toThrow(/cannot hold admin/);
    await expect(createApiKey(app.db.prisma, { employerSlug: "nobody", scopes: ["READ_DRAFTS"] })).rejects.toThrow(/No employer with slug "nobody"/);
  });
});
