import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { createBenefit, createEmployer, createPosting } from "../support/factories.js";

const LONDON = { name: "London", latitude: 51.5147, longitude: -0.0921, postcode: "EC2V 7AE" };
const BRISTOL = { name: "Bristol", latitude: 51.4545, longitude: -2.5879 };
const MANCHESTER = { name: "Manchester", latitude: 53.4808, longitude: -2.2426 };
const LEEDS = { name: "Leeds", latitude: 53.8008, longitude: -1.5491 };
const GLASGOW = { name: "Glasgow", latitude: 55.8642, longitude: -4.2518 };
const DAY = 86_400_000;

const SEARCH = `query ($filter: PostingFilter, $orderBy: PostingOrder, $first: Int, $after: String, $last: Int, $before: String) {
  postings(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor distance relevance node { title } }
  }
}`;

describe("posting search", () => {
  let app: TestApp;
  const titles = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
    const data = await app.query(SEARCH, { filter, orderBy, first: 100 });
    const list = data.postings.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(data.postings.totalCount).toBe(list.length);
    return list;
  };
  const sorted = async (filter: Record<string, unknown>) => (await titles(filter)).sort();

  beforeAll(async () => {
    app = await createTestApp();
    const prisma = app.db.prisma;
    const pension = await createBenefit(prisma, { key: "pension", name: "Pension" });
    const gym = await createBenefit(prisma, { key: "gym", name: "Gym", category: "WELLBEING" });
    const acme = await createEmployer(prisma, {
      slug: "acme",
      name: "Acme Analytics",
      accreditations: { create: [{ scheme: "DISABILITY_CONFIDENT", level: "EMPLOYER" }] },
      benefits: { create: [{ benefitId: pension.id, detail: "8% matched" }] },
    });
    const globex = await createEmployer(prisma, { slug: "globex", name: "Globex Retail" });
    const now = Date.now();
    const gbp = (min: number | null, max: number | null, period: "YEAR" | "HOUR" = "YEAR", annual?: [number, number]) => ({
      salaryMin: min,
      salaryMax: max,
      salaryCurrency: min === null && max === null ? null : "GBP",
      salaryPeriod: min === null && max === null ? null : period,
      salaryAnnualMin: annual?.[0] ?? min,
      salaryAnnualMax: annual?.[1] ?? max,
    });
    await createPosting(prisma, acme.id, {
      title: "Machine Learning Engineer",
      skills: ["Python", "Machine Learning"],
      description: "Build NLP models.",
      places: [LONDON, BRISTOL],
      ...gbp(60000, 70000),
      contractType: "PERMANENT",
      hoursType: "FULL_TIME",
      workplaceType: "HYBRID",
      remoteDaysPerWeekMax: 3,
      postedAt: new Date(now - 1 * DAY),
      closesAt: new Date(now + 10 * DAY),
      benefitIds: [gym.id],
    });
    await createPosting(prisma, globex.id, {
      title: "Sales Manager",
      description: "Sell our machine learning products to retailers.",
      places: [BRISTOL],
      ...gbp(40000, 40000),
      contractType: "PERMANENT",
      hoursType: "FULL_TIME",
      workplaceType: "ON_SITE",
      postedAt: new Date(now - 2 * DAY),
      closesAt: new Date(now + 20 * DAY),
    });
    await createPosting(prisma, acme.id, {
      title: "Data Analyst",
      skills: ["SQL"],
      description: "Reporting, with some machine learning.",
      places: [MANCHESTER],
      ...gbp(30000, 35000),
      contractType: "FIXED_TERM",
      hoursType: "FULL_TIME",
      workplaceType: "REMOTE",
      postedAt: new Date(now - 3 * DAY),
      closesAt: null,
      // Also its employer's: counted once in the benefit facet.
      benefitIds: [pension.id],
    });
    await createPosting(prisma, globex.id, {
      title: "Python Developer",
      skills: ["Python"],
      description: "Contract role on our stock systems.",
      places: [LEEDS],
      ...gbp(25, 25, "HOUR", [48750, 48750]),
      contractType: "CONTRACT",
      hoursType: "FULL_TIME",
      workplaceType: "HYBRID",
      remoteDaysPerWeekMax: 1,
      postedAt: new Date(now - 4 * DAY),
      closesAt: new Date(now + 5 * DAY),
    });
    await createPosting(prisma, globex.id, {
      title: "Store Assistant",
      description: "Help customers in store.",
      places: [GLASGOW],
      ...gbp(null, null),
      salaryText: "Competitive",
      contractType: "PERMANENT",
      hoursType: "PART_TIME",
      workplaceType: "ON_SITE",
      postedAt: new Date(now - 5 * DAY),
      closesAt: new Date(now + 30 * DAY),
    });
  }, 60_000);
  afterAll(() => app?.close());

  describe("keywords", () => {
    it("match with English stemming across title, skills and description", async () => {
      expect(await sorted({ keywords: "machine learning" })).toEqual(["Data Analyst", "Machine Learning Engineer", "Sales Manager"]);
      expect(await sorted({ keywords: "engineers" })).toEqual(["Machine Learning Engineer"]);
      expect(await sorted({ keywords: "python" })).toEqual(["Machine Learning Engineer", "Python Developer"]);
    });
    it("support phrases and exclusions", async () => {
      expect(await sorted({ keywords: '"machine learning" -sales' })).toEqual(["Data Analyst", "Machine Learning Engineer"]);
      expect(await sorted({ keywords: '"learning machine"' })).toEqual([]);
    });
    it("match the employer's name", async () => {
      expect(await sorted({ keywords: "globex" })).toEqual(["Python Developer", "Sales Manager", "Store Assistant"]);
      expect(await sorted({ keywords: "acme python" })).toEqual(["Machine Learning Engineer"]);
    });
    it("rank title matches above description matches, and report relevance", async () => {
      const data = await app.query(SEARCH, { filter: { keywords: "machine learning" } });
      const edges = data.postings.edges;
      expect(edges[0].node.title).toBe("Machine Learning Engineer");
      expect(edges.map((e: { relevance: number }) => e.relevance)).toEqual(
        [...edges.map((e: { relevance: number }) => e.relevance)].sort((a, b) => b - a),
      );
      expect(edges[0].relevance).toBeGreaterThan(edges[2].relevance);
    });
  });

  describe("location", () => {
    it("matches any of a posting's locations within the radius of a named place", async () => {
      expect(await sorted({ near: { place: "London", radius: 10 } })).toEqual(["Machine Learning Engineer"]);
      expect(await sorted({ near: { place: "Bristol", radius: 10 } })).toEqual(["Machine Learning Engineer", "Sales Manager"]);
    });
    it("takes coordinates and miles, and returns the distance to the nearest location", async () => {
      const data = await app.query(SEARCH, {
        filter: { near: { latitude: 53.48, longitude: -2.24, radius: 50, unit: "MILES" } },
        orderBy: { field: "DISTANCE", direction: "ASC" },
      });
      const edges = data.postings.edges;
      expect(edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(["Data Analyst", "Python Developer"]);
      expect(edges[0].distance).toBeLessThan(1);
      expect(edges[1].distance).toBeGreaterThan(30); // Manchester to Leeds is about 36 miles
      expect(edges[1].distance).toBeLessThan(40);
    });
    it("sorts by distance from a place, nearest first", async () => {
      const list = await titles({ near: { place: "Bristol", radius: 700 } }, { field: "DISTANCE", direction: "ASC" });
      expect(list.slice(0, 2).sort()).toEqual(["Machine Learning Engineer", "Sales Manager"]);
      expect(list.at(-1)).toBe("Store Assistant");
    });
  });

  describe("salary", () => {
    it("overlaps the annual range", async () => {
      expect(await sorted({ salary: { min: 50000 } })).toEqual(["Machine Learning Engineer"]);
      expect(await sorted({ salary: { min: 45000, max: 50000 } })).toEqual(["Python Developer"]);
      expect(await sorted({ salary: { max: 32000 } })).toEqual(["Data Analyst"]);
    });
    it("includes undisclosed salaries only when asked, and filters by currency", async () => {
      expect(await sorted({ salary: { max: 32000, includeUndisclosed: true } })).toEqual(["Data Analyst", "Store Assistant"]);
      expect(await sorted({ salary: { min: 1, currency: "EUR" } })).toEqual([]);
    });
  });

  describe("board filters", () => {
    it.each([
      [{ contractTypes: ["CONTRACT", "FIXED_TERM"] }, ["Data Analyst", "Python Developer"]],
      [{ hoursTypes: ["PART_TIME"] }, ["Store Assistant"]],
      [{ workplaceTypes: ["REMOTE", "HYBRID"] }, ["Data Analyst", "Machine Learning Engineer", "Python Developer"]],
      [{ remoteDaysPerWeekMin: 2 }, ["Data Analyst", "Machine Learning Engineer"]],
      [{ employerSlugs: ["acme"] }, ["Data Analyst", "Machine Learning Engineer"]],
      [{ benefitKeys: ["pension"] }, ["Data Analyst", "Machine Learning Engineer"]],
      [{ benefitKeys: ["pension", "gym"] }, ["Machine Learning Engineer"]],
      [{ skills: ["Python"] }, ["Machine Learning Engineer", "Python Developer"]],
      [{ skills: ["Python", "SQL"] }, []],
      [{ accreditations: ["DISABILITY_CONFIDENT"] }, ["Data Analyst", "Machine Learning Engineer"]],
      [{ postedAfter: new Date(Date.now() - 2.5 * DAY).toISOString() }, ["Machine Learning Engineer", "Sales Manager"]],
      [{ closingBefore: new Date(Date.now() + 15 * DAY).toISOString() }, ["Machine Learning Engineer", "Python Developer"]],
      [{ closingAfter: new Date(Date.now() + 15 * DAY).toISOString() }, ["Data Analyst", "Sales Manager", "Store Assistant"]],
    ])("%j", async (filter, expected) => {
      expect(await sorted(filter)).toEqual(expected);
    });
  });

  describe("sorting", () => {
    it.each([
      [
        { field: "POSTED_AT", direction: "DESC" },
        ["Machine Learning Engineer", "Sales Manager", "Data Analyst", "Python Developer", "Store Assistant"],
      ],
      [
        { field: "CLOSES_AT", direction: "ASC" },
        ["Python Developer", "Machine Learning Engineer", "Sales Manager", "Store Assistant", "Data Analyst"],
      ],
      [{ field: "SALARY", direction: "DESC" }, ["Machine Learning Engineer", "Python Developer", "Sales Manager", "Data Analyst", "Store Assistant"]],
      [{ field: "SALARY", direction: "ASC" }, ["Data Analyst", "Sales Manager", "Python Developer", "Machine Learning Engineer", "Store Assistant"]],
    ])("%j", async (orderBy, expected) => {
      expect(await titles({}, orderBy)).toEqual(expected);
    });

    it.each([
      [{}, { field: "SALARY", direction: "DESC" }],
      [{}, { field: "CLOSES_AT", direction: "DESC" }],
      [{ keywords: "machine learning python" }, undefined],
      [{ keywords: "machine OR python OR help" }, { field: "RELEVANCE", direction: "ASC" }],
      [{ near: { place: "Bristol", radius: 700 } }, { field: "DISTANCE", direction: "ASC" }],
    ])("pages through %j %j one at a time, both ways, in the full order", async (filter, orderBy) => {
      const all = await titles(filter, orderBy);
      for (const forward of [true, false]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        for (let guard = 0; guard < 10; guard++) {
          const data: any = await app.query(SEARCH, { filter, orderBy, ...(forward ? { first: 2, after: cursor } : { last: 2, before: cursor }) });
          const page = data.postings;
          const names = page.edges.map((e: { node: { title: string } }) => e.node.title);
          seen.push(...(forward ? names : names.reverse()));
          if (!(forward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage)) break;
          cursor = forward ? page.pageInfo.endCursor : page.pageInfo.startCursor;
        }
        expect(forward ? seen : seen.reverse()).toEqual(all);
      }
    });
  });

  describe("facets", () => {
    const FACETS = `query ($filter: PostingFilter) { postings(filter: $filter, first: 1) { totalCount facets {
      contractTypes { value count } hoursTypes { value count } workplaceTypes { value count }
      employers { employer { slug } count } benefits { benefit { key } count } locations(first: 3) { name count }
      salary(bandWidth: 20000) { min max count }
    } } }`;

    it("count each dimension with its own filter left out", async () => {
      const data = await app.query(FACETS, { filter: { workplaceTypes: ["REMOTE"], employerSlugs: ["acme"] } });
      const { facets, totalCount } = data.postings;
      expect(totalCount).toBe(1);
      // Workplace ignores its own filter (REMOTE) but keeps employer=acme: Hybrid 1, Remote 1.
      expect(facets.workplaceTypes).toEqual([
        { value: "HYBRID", count: 1 },
        { value: "REMOTE", count: 1 },
        { value: "ON_SITE", count: 0 },
      ]);
      // Employers ignore the employer filter but keep REMOTE: only acme's analyst.
      expect(facets.employers).toEqual([{ employer: { slug: "acme" }, count: 1 }]);
      expect(facets.contractTypes.find((f: { value: string }) => f.value === "FIXED_TERM").count).toBe(1);
    });

    it("count keyword searches too (their statement is steered to the full-text index)", async () => {
      const data = await app.query(FACETS, { filter: { keywords: "machine learning", workplaceTypes: ["HYBRID"] } });
      const { facets, totalCount } = data.postings;
      expect(totalCount).toBe(1);
      expect(facets.workplaceTypes).toEqual([
        { value: "HYBRID", count: 1 },
        { value: "ON_SITE", count: 1 },
        { value: "REMOTE", count: 1 },
      ]);
      expect(facets.locations).toEqual([
        { name: "Bristol", count: 1 },
        { name: "London", count: 1 },
      ]);
      // (Equal counts are in id order: compared by key.)
      const byKey = (a: { benefit: { key: string } }, b: { benefit: { key: string } }) => a.benefit.key.localeCompare(b.benefit.key);
      expect([...facets.benefits].sort(byKey)).toEqual([
        { benefit: { key: "gym" }, count: 1 },
        { benefit: { key: "pension" }, count: 1 },
      ]);
    });

    it("count benefits (direct or through the employer), places and salary bands", async () => {
      const { facets } = (await app.query(FACETS, {})).postings;
      expect(facets.benefits).toEqual([
        { benefit: { key: "pension" }, count: 2 },
        { benefit: { key: "gym" }, count: 1 },
      ]);
      expect(facets.locations).toEqual([
        { name: "Bristol", count: 2 },
        { name: "Glasgow", count: 1 },
        { name: "Leeds", count: 1 },
      ]);
      expect(facets.salary).toEqual([
        { min: 20000, max: 40000, count: 1 },
        { min: 40000, max: 60000, count: 2 },
        { min: 60000, max: 80000, count: 1 },
      ]);
    });

    it("cost a fixed number of statements whatever the page size", async () => {
      const run = async (first: number) => {
        app.db.resetQueryLog();
        await app.query(
          `query ($first: Int) { postings(first: $first, filter: { keywords: "machine" }) { totalCount nodes { title employer { name } locations { name } }
          facets { contractTypes { count } workplaceTypes { count } employers { count } benefits { count } locations { count } salary { count } } } }`,
          { first },
        );
        return app.db.queries.length;
      };
      expect(await run(1)).toBe(await run(3));
    });
  });

  describe("invalid searches", () => {
    it.each([
      [{ filter: { near: { place: "London", radius: -5 } } }, /radius must be greater than 0/, "filter.near.radius"],
      [{ filter: { near: { place: "Xyzzyville", radius: 5 } } }, /Unknown place "Xyzzyville"/, "filter.near.place"],
      [{ filter: { near: { place: "London", latitude: 1, longitude: 1, radius: 5 } } }, /either `place`, or both/, "filter.near"],
      [{ filter: { salary: { min: 50000, max: 30000 } } }, /min \(50000\) is greater than filter.salary.max/, "filter.salary"],
      [{ filter: { salary: { min: -1 } } }, /must not be negative/, "filter.salary.min"],
      [{ orderBy: { field: "RELEVANCE", direction: "DESC" } }, /RELEVANCE needs filter.keywords/, "orderBy"],
      [{ orderBy: { field: "DISTANCE", direction: "ASC" } }, /DISTANCE needs filter.near/, "orderBy"],
      [{ after: "not-a-cursor" }, /"after" is not a valid cursor/, "after"],
    ])("%j", async (variables, message, argument) => {
      const result = await app.execute(SEARCH, variables);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument });
    });

    it("rejects an unknown currency", async () => {
      const result = await app.execute(SEARCH, { filter: { salary: { min: 1, currency: "XYZ" } } });
      expect(result.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      expect(result.errors?.[0]?.message).toMatch(/XYZ|currency/i);
    });

    it("rejects a cursor from another sort", async () => {
      const first = await app.query(SEARCH, { first: 1, orderBy: { field: "SALARY", direction: "DESC" } });
      const result = await app.execute(SEARCH, {
        first: 1,
        after: first.postings.pageInfo.endCursor,
        orderBy: { field: "POSTED_AT", direction: "DESC" },
      });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "after" } });
      expect(result.errors?.[0]?.message).toMatch(/different search or sort/);
    });
  });
});
