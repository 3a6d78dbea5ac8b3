// Bad input is the client's to fix: a typed BAD_USER_INPUT (or a validation error) that names what
// is wrong, never INTERNAL_SERVER_ERROR, and nothing that tells a prober what the schema has when
// introspection is off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { createEmployer, createPosting } from "../support/factories.js";

const id = (raw: string) => Buffer.from(raw).toString("base64");
const UUID = "0190b3a4-7c1e-7d2a-9a7e-1d2c3b4a5f60";

describe("bad input", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    for (const name of ["100% Juice", "Snake_Case Ltd", "Plain Employer"]) await createEmployer(app.db.prisma, { name });
  });
  afterAll(() => app?.close());

  it.each([
    ["a key that is not a UUID", `{ posting(id: "${id("Posting:not-a-uuid")}") { id } }`],
    ["a key that is not a UUID, through node", `{ node(id: "${id("Posting:not-a-uuid")}") { id } }`],
    ["a type that does not exist", `{ node(id: "${id("posting:x")}") { id } }`],
    ["a type that does not exist, with a UUID", `{ node(id: "${id(`posting:${UUID}`)}") { id } }`],
    ["a type that is not an object", `{ node(id: "${id(`PostingStatus:${UUID}`)}") { id } }`],
    ["a key that is not a UUID, in a list", `{ nodes(ids: ["${id("Employer:1 OR 1=1")}"]) { id } }`],
  ])("refuses a well-formed global ID with %s as BAD_USER_INPUT", async (_what, query) => {
    const result = await app.execute(query);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.message).toMatch(/is not a valid Jobgraph ID/);
  });

  it("still answers null for a valid ID that names nothing", async () => {
    const result = await app.execute(`{ node(id: "${id(`Posting:${UUID}`)}") { id } }`);
    expect(result).toMatchObject({ data: { node: null } });
    expect(result.errors).toBeUndefined();
  });

  it("matches nameContains as a literal substring: % and _ are not wildcards", async () => {
    const names = async (nameContains: string) =>
      (await app.query(`query ($f: EmployerFilter) { employers(filter: $f) { nodes { name } } }`, { f: { nameContains } })).employers.nodes.map(
        (e: { name: string }) => e.name,
      );
    expect(await names("%")).toEqual(["100% Juice"]);
    expect(await names("_")).toEqual(["Snake_Case Ltd"]);
    expect(await names("e_c")).toEqual(["Snake_Case Ltd"]);
    expect(await names("\\")).toEqual([]);
  });

  it("gives JSON-LD text that no posting's text can break out of a script tag with", async () => {
    const employer = await createEmployer(app.db.prisma, { name: "Script & Co" });
    const title = "</script><script>alert(1)</script><!-- \u2028\u2029 & more";
    const posting = await createPosting(app.db.prisma, employer.id, { title });
    const data = await app.query(`query ($id: ID!) { posting(id: $id) { jsonLd jsonLdScript } }`, { id: id(`Posting:${posting.id}`) });
    const text: string = data.posting.jsonLdScript;
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(data.posting.jsonLd);
    expect(JSON.parse(text).title).toBe(title);
  });

  describe("with introspection off", () => {
    let closed: TestApp;
    beforeAll(async () => {
      closed = await createTestApp({ db: app.db, protection: { introspection: false } });
    });
    afterAll(() => closed?.close());

    it.each([
      ["an enum value in the document", `{ postings(filter: { workplaceTypes: [HYBIRD] }) { totalCount } }`, undefined],
      ["an enum value in a variable", `query ($w: [WorkplaceType!]) { postings(filter: { workplaceTypes: $w }) { totalCount } }`, { w: ["HYBIRD"] }],
      ["an input field", `{ postings(filter: { keyword: "x" }) { totalCount } }`, undefined],
      ["an argument", `{ postings(frist: 1) { totalCount } }`, undefined],
      ["a field", `{ postings { totalCont } }`, undefined],
      ["a type", `query ($f: PostingFiltre) { postings(filter: $f) { totalCount } }`, undefined],
    ])("suggests nothing for a typo in %s", async (_what, query, variables) => {
      const result = await closed.execute(query, variables);
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const error of result.errors ?? []) {
        expect(error.message).not.toMatch(/did you mean/i);
        expect(error.message).not.toMatch(/HYBRID|"keywords"|"first"|"totalCount"|"PostingFilter"\?/);
        expect(error.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
      }
    });

    it("keeps suggestions with introspection on (development)", async () => {
      const result = await app.execute(`{ postings(filter: { workplaceTypes: [HYBIRD] }) { totalCount } }`);
      expect(result.errors?.[0]?.message).toMatch(/Did you mean/);
    });
  });
});
