// Every read method and paginator against the real API server, on the seeded sample data.
import { beforeAll, describe, expect, it } from "vitest";
import { createClient, GetPostingDocument, GraphQLRequestError, type JobgraphClient } from "../../src/index.js";
import { api } from "./context.js";

const advert = { employerSlug: "lloyds-banking-group", reference: "153907_1773321498" };

let client: JobgraphClient;

const collect = async <T>(iterator: AsyncIterable<T>) => {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
};

describe("reading", () => {
  beforeAll(() => {
    client = createClient({ endpoint: api().endpoint });
  });

  describe("searchPostings", () => {
    it("returns a page of open postings, newest first, with the total and a cursor per result", async () => {
      const { postings } = await client.searchPostings({ first: 5 });
      expect(postings.nodes).toHaveLength(5);
      expect(postings.totalCount).toBeGreaterThan(100);
      expect(postings.pageInfo).toMatchObject({ hasNextPage: true, endCursor: expect.any(String) });
      expect(postings.nodes.every((posting) => posting.isOpen)).toBe(true);
      const postedAt = postings.nodes.map((posting) => posting.postedAt);
      expect(postedAt).toEqual([...postedAt].sort().reverse());
      expect(postings.edges.map((edge) => edge.cursor)).toHaveLength(5);
      expect(postings.facets).toBeUndefined();
    });

    it("filters, and counts facets when asked", async () => {
      const filter = { salary: { min: 50_000 }, benefitKeys: ["pension"] };
      const { postings } = await client.searchPostings({ filter, first: 20, withFacets: true });
      expect(postings.nodes.length).toBeGreaterThan(0);
      for (const posting of postings.nodes) expect(posting.salary.annualMax ?? posting.salary.annualMin).toBeGreaterThanOrEqual(50_000);
      const pension = postings.facets?.benefits.find((facet) => facet.benefit.key === "pension");
      expect(pension?.count).toBe(postings.totalCount);
      const byWorkplace = postings.facets?.workplaceTypes.reduce((sum, facet) => sum + facet.count, 0);
      expect(byWorkplace).toBe(postings.totalCount);
    });

    it("searches by keywords (with relevance) and by place and radius (with distance)", async () => {
      const { postings: byKeywords } = await client.searchPostings({ filter: { keywords: "engineer" }, first: 5 });
      expect(byKeywords.totalCount).toBeGreaterThan(0);
      expect(byKeywords.edges.every((edge) => typeof edge.relevance === "number")).toBe(true);
      const { postings: nearby } = await client.searchPostings({
        filter: { near: { place: "Bristol", radius: 30, unit: "MILES" } },
        orderBy: { field: "DISTANCE", direction: "ASC" },
        first: 10,
      });
      const distances = nearby.edges.map((edge) => edge.distance!);
      expect(distances.length).toBeGreaterThan(0);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(Math.max(...distances)).toBeLessThanOrEqual(30);
    });
  });

  describe("getPosting", () => {
    it("finds the Lloyds advert by the employer's slug and reference, with every detail", async () => {
      const { posting } = await client.getPosting(advert);
      expect(posting).toMatchObject({
        title: "Machine Learning Engineer",
        reference: advert.reference,
        contractType: "PERMANENT",
        hours: { type: "FULL_TIME", perWeek: 35 },
        salary: { min: 61236, max: 68040, currency: "GBP", period: "YEAR", annualMin: 61236, annualMax: 68040 },
        workplace: { type: "HYBRID", remoteDaysPerWeekMax: 3, officeDaysPerWeekMin: 2, officeTimeShareMin: 40 },
        employer: { slug: "lloyds-banking-group", name: "Lloyds Banking Group" },
      });
      expect(posting?.locations.map((location) => location.name)).toEqual(["London", "Bristol"]);
      expect(posting?.benefits.map((offered) => offered.benefit.key)).toContain("pension");
      expect(posting?.requirements.essential.length).toBeGreaterThan(0);
      // What the job page shows of the employer.
      expect(posting?.employer.brands).toEqual(["Lloyds Bank", "Halifax", "Bank of Scotland"]);
      expect(posting?.employer.accreditations).toContainEqual(expect.objectContaining({ scheme: "DISABILITY_CONFIDENT", level: "EMPLOYER" }));
      const { employer } = await client.getEmployer({ slug: advert.employerSlug });
      expect(posting?.employer.openPostingsCount).toBe(employer?.openPostingsCount);
    });

    it("finds a posting by its global ID", async () => {
      const { posting } = await client.getPosting(advert);
      const byId = await client.getPosting({ id: posting!.id });
      expect(byId.posting).toEqual(posting);
    });

    it("resolves to null for an unknown reference", async () => {
      await expect(client.getPosting({ employerSlug: "lloyds-banking-group", reference: "no-such-job" })).resolves.toEqual({ posting: null });
    });
  });

  describe("getEmployer", () => {
    it("finds an employer by slug, with its details and a page of its open postings", async () => {
      const { employer } = await client.getEmployer({ slug: "lloyds-banking-group", postingsFirst: 3 });
      expect(employer).toMatchObject({ slug: "lloyds-banking-group", name: "Lloyds Banking Group" });
      expect(employer?.accreditations).toContainEqual(expect.objectContaining({ scheme: "DISABILITY_CONFIDENT", level: "EMPLOYER" }));
      expect(employer?.postings.totalCount).toBe(employer?.openPostingsCount);
      const byId = await client.getEmployer({ id: employer!.id, postingsFirst: 3 });
      expect(byId.employer).toEqual(employer);
    });

    it("resolves to null for an unknown slug", async () => {
      await expect(client.getEmployer({ slug: "no-such-employer" })).resolves.toEqual({ employer: null });
    });
  });

  describe("listEmployers", () => {
    it("lists employers by name, filtered", async () => {
      const { employers } = await client.listEmployers({ first: 10, orderBy: { field: "NAME", direction: "ASC" } });
      const names = employers.nodes.map((employer) => employer.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      const lloyds = await client.listEmployers({ filter: { nameContains: "Lloyds" } });
      expect(lloyds.employers.nodes.map((employer) => employer.slug)).toContain("lloyds-banking-group");
    });
  });

  describe("listBenefits and getBenefit", () => {
    it("list the catalogue, all of it or one category", async () => {
      const { benefits } = await client.listBenefits({ first: 100 });
      expect(benefits.nodes).toHaveLength(benefits.totalCount);
      const financial = await client.listBenefits({ category: "FINANCIAL" });
      expect(financial.benefits.nodes.length).toBeGreaterThan(0);
      expect(financial.benefits.nodes.every((benefit) => benefit.category === "FINANCIAL")).toBe(true);
    });

    it("get a benefit by key with a page of the open postings that offer it", async () => {
      const { benefit } = await client.getBenefit({ key: "pension", postingsFirst: 5 });
      expect(benefit).toMatchObject({ key: "pension", category: "FINANCIAL" });
      expect(benefit?.postings.nodes).toHaveLength(5);
      expect(benefit?.postings.totalCount).toBeGreaterThan(5);
      await expect(client.getBenefit({ key: "no-such-benefit" })).resolves.toEqual({ benefit: null });
    });
  });

  describe("paginate", () => {
    it("postings: follows cursors across pages of 100, in the search's order, up to the limit", async () => {
      const nodes = await collect(client.paginate.postings({}, { limit: 250 }));
      expect(nodes).toHaveLength(250);
      expect(new Set(nodes.map((posting) => posting.id)).size).toBe(250);
      const { postings } = await client.searchPostings({ first: 100 });
      expect(nodes.slice(0, 100).map((posting) => posting.id)).toEqual(postings.nodes.map((posting) => posting.id));
    });

    it("postings: runs to the end of a filtered search", async () => {
      const filter = { salary: { min: 120_000 } };
      const { postings } = await client.searchPostings({ filter, first: 0 });
      expect(postings.totalCount).toBeGreaterThan(14);
      const nodes = await collect(client.paginate.postings({ filter, first: 7 }));
      expect(nodes).toHaveLength(postings.totalCount);
      expect(new Set(nodes.map((posting) => posting.id)).size).toBe(postings.totalCount);
    });

    it("employers and benefits: every node once", async () => {
      const { employers } = await client.listEmployers({ first: 0 });
      const allEmployers = await collect(client.paginate.employers());
      expect(new Set(allEmployers.map((employer) => employer.id)).size).toBe(employers.totalCount);
      const { benefits } = await client.listBenefits({ first: 0 });
      expect(await collect(client.paginate.benefits({ first: 5 }))).toHaveLength(benefits.totalCount);
    });

    it("an employer's and a benefit's postings: the nested connections", async () => {
      const { employers } = await client.listEmployers({ filter: { hasOpenPostings: true }, first: 1 });
      const [employer] = employers.nodes;
      const postings = await collect(client.paginate.employerPostings({ slug: employer!.slug, postingsFirst: 2 }));
      expect(postings).toHaveLength(employer!.openPostingsCount);
      expect(postings.every((posting) => posting.employer.slug === employer!.slug)).toBe(true);
      const pension = await collect(client.paginate.benefitPostings({ key: "pension" }, { limit: 120 }));
      expect(new Set(pension.map((posting) => posting.id)).size).toBe(120);
    });
  });

  describe("request", () => {
    it("runs a custom document, typed by its caller, and the SDK's own documents", async () => {
      const result = await client.request<{ postings: { totalCount: number } }>("query Count { postings { totalCount } }");
      expect(result.postings.totalCount).toBeGreaterThan(100);
      const { posting } = await client.request(GetPostingDocument, advert);
      expect(posting?.title).toBe("Machine Learning Engineer");
    });

    it("throws GraphQLRequestError with the server's code, the operation name and the request id", async () => {
      const error = await client.searchPostings({ first: 500 }, { headers: { "x-request-id": "sdk-e2e-1" } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect(error).toMatchObject({ codes: ["BAD_USER_INPUT"], operationName: "SearchPostings", requestId: "sdk-e2e-1", status: 200 });
      await expect(client.request("query Broken { nope }")).rejects.toMatchObject({ codes: ["GRAPHQL_VALIDATION_FAILED"], status: 400 });
    });

    it("stops when the caller aborts", async () => {
      const controller = new AbortController();
      const pending = client.searchPostings({ first: 100 }, { signal: controller.signal });
      controller.abort();
      await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    });
  });
});
