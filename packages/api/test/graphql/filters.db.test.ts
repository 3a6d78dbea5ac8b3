import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { createEmployer, createPosting } from "../support/factories.js";

describe("posting filters", () => {
  let app: TestApp;
  let acmeId: string;
  beforeAll(async () => {
    app = await createTestApp();
    const prisma = app.db.prisma;
    const acme = await createEmployer(prisma, { slug: "acme", name: "Acme" });
    const globex = await createEmployer(prisma, { slug: "globex", name: "Globex", industry: "Energy", size: "LARGE" });
    acmeId = Buffer.from(`Employer:${acme.id}`).toString("base64");
    await createPosting(prisma, acme.id, { title: "A-perm-hybrid-full", contractType: "PERMANENT", workplaceType: "HYBRID", hoursType: "FULL_TIME" });
    await createPosting(prisma, acme.id, {
      title: "A-temp-onsite-part",
      contractType: "TEMPORARY",
      workplaceType: "ON_SITE",
      hoursType: "PART_TIME",
    });
    await createPosting(prisma, globex.id, {
      title: "G-perm-remote-full",
      contractType: "PERMANENT",
      workplaceType: "REMOTE",
      hoursType: "FULL_TIME",
    });
    await createPosting(prisma, globex.id, {
      title: "G-contract-hybrid-flex",
      contractType: "CONTRACT",
      workplaceType: "HYBRID",
      hoursType: "FLEXIBLE",
    });
  });
  afterAll(() => app?.close());

  const titles = async (filter: Record<string, unknown>) => {
    const data = await app.query(`query ($filter: PostingFilter) { postings(filter: $filter) { totalCount nodes { title } } }`, { filter });
    const list = data.postings.nodes.map((n: { title: string }) => n.title).sort();
    expect(data.postings.totalCount).toBe(list.length);
    return list;
  };

  it("by contract type", async () => {
    expect(await titles({ contractTypes: ["PERMANENT"] })).toEqual(["A-perm-hybrid-full", "G-perm-remote-full"]);
  });
  it("by workplace type (any of several)", async () => {
    expect(await titles({ workplaceTypes: ["HYBRID", "REMOTE"] })).toEqual(["A-perm-hybrid-full", "G-contract-hybrid-flex", "G-perm-remote-full"]);
  });
  it("by hours type", async () => {
    expect(await titles({ hoursTypes: ["PART_TIME", "FLEXIBLE"] })).toEqual(["A-temp-onsite-part", "G-contract-hybrid-flex"]);
  });
  it("by employer slug or global ID", async () => {
    expect(await titles({ employerSlugs: ["globex"] })).toEqual(["G-contract-hybrid-flex", "G-perm-remote-full"]);
    expect(await titles({ employerIds: [acmeId] })).toEqual(["A-perm-hybrid-full", "A-temp-onsite-part"]);
  });
  it("combining criteria with AND", async () => {
    expect(await titles({ contractTypes: ["PERMANENT"], workplaceTypes: ["HYBRID"] })).toEqual(["A-perm-hybrid-full"]);
  });
  it("rejects a non-employer ID in employerIds", async () => {
    const bad = Buffer.from("Posting:0190b3a4-7c1e-7d2a-9a7e-1d2c3b4a5f60").toString("base64");
    const result = await app.execute(`query ($f: PostingFilter) { postings(filter: $f) { totalCount } }`, { f: { employerIds: [bad] } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(result.errors?.[0]?.message).toMatch(/expects Employer IDs/);
  });
  it("filters employers by name, size and industry", async () => {
    const data = await app.query(`{
      byName: employers(filter: { nameContains: "glo" }) { totalCount nodes { slug } }
      bySize: employers(filter: { sizes: [LARGE], industries: ["Energy"] }) { nodes { slug } }
      sorted: employers(orderBy: { field: NAME, direction: DESC }) { nodes { slug } }
    }`);
    expect(data.byName).toEqual({ totalCount: 1, nodes: [{ slug: "globex" }] });
    expect(data.bySize.nodes).toEqual([{ slug: "globex" }]);
    expect(data.sorted.nodes).toEqual([{ slug: "globex" }, { slug: "acme" }]);
  });
});
