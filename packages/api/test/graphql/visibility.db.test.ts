import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { createBenefit, createEmployer, createPosting } from "../support/factories.js";

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

describe("public reads never show draft or archived postings", () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    app = await createTestApp();
    const prisma = app.db.prisma;
    const perk = await createBenefit(prisma, { key: "perk" });
    const employer = await createEmployer(prisma, { slug: "acme" });
    const day = 86_400_000;
    const postings = {
      open: { status: "PUBLISHED" as const, closesAt: new Date(Date.now() + 10 * day) },
      openForever: { status: "PUBLISHED" as const, closesAt: null },
      pastClosingDate: { status: "PUBLISHED" as const, closesAt: new Date(Date.now() - day) },
      closed: { status: "CLOSED" as const },
      draft: { status: "DRAFT" as const },
      archived: { status: "ARCHIVED" as const },
    };
    for (const [name, data] of Object.entries(postings)) {
      ids[name] = (await createPosting(prisma, employer.id, { ...data, reference: name, title: name, benefitIds: [perk.id] })).id;
    }
  });
  afterAll(() => app?.close());

  it("lists open postings by default, and closed ones only when asked", async () => {
    const open = await app.query(`{ postings { totalCount nodes { title isOpen } } }`);
    expect(open.postings.nodes.map((n: { title: string }) => n.title).sort()).toEqual(["open", "openForever"]);
    expect(open.postings.totalCount).toBe(2);
    const all = await app.query(`{ postings(filter: { includeClosed: true }) { totalCount nodes { title isOpen status } } }`);
    expect(all.postings.nodes.map((n: { title: string }) => n.title).sort()).toEqual(["closed", "open", "openForever", "pastClosingDate"]);
    expect(all.postings.nodes.find((n: { title: string }) => n.title === "pastClosingDate")).toMatchObject({ isOpen: false, status: "PUBLISHED" });
  });

  it("applies the same rules to an employer's postings, its open count and a benefit's postings", async () => {
    const data = await app.query(`{
      employer(slug: "acme") {
        openPostingsCount
        postings { totalCount nodes { title } }
        all: postings(filter: { includeClosed: true }) { totalCount }
      }
      benefit(key: "perk") { postings { totalCount nodes { title } } }
    }`);
    expect(data.employer.openPostingsCount).toBe(2);
    expect(data.employer.postings.totalCount).toBe(2);
    expect(data.employer.all.totalCount).toBe(4);
    expect(data.benefit.postings.totalCount).toBe(2);
  });

  it.each(["draft", "archived"])("hides a %s posting from posting(id), posting(reference) and node(id)", async (name) => {
    const id = globalId("Posting", ids[name]!);
    const byId = await app.execute(`query ($id: ID!) { posting(id: $id) { title } }`, { id });
    expect(byId.data?.posting).toBeNull();
    expect(byId.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const byRef = await app.execute(`{ posting(employerSlug: "acme", reference: "${name}") { title } }`);
    expect(byRef.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const node = await app.query(`query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }`, { id });
    expect(node).toEqual({ node: null, nodes: [null] });
  });

  it("returns visible postings through posting(id) and node(id)", async () => {
    const id = globalId("Posting", ids.closed!);
    const data = await app.query(`query ($id: ID!) { posting(id: $id) { title status } node(id: $id) { ... on Posting { title } } }`, { id });
    expect(data).toEqual({ posting: { title: "closed", status: "CLOSED" }, node: { title: "closed" } });
  });
});
