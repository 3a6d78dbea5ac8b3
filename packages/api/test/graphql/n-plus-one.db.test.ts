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
    // The page with everything beneath it (planned from the selection) and its count: one statement.
    expect(large.count).toBe(1);
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
    // The page alone; the same statement counting the total; one more statement for the total and
    // all seven facets, plus the two lookups of the employers' and benefits' rows.
    expect(withTotal.count).toBe(page.count);
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

describe("reads planned from the selection: at most two statements whatever is nested", () => {
  let app: TestApp;
  let slug = "";
  beforeAll(async () => {
    app = await createTestApp();
    const prisma = app.db.prisma;
    const pension = await createBenefit(prisma, { key: "pension" });
    for (let e = 0; e < 4; e++) {
      const employer = await createEmployer(prisma, {
        brands: ["Brand"],
        headquarters: { create: { name: "Leeds", postcode: "LS1 4DY" } },
        accreditations: { create: [{ scheme: "DISABILITY_CONFIDENT", level: "LEADER" }] },
        benefits: { create: [{ benefitId: pension.id, detail: "8%", position: 0 }] },
      });
      slug = employer.slug;
      for (let p = 0; p < 6; p++)
        await createPosting(prisma, employer.id, { reference: `R${p}`, places: [{ name: "Leeds" }, { name: "York" }], benefitIds: [pension.id] });
    }
  }, 120_000);
  afterAll(() => app?.close());

  async function statements(query: string, variables?: Record<string, unknown>) {
    app.db.resetQueryLog();
    const data = await app.query(query, variables);
    if (process.env.SHOW_SQL) console.info(app.db.queries.map((q) => q.slice(0, 200)).join("\n"));
    return { count: app.db.queries.length, data };
  }

  it("a page of postings with employer (and its relations), locations and benefits, and its total: one statement", async () => {
    const { count, data } = await statements(`{ postings(first: 20, orderBy: { field: POSTED_AT, direction: DESC }) {
      totalCount edges { cursor node { title reference salary { min max currency period text } isOpen
        employer { name slug brands openPostingsCount headquarters { name } accreditations { scheme level } benefits { benefit { key } } }
        locations { name postcode } benefits { benefit { key name } detail source } } } } }`);
    expect(data.postings.edges).toHaveLength(20);
    expect(data.postings.edges[0].node.employer.accreditations).toEqual([{ scheme: "DISABILITY_CONFIDENT", level: "LEADER" }]);
    expect(data.postings.edges[0].node.locations.map((l: { name: string }) => l.name)).toEqual(["Leeds", "York"]);
    expect(data.postings.totalCount).toBe(await app.db.prisma.posting.count({ where: { status: "PUBLISHED" } }));
    expect(count).toBe(1);
    expect((await statements(`{ postings(first: 5) { nodes { title employer { name } locations { name } } } }`)).count).toBe(1);
  });

  it("a keyword search with its total: one statement, no transaction around it", async () => {
    const { count, data } = await statements(`{ postings(first: 20, filter: { keywords: "posting" }, orderBy: { field: RELEVANCE, direction: DESC }) {
      totalCount nodes { title employer { name } } } }`);
    expect(data.postings.totalCount).toBeGreaterThan(0);
    expect(count).toBe(1);
  });

  it("an empty page still brings its total, and a page past the last still counts them all", async () => {
    const none = await statements(`{ postings(first: 5, filter: { keywords: "nothing-matches-this" }) { totalCount nodes { title } } }`);
    expect(none.data.postings).toEqual({ totalCount: 0, nodes: [] });
    expect(none.count).toBe(1);
    const all = await statements(`{ postings(first: 100) { totalCount pageInfo { endCursor } } }`);
    const after = await statements(`query ($after: String) { postings(first: 5, after: $after) { totalCount nodes { title } } }`, {
      after: all.data.postings.pageInfo.endCursor,
    });
    expect(after.data.postings).toEqual({ totalCount: all.data.postings.totalCount, nodes: [] });
    expect(after.count).toBe(1);
  });

  it("one posting with everything nested: one statement", async () => {
    const { count, data } = await statements(
      `query ($slug: String!) { posting(employerSlug: $slug, reference: "R3") { title requirements { essential desirable } postedAt closesAt
        employer { name slug brands accreditations { scheme level } benefits { benefit { key } detail } headquarters { postcode } }
        locations { name postcode } benefits { benefit { key name } detail value unit source } } }`,
      { slug },
    );
    expect(data.posting.employer.slug).toBe(slug);
    expect(data.posting.benefits.map((b: { source: string }) => b.source)).toEqual(["POSTING"]);
    expect(count).toBe(1);
  });

  it("employers with their first open postings: one statement; with a filter, order or total, every employer's page in one more", async () => {
    const browse = await statements(
      `{ employers(first: 4) { nodes { name postings(first: 5) { pageInfo { hasNextPage } nodes { title closesAt employer { slug } } } } } }`,
    );
    expect(browse.data.employers.nodes).toHaveLength(4);
    expect(browse.data.employers.nodes[0].postings.nodes).toHaveLength(5);
    expect(browse.data.employers.nodes[0].postings.pageInfo.hasNextPage).toBe(true);
    expect(browse.count).toBe(1);
    for (const args of ['first: 5, filter: { keywords: "posting" }', "first: 5, orderBy: { field: CLOSES_AT, direction: ASC }"]) {
      const other = await statements(`{ employers(first: 4) { nodes { name postings(${args}) { totalCount nodes { title } } } } }`);
      expect(other.data.employers.nodes[0].postings.nodes.length).toBeGreaterThan(0);
      expect(other.count).toBe(2);
    }
    // The planned pages are the pages the loader reads.
    const all = await statements(`{ employers(first: 4) { nodes { postings(first: 6) { pageInfo { hasNextPage } nodes { title } } } } }`);
    const loaded = await statements(
      `{ employers(first: 4) { nodes { postings(first: 6, orderBy: { field: POSTED_AT, direction: DESC }) { pageInfo { hasNextPage } nodes { title } } } } }`,
    );
    expect(all.count).toBe(1);
    expect(loaded.count).toBe(2);
    expect(all.data).toEqual(loaded.data);
    expect(all.data.employers.nodes[0].postings.pageInfo.hasNextPage).toBe(false);
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
