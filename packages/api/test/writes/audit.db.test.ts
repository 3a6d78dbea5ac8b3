// The audit log: one event per write (who, what, when), in the write's transaction, for admins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey, employerKey } from "../support/auth.js";
import { createBenefit, createEmployer } from "../support/factories.js";
import { globalId, M, postingInput, rawId, succeeded } from "../support/writes.js";

let app: TestApp;
let acme: { headers: Record<string, string>; prefix: string };
let admin: { headers: Record<string, string>; prefix: string };
let acmeId: string;

const EVENTS = `query ($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { mutation objectType objectId employerId apiKeyPrefix apiKey { prefix employer { slug } } details requestId at }
  }
}`;

beforeAll(async () => {
  app = await createTestApp();
  await createBenefit(app.db.prisma, { key: "pension" });
  acmeId = (await createEmployer(app.db.prisma, { slug: "acme" })).id;
  acme = await employerKey(app.db.prisma, "acme");
  admin = await adminKey(app.db.prisma);
});
afterAll(() => app?.close());

describe("the audit log", () => {
  it("records every kind of write with the key, the mutation, the object and the time", async () => {
    const started = new Date();
    const posting = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme.headers), "createPosting").posting;
    const id = posting.id;
    succeeded(await app.execute(M.updatePosting, { id, input: { title: "Renamed" } }, acme.headers), "updatePosting");
    succeeded(await app.execute(M.publishPosting, { id }, acme.headers), "publishPosting");
    succeeded(await app.execute(M.setPostingBenefits, { id, benefits: [{ key: "pension" }] }, acme.headers), "setPostingBenefits");
    succeeded(await app.execute(M.closePosting, { id }, acme.headers), "closePosting");
    succeeded(await app.execute(M.archivePosting, { id }, admin.headers), "archivePosting");
    const employerGid = globalId("Employer", acmeId);
    succeeded(await app.execute(M.updateEmployer, { id: employerGid, input: { industry: "Retail" } }, acme.headers), "updateEmployer");
    succeeded(await app.execute(M.setEmployerBenefits, { id: employerGid, benefits: [{ key: "pension" }] }, acme.headers), "setEmployerBenefits");
    const created = succeeded(await app.execute(M.createEmployer, { input: { slug: "globex", name: "Globex" } }, admin.headers), "createEmployer");
    succeeded(await app.execute(M.createBenefit, { input: { key: "gym", name: "Gym", category: "WELLBEING" } }, admin.headers), "createBenefit");

    const data = await app.execute(EVENTS, { filter: { since: started.toISOString() }, first: 20 }, { ...admin.headers });
    const events = data.data?.auditEvents.nodes as Array<Record<string, any>>;
    expect(data.data?.auditEvents.totalCount).toBe(10);
    expect(events.map((e) => [e.mutation, e.objectType, e.apiKeyPrefix])).toEqual([
      ["createBenefit", "Benefit", admin.prefix],
      ["createEmployer", "Employer", admin.prefix],
      ["setEmployerBenefits", "Employer", acme.prefix],
      ["updateEmployer", "Employer", acme.prefix],
      ["archivePosting", "Posting", admin.prefix],
      ["closePosting", "Posting", acme.prefix],
      ["setPostingBenefits", "Posting", acme.prefix],
      ["publishPosting", "Posting", acme.prefix],
      ["updatePosting", "Posting", acme.prefix],
      ["createPosting", "Posting", acme.prefix],
    ]);
    const byMutation = Object.fromEntries(events.map((e) => [e.mutation, e]));
    expect(byMutation.createPosting).toMatchObject({
      objectId: id,
      employerId: employerGid,
      apiKey: { prefix: acme.prefix, employer: { slug: "acme" } },
    });
    expect(byMutation.updatePosting.details).toEqual({ fields: ["title"], version: { from: 1, to: 2 } });
    expect(byMutation.publishPosting.details).toEqual({ status: { from: "DRAFT", to: "PUBLISHED" }, version: { from: 2, to: 3 } });
    expect(byMutation.archivePosting.details.status).toEqual({ from: "CLOSED", to: "ARCHIVED" });
    expect(byMutation.createEmployer.objectId).toBe(created.employer.id);
    for (const event of events) {
      expect(new Date(event.at).getTime()).toBeGreaterThanOrEqual(started.getTime() - 1000);
      expect(event.requestId).toEqual(expect.any(String));
    }
  });

  it("filters by object, employer, key, mutation and time, and pages newest first", async () => {
    const posting = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme.headers), "createPosting").posting;
    succeeded(await app.execute(M.updatePosting, { id: posting.id, input: { team: "Data" } }, acme.headers), "updatePosting");
    const count = async (filter: Record<string, unknown>) =>
      (await app.execute(EVENTS, { filter, first: 100 }, admin.headers)).data?.auditEvents.totalCount;
    expect(await count({ objectIds: [posting.id] })).toBe(2);
    expect(await count({ objectIds: [posting.id], mutations: ["updatePosting"] })).toBe(1);
    expect(await count({ apiKeyPrefixes: [admin.prefix], objectIds: [posting.id] })).toBe(0);
    expect(await count({ employerIds: [globalId("Employer", acmeId)] })).toBe(
      await app.db.prisma.auditEvent.count({ where: { employerId: acmeId } }),
    );
    expect(await count({ until: "2000-01-01T00:00:00Z" })).toBe(0);
    const first = await app.execute(EVENTS, { first: 1 }, admin.headers);
    const second = await app.execute(EVENTS, { first: 1, after: first.data?.auditEvents.pageInfo.endCursor }, admin.headers);
    const [a, b] = [first.data?.auditEvents.nodes[0], second.data?.auditEvents.nodes[0]];
    expect(new Date(a.at).getTime()).toBeGreaterThanOrEqual(new Date(b.at).getTime());
    expect(a.objectId).toBe(posting.id);
  });

  it("records nothing for a refused or invalid write, or for an idempotent replay", async () => {
    const before = await app.db.prisma.auditEvent.count();
    await app.execute(M.createPosting, { input: postingInput({ title: "" }) }, acme.headers);
    await app.execute(M.createEmployer, { input: { slug: "nope", name: "Nope" } }, acme.headers);
    const input = postingInput();
    await app.execute(M.createPosting, { input, idempotencyKey: "audit-replay" }, acme.headers);
    const replay = await app.execute(M.createPosting, { input, idempotencyKey: "audit-replay" }, acme.headers);
    expect(await app.db.prisma.auditEvent.count()).toBe(before + 1);
    expect(await app.db.prisma.auditEvent.count({ where: { objectId: rawId(replay.data?.createPosting.posting.id) } })).toBe(1);
  });
});
