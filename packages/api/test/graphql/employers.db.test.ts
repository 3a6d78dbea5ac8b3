// Query.employers and Query.employer, read by planned SQL (db/read-plan.ts): the pages and cursors
// Prisma's findMany gave before (forward, backward, both orders), every filter, and `nameContains`
// as a literal substring.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { createEmployer, createPosting } from "../support/factories.js";

const NAMES = ["Acme", "100% Growth", "Under_score", "Back\\slash", "acme two", "Zeta", "Mid", "Beta"];

describe("employers", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    const prisma = app.db.prisma;
    for (const [i, name] of NAMES.entries()) {
      const employer = await createEmployer(prisma, {
        name,
        brands: i === 5 ? ["Zed Direct"] : [],
        industry: i % 2 ? "Energy" : "Retail",
        size: i % 3 ? "LARGE" : "SMALL",
        accreditations: i < 3 ? { create: [{ scheme: "DISABILITY_CONFIDENT", level: "LEADER" }] } : undefined,
      });
      if (i % 2 === 0) await createPosting(prisma, employer.id, { title: `Job at ${name}` });
      if (i === 7) await createPosting(prisma, employer.id, { title: "A draft", status: "DRAFT" });
    }
  }, 60_000);
  afterAll(() => app?.close());

  const names = async (args: string, variables: Record<string, unknown> = {}) => {
    const types: Record<string, string> = { after: "String", before: "String", f: "EmployerFilter" };
    const declared = Object.keys(types).filter((name) => args.includes(`$${name}`));
    const header = declared.length ? `(${declared.map((name) => `$${name}: ${types[name]}`).join(", ")})` : "";
    const data = await app.query(
      `query ${header} { employers(${args}) {
      totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      variables,
    );
    return data.employers as {
      totalCount: number;
      nodes: { name: string }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    };
  };

  for (const [orderBy, direction] of [
    ["NAME", "ASC"],
    ["NAME", "DESC"],
    ["CREATED_AT", "ASC"],
    ["CREATED_AT", "DESC"],
  ] as const) {
    it(`pages forward and backward through every employer, ${orderBy} ${direction}`, async () => {
      const order = `orderBy: { field: ${orderBy}, direction: ${direction} }`;
      const all = (await names(`first: 100, ${order}`)).nodes.map((n) => n.name);
      expect(all).toHaveLength(NAMES.length);
      expect(new Set(all)).toEqual(new Set(NAMES));

      const forward: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page = await names(`first: 3, after: $after, ${order}`, { after });
        forward.push(...page.nodes.map((n) => n.name));
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(page.totalCount).toBe(NAMES.length);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(forward).toEqual(all);

      const backward: string[] = [];
      let before: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page = await names(before ? `last: 3, before: $before, ${order}` : `last: 3, ${order}`, { before });
        backward.unshift(...page.nodes.map((n) => n.name));
        expect(page.pageInfo.hasNextPage).toBe(before !== null);
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(backward).toEqual(all);
    });
  }

  it("filters: a name's text literally (% _ and \\ are not patterns), a brand, size, industry, accreditation, open postings", async () => {
    const filtered = async (f: Record<string, unknown>) => (await names("first: 100, filter: $f", { f })).nodes.map((n) => n.name).sort();
    expect(await filtered({ nameContains: "%" })).toEqual(["100% Growth"]);
    expect(await filtered({ nameContains: "_" })).toEqual(["Under_score"]);
    expect(await filtered({ nameContains: "d_r" })).toEqual([]);
    expect(await filtered({ nameContains: "k\\s" })).toEqual(["Back\\slash"]);
    expect(await filtered({ nameContains: "ACME" })).toEqual(["Acme", "acme two"]);
    expect(await filtered({ nameContains: "Zed Direct" })).toEqual(["Zeta"]);
    expect(await filtered({ sizes: ["SMALL"], industries: ["Retail"] })).toEqual(["Acme", "Mid"]);
    expect(await filtered({ accreditations: ["DISABILITY_CONFIDENT"] })).toEqual(["100% Growth", "Acme", "Under_score"]);
    expect(await filtered({ hasOpenPostings: true })).toEqual(["Acme", "Mid", "Under_score", "acme two"]);
    expect(await filtered({ hasOpenPostings: false })).toEqual(["100% Growth", "Back\\slash", "Beta", "Zeta"]);
    expect((await names("first: 1, filter: $f", { f: { hasOpenPostings: false } })).totalCount).toBe(4);
  });

  it("one employer by slug or ID, with everything beneath it in one statement", async () => {
    const { employers } = await app.query(`{ employers(first: 1) { nodes { id slug } } }`);
    const [first] = employers.nodes;
    app.db.resetQueryLog();
    const bySlug = await app.query(`query ($slug: String) { employer(slug: $slug) { id name openPostingsCount accreditations { scheme } } }`, {
      slug: first.slug,
    });
    expect(app.db.queries).toHaveLength(1);
    const byId = await app.query(`query ($id: ID) { employer(id: $id) { id name openPostingsCount accreditations { scheme } } }`, { id: first.id });
    expect(byId).toEqual(bySlug);
    const missing = await app.execute(`{ employer(slug: "nobody") { id } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
