// The authorisation matrix: every mutation and every query that could reveal an unpublished
// posting, as anonymous, employer A's key, employer B's key and an admin key, against A's data.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PostingStatus } from "../../src/generated/prisma/enums.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey, employerKey } from "../support/auth.js";
import { createBenefit, createEmployer, createPosting } from "../support/factories.js";
import { globalId, M, outcome, postingInput, userErrors } from "../support/writes.js";

type Role = "anonymous" | "employerA" | "employerB" | "admin";
const ROLES: Role[] = ["anonymous", "employerA", "employerB", "admin"];

let app: TestApp;
let employerA: { id: string };
let employerB: { id: string };
const headers: Record<Role, Record<string, string>> = { anonymous: {}, employerA: {}, employerB: {}, admin: {} };

beforeAll(async () => {
  app = await createTestApp();
  const prisma = app.db.prisma;
  await createBenefit(prisma, { key: "pension", name: "Pension" });
  employerA = await createEmployer(prisma, { slug: "employer-a", name: "Employer A" });
  employerB = await createEmployer(prisma, { slug: "employer-b", name: "Employer B" });
  headers.employerA = (await employerKey(prisma, "employer-a")).headers;
  headers.employerB = (await employerKey(prisma, "employer-b")).headers;
  headers.admin = (await adminKey(prisma)).headers;
});
afterAll(() => app?.close());

/** A fresh posting of employer A in the given status, so each cell starts from the same state. */
const postingOfA = (status: PostingStatus) =>
  createPosting(app.db.prisma, employerA.id, {
    status,
    applyUrl: "https://example.com/apply",
    places: [{ name: "Leeds", postcode: "LS1 4AP" }],
  });

interface MutationCase {
  name: string;
  field: keyof typeof M;
  variables: () => Promise<Record<string, unknown>>;
  expected: Record<Role, string>;
}

const DENIED_TO_OUTSIDERS = { anonymous: "ERROR:UNAUTHENTICATED", employerA: "OK", employerB: "USER_ERROR:NOT_FOUND", admin: "OK" };
const FORBIDDEN_TO_B = { anonymous: "ERROR:UNAUTHENTICATED", employerA: "OK", employerB: "USER_ERROR:FORBIDDEN", admin: "OK" };
const ADMIN_ONLY = { anonymous: "ERROR:UNAUTHENTICATED", employerA: "ERROR:FORBIDDEN", employerB: "ERROR:FORBIDDEN", admin: "OK" };

const mutationCases: MutationCase[] = [
  {
    name: "createPosting without employerId (the key's own employer)",
    field: "createPosting",
    variables: async () => ({ input: postingInput() }),
    expected: { anonymous: "ERROR:UNAUTHENTICATED", employerA: "OK", employerB: "OK", admin: "USER_ERROR:REQUIRED" },
  },
  {
    name: "createPosting for employer A",
    field: "createPosting",
    variables: async () => ({ input: postingInput({ employerId: globalId("Employer", employerA.id) }) }),
    expected: FORBIDDEN_TO_B,
  },
  {
    name: "updatePosting of A's draft",
    field: "updatePosting",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("DRAFT")).id), input: { title: "Changed" } }),
    expected: DENIED_TO_OUTSIDERS,
  },
  {
    name: "updatePosting of A's archived posting",
    field: "updatePosting",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("ARCHIVED")).id), input: { title: "Changed" } }),
    expected: {
      anonymous: "ERROR:UNAUTHENTICATED",
      employerA: "USER_ERROR:IMMUTABLE",
      employerB: "USER_ERROR:NOT_FOUND",
      admin: "USER_ERROR:IMMUTABLE",
    },
  },
  {
    name: "updatePosting of A's published posting",
    field: "updatePosting",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("PUBLISHED")).id), input: { title: "Changed" } }),
    expected: FORBIDDEN_TO_B,
  },
  {
    name: "publishPosting of A's draft",
    field: "publishPosting",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("DRAFT")).id) }),
    expected: DENIED_TO_OUTSIDERS,
  },
  {
    name: "closePosting of A's published posting",
    field: "closePosting",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("PUBLISHED")).id) }),
    expected: FORBIDDEN_TO_B,
  },
  {
    name: "archivePosting of A's draft",
    field: "archivePosting",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("DRAFT")).id) }),
    expected: DENIED_TO_OUTSIDERS,
  },
  {
    name: "archivePosting of A's closed posting",
    field: "archivePosting",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("CLOSED")).id) }),
    expected: FORBIDDEN_TO_B,
  },
  {
    name: "setPostingBenefits of A's draft",
    field: "setPostingBenefits",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("DRAFT")).id), benefits: [{ key: "pension", detail: "10%" }] }),
    expected: DENIED_TO_OUTSIDERS,
  },
  {
    name: "setPostingBenefits of A's published posting",
    field: "setPostingBenefits",
    variables: async () => ({ id: globalId("Posting", (await postingOfA("PUBLISHED")).id), benefits: [{ key: "pension" }] }),
    expected: FORBIDDEN_TO_B,
  },
  {
    name: "createEmployer",
    field: "createEmployer",
    variables: async () => ({ input: { slug: `new-${randomUUID().slice(0, 8)}`, name: "New Employer" } }),
    expected: ADMIN_ONLY,
  },
  {
    name: "updateEmployer of A",
    field: "updateEmployer",
    variables: async () => ({ id: globalId("Employer", employerA.id), input: { industry: "Retail" } }),
    expected: FORBIDDEN_TO_B,
  },
  {
    name: "setEmployerBenefits of A",
    field: "setEmployerBenefits",
    variables: async () => ({ id: globalId("Employer", employerA.id), benefits: [{ key: "pension", detail: "8% matched" }] }),
    expected: FORBIDDEN_TO_B,
  },
  {
    name: "createBenefit",
    field: "createBenefit",
    variables: async () => ({ input: { key: `perk-${randomUUID().slice(0, 8)}`, name: "Perk", category: "LIFESTYLE" } }),
    expected: ADMIN_ONLY,
  },
];

describe("every mutation as anonymous, employer A, employer B and admin", () => {
  for (const c of mutationCases) {
    it.each(ROLES)(`${c.name}: %s`, async (role) => {
      const variables = await c.variables();
      const auditBefore = await app.db.prisma.auditEvent.count();
      const result = await app.execute(M[c.field], variables, headers[role]);
      const got = outcome(result, c.field);
      expect(got, JSON.stringify(result)).toBe(c.expected[role]);
      // A refused write leaves no trace; an accepted one leaves exactly one audit event.
      expect(await app.db.prisma.auditEvent.count()).toBe(auditBefore + (got === "OK" ? 1 : 0));
    });
  }
});

describe("what a refused write changes: nothing", () => {
  it("leaves A's draft exactly as it was when B tries every posting mutation on it", async () => {
    const draft = await postingOfA("DRAFT");
    const id = globalId("Posting", draft.id);
    for (const [field, variables] of [
      ["updatePosting", { id, input: { title: "Hijacked" } }],
      ["publishPosting", { id }],
      ["closePosting", { id }],
      ["archivePosting", { id }],
      ["setPostingBenefits", { id, benefits: [{ key: "pension" }] }],
    ] as const) {
      expect(outcome(await app.execute(M[field], variables, headers.employerB), field)).toBe("USER_ERROR:NOT_FOUND");
    }
    const after = await app.db.prisma.posting.findUniqueOrThrow({ where: { id: draft.id }, include: { benefits: true } });
    expect(after).toMatchObject({ title: draft.title, status: "DRAFT", version: 1, benefits: [] });
  });

  it("reports a foreign draft exactly like an ID that does not exist", async () => {
    const draft = await postingOfA("DRAFT");
    const missing = randomUUID();
    for (const field of ["updatePosting", "publishPosting", "archivePosting"] as const) {
      const variables = (id: string) => ({ id: globalId("Posting", id), ...(field === "updatePosting" ? { input: { title: "x" } } : {}) });
      const foreign = userErrors(await app.execute(M[field], variables(draft.id), headers.employerB), field);
      const unknown = userErrors(await app.execute(M[field], variables(missing), headers.employerB), field);
      const masked = (errors: typeof foreign, id: string) => JSON.stringify(errors).replaceAll(globalId("Posting", id), "<ID>");
      expect(masked(foreign, draft.id)).toBe(masked(unknown, missing));
      expect(foreign).toEqual([{ field: ["id"], code: "NOT_FOUND", message: `No posting with ID "${globalId("Posting", draft.id)}".` }]);
    }
  });

  it("does not let B's key create a posting for A, even naming A's ID", async () => {
    const before = await app.db.prisma.posting.count({ where: { employerId: employerA.id } });
    const result = await app.execute(M.createPosting, { input: postingInput({ employerId: globalId("Employer", employerA.id) }) }, headers.employerB);
    expect(userErrors(result, "createPosting")).toEqual([
      {
        field: ["input", "employerId"],
        code: "FORBIDDEN",
        message: "An employer key creates postings for its own employer only; leave employerId out.",
      },
    ]);
    expect(await app.db.prisma.posting.count({ where: { employerId: employerA.id } })).toBe(before);
  });
});

describe("scopes limit what a key of the right employer may do", () => {
  it.each([
    ["read-drafts only", ["READ_DRAFTS"], { createPosting: "ERROR:FORBIDDEN", updateEmployer: "ERROR:FORBIDDEN", draftVisible: true }],
    ["write-postings only", ["WRITE_POSTINGS"], { createPosting: "OK", updateEmployer: "ERROR:FORBIDDEN", draftVisible: true }],
    ["manage-employer only", ["MANAGE_EMPLOYER"], { createPosting: "ERROR:FORBIDDEN", updateEmployer: "OK", draftVisible: false }],
  ] as const)("%s", async (_name, scopes, expected) => {
    const key = await employerKey(app.db.prisma, "employer-a", [...scopes]);
    const created = await app.execute(M.createPosting, { input: postingInput() }, key.headers);
    expect(outcome(created, "createPosting")).toBe(expected.createPosting);
    const updated = await app.execute(M.updateEmployer, { id: globalId("Employer", employerA.id), input: { industry: "Banking" } }, key.headers);
    expect(outcome(updated, "updateEmployer")).toBe(expected.updateEmployer);
    const draft = await postingOfA("DRAFT");
    const read = await app.execute(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId("Posting", draft.id) }, key.headers);
    expect(read.data?.node !== null).toBe(expected.draftVisible);
  });
});

describe("queries that could reveal an unpublished posting", () => {
  let draft: { id: string; reference: string; title: string };
  let archived: { id: string; reference: string; title: string };
  let published: { id: string; reference: string; title: string };
  let draftOfB: { id: string };
  beforeAll(async () => {
    draft = await createPosting(app.db.prisma, employerA.id, { status: "DRAFT", title: "A draft", reference: "A-DRAFT" });
    archived = await createPosting(app.db.prisma, employerA.id, { status: "ARCHIVED", title: "A archived", reference: "A-ARCHIVED" });
    published = await createPosting(app.db.prisma, employerA.id, { status: "PUBLISHED", title: "A published", reference: "A-PUBLISHED" });
    draftOfB = await createPosting(app.db.prisma, employerB.id, { status: "DRAFT", title: "B draft", reference: "B-DRAFT" });
  });

  const readers: Record<Role, boolean> = { anonymous: false, employerA: true, employerB: false, admin: true };

  it.each(ROLES)("posting(id) and posting(employerSlug, reference) of A's draft and archived posting: %s", async (role) => {
    for (const p of [draft, archived]) {
      const byId = await app.execute(`query ($id: ID!) { posting(id: $id) { title status } }`, { id: globalId("Posting", p.id) }, headers[role]);
      const byRef = await app.execute(
        `query ($ref: String!) { posting(employerSlug: "employer-a", reference: $ref) { title } }`,
        { ref: p.reference },
        headers[role],
      );
      if (readers[role]) {
        expect(byId.data?.posting?.title).toBe(p.title);
        expect(byRef.data?.posting?.title).toBe(p.title);
      } else {
        expect(byId.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
        expect(byId.errors?.[0]?.message).toBe(`No posting with ID "${p.id}".`);
        expect(byRef.errors?.[0]?.message).toBe(`No posting with reference "${p.reference}" at employer "employer-a".`);
      }
    }
  });

  it.each(ROLES)("node(id) and nodes(ids) of A's draft, archived and published postings: %s", async (role) => {
    const ids = [draft, archived, published].map((p) => globalId("Posting", p.id));
    const data = await app.execute(
      `query ($ids: [ID!]!, $id: ID!) { node(id: $id) { id } nodes(ids: $ids) { ... on Posting { title } } }`,
      { ids, id: ids[0] },
      headers[role],
    );
    expect(data.errors).toBeUndefined();
    const titles = (data.data!.nodes as Array<{ title: string } | null>).map((n) => n?.title ?? null);
    expect(titles).toEqual(readers[role] ? ["A draft", "A archived", "A published"] : [null, null, "A published"]);
    expect(data.data?.node === null).toBe(!readers[role]);
  });

  it.each(ROLES)("employer.postings(statuses) lists only drafts the caller may read: %s", async (role) => {
    const data = await app.execute(
      `{ employers(filter: { nameContains: "Employer " }) { nodes { slug postings(statuses: [DRAFT, ARCHIVED], first: 50) { totalCount nodes { title } } } } }`,
      {},
      headers[role],
    );
    expect(data.errors).toBeUndefined();
    const bySlug = Object.fromEntries(
      (data.data!.employers.nodes as Array<{ slug: string; postings: { totalCount: number; nodes: Array<{ title: string }> } }>).map((e) => [
        e.slug,
        e.postings.nodes.map((n) => n.title).filter((t) => ["A draft", "A archived", "B draft"].includes(t)),
      ]),
    );
    const expected: Record<Role, Record<string, string[]>> = {
      anonymous: { "employer-a": [], "employer-b": [] },
      employerA: { "employer-a": ["A archived", "A draft"], "employer-b": [] },
      employerB: { "employer-a": [], "employer-b": ["B draft"] },
      admin: { "employer-a": ["A archived", "A draft"], "employer-b": ["B draft"] },
    };
    expect({ a: bySlug["employer-a"]?.sort(), b: bySlug["employer-b"]?.sort() }).toEqual({
      a: expected[role]["employer-a"],
      b: expected[role]["employer-b"],
    });
    void draftOfB;
  });

  it.each(ROLES)("the public search never lists drafts, whoever asks: %s", async (role) => {
    const data = await app.execute(`{ postings(filter: { includeClosed: true }, first: 100) { nodes { title status } } }`, {}, headers[role]);
    const statuses = new Set((data.data!.postings.nodes as Array<{ status: string }>).map((n) => n.status));
    expect([...statuses].filter((s) => s === "DRAFT" || s === "ARCHIVED")).toEqual([]);
  });

  it.each([
    ["anonymous", { kind: "ANONYMOUS", scopes: [], employer: null, apiKey: null }],
    ["employerA", { kind: "EMPLOYER", scopes: ["READ_DRAFTS", "WRITE_POSTINGS", "MANAGE_EMPLOYER"], employer: { slug: "employer-a" } }],
    ["employerB", { kind: "EMPLOYER", scopes: ["READ_DRAFTS", "WRITE_POSTINGS", "MANAGE_EMPLOYER"], employer: { slug: "employer-b" } }],
    ["admin", { kind: "ADMIN", scopes: ["ADMIN"], employer: null }],
  ] as const)("viewer says who is calling: %s", async (role, expected) => {
    const data = await app.execute(`{ viewer { kind scopes employer { slug } apiKey { prefix scopes } } }`, {}, headers[role as Role]);
    expect(data.data?.viewer).toMatchObject(expected);
  });

  it.each(ROLES)("auditEvents is for admins only: %s", async (role) => {
    const result = await app.execute(`{ auditEvents(first: 1) { totalCount } }`, {}, headers[role]);
    const got = result.errors?.length ? `ERROR:${result.errors[0]?.extensions?.code}` : "OK";
    expect(got).toBe(ADMIN_ONLY[role]);
  });
});
