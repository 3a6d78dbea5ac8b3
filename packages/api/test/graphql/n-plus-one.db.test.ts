import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STEER_TO_INDEXES } from "../../src/posting/aggregates.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { createBenefit, createEmployer, createPosting } from "../support/factories.js";

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    postings(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id title reference
        salary { min max annualMin }
        workplace { type }
        employer {
          name slug openPostingsCount
          headquarters { name postcode }
          accreditations { scheme level }
          benefits { benefit { key } detail }
        }
        locations { name postcode latitude }
        benefits { benefit { key name category } detail value unit source }
      }
    }
  }
`;

describe("nested selections", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    const prisma = app.db.prisma;
    const [pension, holiday] = [await createBenefit(prisma, { key: "pension" }), await createBenefit(prisma, { key: "holiday" })];
    for (let e = 0; e < 10; e++) {
      const employer = await createEmployer(prisma, {
        headquarters: { create: { name: "London", postcode: "EC2V 7AE" } },
        accreditations: { create: [{ scheme: "DISABILITY_CONFIDENT", level: "EMPLOYER" }] },
        benefits: { create: [{ benefitId: pension.id, detail: "Up to 15%", position: 0 }] },
      });
      for (let p = 0; p < 11; p++) {
        await createPosting(prisma, employer.id, { places: [{ name: "London" }, { name: "Bristol" }], benefitIds: [holiday.id] });
      }
    }
  }, 120_000);
  afterAll(() => app?.close());

  async function statementsFor(first: number): Promise<{ count: number; nodes: number }> {
    app.db.resetQueryLog();
    const data = await app.query(PAGE, { first });
    return { count: app.db.queries.length, nodes: data.postings.nodes.length };
  }

  it("cost the same few SQL statements for a page of 100 postings as for a page of 5", async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    expect(small.nodes).toBe(5);
    expect(large.nodes).toBe(100);
    expect(large.count).toBe(small.count);
    // postings page, count, employer (+ its relations), locations, benefits: a fixed handful.
    expect(large.count).toBeLessThanOrEqual(12);
    if (process.env.SHOW_SQL) console.info(app.db.queries.map((q) => q.slice(0, 160)).join("\n"));
  });

  it("compute totalCount and every facet in one statement (plus the employers' and benefits' rows)", async () => {
    const statementsOf = async (selection: string) => {
      app.db.resetQueryLog();
      const data = await app.query(
        `query { postings(first: 1, filter: { near: { place: "London", radius: 30 }, salary: { min: 1 }, workplaceTypes: [HYBRID] }) { nodes { id } ${selection} } }`,
      );
      return { count: app.db.queries.length, data: data.postings };
    };
    const page = await statementsOf("");
    const withTotal = await statementsOf("totalCount");
    const everything = await statementsOf(`totalCount facets { contractTypes { count } hoursTypes { count } workplaceTypes { count }
      employers(first: 3) { count employer { name } } benefits { count benefit { key } } locations(first: 3) { name count } salary { count } }`);
    // The page alone; one statement for the total; the same one statement for the total and all
    // seven facets, plus the two lookups of the employers' and benefits' rows.
    expect(withTotal.count).toBe(page.count + 1);
    expect(everything.count).toBe(page.count + 3);
    expect(everything.data.totalCount).toBe(withTotal.data.totalCount);
  });

  it("with keywords, run that one statement in a transaction that steers it to the full-text index", async () => {
    app.db.resetQueryLog();
    await app.query('query { postings(first: 1, filter: { keywords: "posting" }) { nodes { id } } }');
    const page = app.db.queries.length;
    app.db.resetQueryLog();
    const data = await app.query(
      'query { postings(first: 1, filter: { keywords: "posting" }) { nodes { id } totalCount facets { workplaceTypes { count } salary { count } } } }',
    );
    expect(data.postings.totalCount).toBeGreaterThan(0);
    // SET LOCAL, the statement, COMMIT (the driver's BEGIN is not logged as a statement).
    expect(app.db.queries.length).toBe(page + 3);
    const steer = app.db.queries.findIndex((q) => q.includes("enable_seqscan"));
    expect(app.db.queries[steer]).toBe(STEER_TO_INDEXES);
    expect(app.db.queries[steer + 1]).toMatch(/WITH c AS MATERIALIZED/);
  });
});

describe("nested connections under lists", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    const prisma = app.db.prisma;
    const benefits = [];
    for (let b = 0; b < 12; b++) benefits.push(await createBenefit(prisma, { key: `b${b}` }));
    for (let e = 0; e < 12; e++) {
      const employer = await createEmployer(prisma, { benefits: { create: [{ benefitId: benefits[e]!.id }] } });
      for (let p = 0; p < 6; p++) await createPosting(prisma, employer.id, { benefitIds: [benefits[(e + p) % 12]!.id] });
    }
  }, 120_000);
  afterAll(() => app?.close());

  async function statements(query: string, first: number) {
    app.db.resetQueryLog();
    await app.query(query, { first });
    return app.db.queries.length;
  }

  it("employers with a page of their postings cost the same for 2 employers as for 12", async () => {
    const query = `query ($first: Int!) { employers(first: $first) { nodes { name postings(first: 3) { totalCount nodes { title locations { name } } } } } }`;
    expect(await statements(query, 12)).toBe(await statements(query, 2));
    if (process.env.SHOW_SQL) console.info(app.db.queries.join("\n\n"));
  });

  it("benefits with a page of their postings cost the same for 2 benefits as for 12", async () => {
    const query = `query ($first: Int!) { benefits(first: $first) { nodes { key postings(first: 3) { totalCount nodes { title } } } } }`;
    expect(await statements(query, 12)).toBe(await statements(query, 2));
  });
});
