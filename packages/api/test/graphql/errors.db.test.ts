import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { createEmployer } from "../support/factories.js";

describe("bad input gets a typed error that names the problem", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await createEmployer(app.db.prisma, { slug: "known" });
  });
  afterAll(() => app?.close());

  it.each([
    ["a page size of 10,000", `{ postings(first: 10000) { nodes { id } } }`, "BAD_USER_INPUT", /"first" must be between 0 and 100; got 10000/],
    ["a negative page size", `{ employers(last: -1) { nodes { id } } }`, "BAD_USER_INPUT", /"last" must be a non-negative integer/],
    ["a malformed ID", `{ posting(id: "not-an-id") { title } }`, "BAD_USER_INPUT", /"not-an-id" is not a valid Jobgraph ID/],
    ["a malformed ID in node()", `{ node(id: "%%%") { id } }`, "BAD_USER_INPUT", /not a valid Jobgraph ID/],
    [
      "an ID of the wrong type",
      `{ posting(id: "${Buffer.from("Employer:0190b3a4-7c1e-7d2a-9a7e-1d2c3b4a5f60").toString("base64")}") { title } }`,
      "BAD_USER_INPUT",
      /Posting/,
    ],
    ["an unknown slug", `{ employer(slug: "nobody") { name } }`, "NOT_FOUND", /No employer with slug "nobody"/],
    ["an unknown benefit", `{ benefit(key: "yacht") { name } }`, "NOT_FOUND", /No benefit with key "yacht"/],
    [
      "an unknown posting reference",
      `{ posting(employerSlug: "known", reference: "X1") { title } }`,
      "NOT_FOUND",
      /reference "X1" at employer "known"/,
    ],
    [
      "both id and slug",
      `{ employer(slug: "known", id: "${Buffer.from("Employer:0190b3a4-7c1e-7d2a-9a7e-1d2c3b4a5f60").toString("base64")}") { name } }`,
      "BAD_USER_INPUT",
      /exactly one of `id` or `slug`/,
    ],
    ["a syntax error", `{ postings { nodes { id }`, "GRAPHQL_PARSE_FAILED", /Syntax Error/],
    ["an unknown field", `{ postings { nodes { salaryy } } }`, "GRAPHQL_VALIDATION_FAILED", /Cannot query field "salaryy"/],
    // (A cursor is verified first: graphql/cursor.ts; the combination of the page arguments after.)
    ["first and last together", `{ postings(first: 2, last: 2) { nodes { id } } }`, "BAD_USER_INPUT", /"first" and "last" cannot be used together/],
  ])("%s", async (_name, query, code, message) => {
    const result = await app.execute(query);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it("masks unexpected errors: no SQL, no stack, a stable code", async () => {
    const broken = await createTestApp();
    await broken.db.exec('DROP TABLE "postings" CASCADE');
    const result = await broken.execute(`{ postings { nodes { title } } }`);
    await broken.close();
    expect(result.errors?.[0]).toMatchObject({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    const body = JSON.stringify(result);
    expect(body).not.toMatch(/does not exist|relation "|SELECT|stack|\.ts:/i);
  });
});
