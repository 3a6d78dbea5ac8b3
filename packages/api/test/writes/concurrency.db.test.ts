// Retries and races: idempotent creates and optimistic concurrency, sequential and concurrent.
// On PostgreSQL the concurrent requests really overlap (a pool of connections); on PGlite they
// queue on its single connection, and the outcome must be the same.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey, employerKey } from "../support/auth.js";
import { testEngine } from "../support/database.js";
import { createEmployer } from "../support/factories.js";
import { M, outcome, postingInput, rawId, succeeded, userErrors } from "../support/writes.js";

let app: TestApp;
let acme: Record<string, string>;
let acmeOtherKey: Record<string, string>;
let admin: Record<string, string>;
let acmeId: string;
const CONCURRENT = 12;

beforeAll(async () => {
  // One key sends CONCURRENT operations at once: above the default per-client cap.
  app = await createTestApp({ protection: { maxConcurrentRequestsPerClient: CONCURRENT } });
  acmeId = (await createEmployer(app.db.prisma, { slug: "acme" })).id;
  acme = (await employerKey(app.db.prisma, "acme")).headers;
  acmeOtherKey = (await employerKey(app.db.prisma, "acme")).headers;
  admin = (await adminKey(app.db.prisma)).headers;
});
afterAll(() => app?.close());

const countByReference = (reference: string) => app.db.prisma.posting.count({ where: { employerId: acmeId, reference } });

describe(`idempotent creates (${testEngine})`, () => {
  it("returns the first result for a retry with the same key and input, without writing twice", async () => {
    const input = postingInput();
    const first = succeeded(await app.execute(M.createPosting, { input, idempotencyKey: "retry-1" }, acme), "createPosting");
    const second = succeeded(await app.execute(M.createPosting, { input, idempotencyKey: "retry-1" }, acme), "createPosting");
    expect(second.posting.id).toBe(first.posting.id);
    expect(await countByReference(input.reference)).toBe(1);
    expect(await app.db.prisma.auditEvent.count({ where: { mutation: "createPosting", objectId: rawId(first.posting.id) } })).toBe(1);
  });

  it("treats the same input with fields in another order as the same request", async () => {
    const input = postingInput();
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    const first = succeeded(await app.execute(M.createPosting, { input, idempotencyKey: "order-1" }, acme), "createPosting");
    const second = succeeded(await app.execute(M.createPosting, { input: reordered, idempotencyKey: "order-1" }, acme), "createPosting");
    expect(second.posting.id).toBe(first.posting.id);
  });

  it("refuses the same key with different input, or for another mutation", async () => {
    const input = postingInput();
    succeeded(await app.execute(M.createPosting, { input, idempotencyKey: "reuse-1" }, acme), "createPosting");
    const changed = userErrors(
      await app.execute(M.createPosting, { input: { ...input, title: "Another" }, idempotencyKey: "reuse-1" }, acme),
      "createPosting",
    );
    expect(changed).toEqual([
      {
        field: ["idempotencyKey"],
        code: "IDEMPOTENCY_KEY_REUSED",
        message: "This idempotency key was already used with different input; use a new key for a new request.",
      },
    ]);
    expect(await app.db.prisma.posting.count({ where: { title: "Another" } })).toBe(0);
    succeeded(
      await app.execute(M.createBenefit, { input: { key: "reuse-perk", name: "Perk", category: "LIFESTYLE" }, idempotencyKey: "admin-reuse" }, admin),
      "createBenefit",
    );
    const otherMutation = userErrors(
      await app.execute(M.createEmployer, { input: { slug: "reuse-co", name: "Reuse" }, idempotencyKey: "admin-reuse" }, admin),
      "createEmployer",
    );
    expect(otherMutation[0]).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", message: expect.stringContaining("`createBenefit`") });
  });

  it("scopes keys to the API key: another key may use the same idempotency key", async () => {
    const first = succeeded(await app.execute(M.createPosting, { input: postingInput(), idempotencyKey: "shared" }, acme), "createPosting");
    const other = succeeded(await app.execute(M.createPosting, { input: postingInput(), idempotencyKey: "shared" }, acmeOtherKey), "createPosting");
    expect(other.posting.id).not.toBe(first.posting.id);
  });

  it("does not remember a failed create: the key stays free", async () => {
    const bad = userErrors(
      await app.execute(M.createPosting, { input: postingInput({ title: "" }), idempotencyKey: "after-fix" }, acme),
      "createPosting",
    );
    expect(bad.map((e) => e.code)).toEqual(["REQUIRED"]);
    succeeded(await app.execute(M.createPosting, { input: postingInput(), idempotencyKey: "after-fix" }, acme), "createPosting");
  });

  it("takes the key from the Idempotency-Key header when the argument is absent", async () => {
    const input = postingInput();
    const headers = { ...acme, "idempotency-key": `header-${randomUUID()}` };
    const first = succeeded(await app.execute(M.createPosting, { input }, headers), "createPosting");
    const second = succeeded(await app.execute(M.createPosting, { input }, headers), "createPosting");
    expect(second.posting.id).toBe(first.posting.id);
    expect(await countByReference(input.reference)).toBe(1);
  });

  it(`creates exactly one row for ${CONCURRENT} concurrent identical requests`, async () => {
    const input = postingInput();
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, () => app.execute(M.createPosting, { input, idempotencyKey: `burst-${input.reference}` }, acme)),
    );
    const ids = results.map((r) => succeeded(r, "createPosting").posting.id);
    expect(new Set(ids).size).toBe(1);
    expect(await countByReference(input.reference)).toBe(1);
    expect(await app.db.prisma.idempotencyRecord.count({ where: { key: `burst-${input.reference}` } })).toBe(1);
  });

  it("lets exactly one of several concurrent creates of the same reference win, without idempotency keys", async () => {
    const reference = `RACE-${randomUUID().slice(0, 8)}`;
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, () => app.execute(M.createPosting, { input: postingInput({ reference }) }, acme)),
    );
    const outcomes = results.map((r) => outcome(r, "createPosting"));
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "USER_ERROR:DUPLICATE_REFERENCE")).toHaveLength(CONCURRENT - 1);
    expect(await countByReference(reference)).toBe(1);
  });
});

describe(`optimistic concurrency (${testEngine})`, () => {
  it("rejects an update with a stale expectedVersion as CONFLICT, and accepts the current one", async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme), "createPosting").posting;
    succeeded(await app.execute(M.updatePosting, { id: created.id, input: { title: "First edit" }, expectedVersion: 1 }, acme), "updatePosting");
    const stale = userErrors(
      await app.execute(M.updatePosting, { id: created.id, input: { title: "Stale edit" }, expectedVersion: 1 }, acme),
      "updatePosting",
    );
    expect(stale).toEqual([
      {
        field: ["expectedVersion"],
        code: "CONFLICT",
        message: "The posting changed since version 1: it is at version 2 now. Read it again, then retry.",
      },
    ]);
    const current = succeeded(
      await app.execute(M.updatePosting, { id: created.id, input: { title: "Second edit" }, expectedVersion: 2 }, acme),
      "updatePosting",
    );
    expect(current.posting).toMatchObject({ title: "Second edit", version: 3 });
  });

  it("applies expectedVersion to status changes, benefits and employers too", async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme), "createPosting").posting;
    expect(outcome(await app.execute(M.publishPosting, { id: created.id, expectedVersion: 7 }, acme), "publishPosting")).toBe("USER_ERROR:CONFLICT");
    expect(outcome(await app.execute(M.setPostingBenefits, { id: created.id, benefits: [], expectedVersion: 0 }, acme), "setPostingBenefits")).toBe(
      "USER_ERROR:CONFLICT",
    );
    const employer = (await app.execute(`{ employer(slug: "acme") { id version } }`)).data?.employer;
    expect(
      outcome(
        await app.execute(M.updateEmployer, { id: employer.id, input: { name: "Acme" }, expectedVersion: employer.version + 1 }, acme),
        "updateEmployer",
      ),
    ).toBe("USER_ERROR:CONFLICT");
    expect(
      outcome(
        await app.execute(M.updateEmployer, { id: employer.id, input: { name: "Acme" }, expectedVersion: employer.version }, acme),
        "updateEmployer",
      ),
    ).toBe("OK");
  });

  it(`lets exactly one of ${CONCURRENT} concurrent updates from the same version win; the rest get CONFLICT`, async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme), "createPosting").posting;
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        app.execute(M.updatePosting, { id: created.id, input: { title: `Edit ${i}` }, expectedVersion: 1 }, acme),
      ),
    );
    const outcomes = results.map((r) => outcome(r, "updatePosting"));
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "USER_ERROR:CONFLICT")).toHaveLength(CONCURRENT - 1);
    const winner = results.findIndex((r) => outcome(r, "updatePosting") === "OK");
    const stored = await app.execute(`query ($id: ID!) { posting(id: $id) { title version } }`, { id: created.id }, acme);
    expect(stored.data?.posting).toEqual({ title: `Edit ${winner}`, version: 2 });
  });

  it("serialises concurrent updates without expectedVersion: every one applies, none is lost", async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme), "createPosting").posting;
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) => app.execute(M.updatePosting, { id: created.id, input: { skills: [`skill-${i}`] } }, acme)),
    );
    expect(results.map((r) => outcome(r, "updatePosting"))).toEqual(Array(CONCURRENT).fill("OK"));
    // Each write saw the one before it: versions 2..13, one each, recorded in the audit log.
    const events = await app.db.prisma.auditEvent.findMany({ where: { mutation: "updatePosting", objectId: rawId(created.id) } });
    const versions = events.map((e) => (e.details as { version: { to: number } }).version.to).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: CONCURRENT }, (_, i) => i + 2));
    const stored = await app.db.prisma.posting.findUniqueOrThrow({ where: { id: rawId(created.id) } });
    expect(stored.version).toBe(CONCURRENT + 1);
  });

  it("replaces locations and benefits atomically under concurrent writers", async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme), "createPosting").posting;
    const places = ["Leeds", "York", "Hull", "Derby", "Bath", "Ely"];
    await Promise.all(
      places.map((name) => app.execute(M.updatePosting, { id: created.id, input: { locations: [{ name }, { name: `${name} North` }] } }, acme)),
    );
    const read = await app.execute(`query ($id: ID!) { posting(id: $id) { version locations { name } } }`, { id: created.id }, acme);
    const names = read.data?.posting.locations.map((l: { name: string }) => l.name);
    // One writer's pair, never a mix.
    expect(names).toHaveLength(2);
    expect(names[1]).toBe(`${names[0]} North`);
    expect(read.data?.posting.version).toBe(1 + places.length);
  });
});
