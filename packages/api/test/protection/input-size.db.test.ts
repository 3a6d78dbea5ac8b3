// Every String and list argument and input field has a size limit, declared on the schema and
// enforced before anything runs (protection/input-size.ts): a string or list over it, or a string
// with a NUL character, is BAD_USER_INPUT naming the argument and the limit, and no SQL runs.
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_INPUT_LIMIT, describeLimit, inputLimitOf, inputLimits, KEYWORDS_MAX_LENGTH } from "../../src/graphql/input-limits.js";
import { schema } from "../../src/graphql/schema.js";
import { nestsDeeperThan } from "../../src/protection/input-size.js";
import { createTestApp, type GraphQLResponse, type TestApp } from "../support/app.js";
import { employerKey } from "../support/auth.js";
import { createEmployer } from "../support/factories.js";
import { globalId, M, postingInput } from "../support/writes.js";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await createEmployer(app.db.prisma, { slug: "acme" });
});
afterAll(() => app?.close());

const SEARCH = `query ($filter: PostingFilter) { postings(filter: $filter) { totalCount nodes { title } } }`;

/** The refusal, after checking it is the only error, that it is BAD_USER_INPUT and that nothing ran. */
function refusal(result: GraphQLResponse) {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  const error = result.errors?.[0];
  expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
  return error;
}

describe("strings and lists over their limit are refused before anything runs", () => {
  it("a 900 kB keywords string: BAD_USER_INPUT naming filter.keywords and its limit, no SQL", async () => {
    app.db.queries.length = 0;
    const error = refusal(await app.execute(SEARCH, { filter: { keywords: "nurse ".repeat(150_000) } }));
    expect(error?.message).toBe(`"filter.keywords" (Query.postings) is 900000 characters long; at most ${KEYWORDS_MAX_LENGTH} are allowed.`);
    expect(error?.extensions).toMatchObject({ argument: "filter.keywords", maxLength: KEYWORDS_MAX_LENGTH });
    expect(app.db.queries).toEqual([]);
  });

  it("keywords at the limit run", async () => {
    const result = await app.execute(SEARCH, { filter: { keywords: "a".repeat(KEYWORDS_MAX_LENGTH) } });
    expect(result.errors).toBeUndefined();
  });

  it("checks each request's variables: a document that ran with short ones is refused with long ones, and the other way round", async () => {
    const query = `query ($s: String, $k: String) { employers(first: 1, filter: { nameContains: $s }) { totalCount } k: postings(first: 1, filter: { keywords: $k }) { totalCount } }`;
    const long = "a".repeat(DEFAULT_INPUT_LIMIT.maxLength + 1);
    expect((await app.execute(query, { s: "short", k: "nurse" })).errors).toBeUndefined();
    expect(refusal(await app.execute(query, { s: long, k: "nurse" }))?.extensions).toMatchObject({ argument: "filter.nameContains" });
    expect(refusal(await app.execute(query, { s: "short", k: "n".repeat(KEYWORDS_MAX_LENGTH + 1) }))?.extensions).toMatchObject({
      argument: "filter.keywords",
    });
    expect((await app.execute(query, { s: "short", k: "nurse" })).errors).toBeUndefined();
    // A literal over its limit refuses the document whatever the variables.
    const literal = `query ($k: String) { employer(slug: "${long}") { name } postings(first: 1, filter: { keywords: $k }) { totalCount } }`;
    for (const k of ["a", "b"]) expect(refusal(await app.execute(literal, { k }))?.extensions).toMatchObject({ argument: "slug" });
  });

  it("a literal string in the document, and one inside a fragment, over the default limit", async () => {
    const long = "a".repeat(DEFAULT_INPUT_LIMIT.maxLength + 1);
    const literal = refusal(await app.execute(`{ employer(slug: "${long}") { name } }`));
    expect(literal?.extensions).toMatchObject({ argument: "slug", maxLength: DEFAULT_INPUT_LIMIT.maxLength });
    const fragment = refusal(await app.execute(`query ($s: String) { ...F } fragment F on Query { employer(slug: $s) { name } }`, { s: long }));
    expect(fragment?.message).toMatch(/"slug" \(Query.employer\) is 1001 characters long; at most 1000/);
  });

  it("nodes(ids:) with more IDs than the default list limit", async () => {
    const ids = Array.from({ length: DEFAULT_INPUT_LIMIT.maxItems + 1 }, (_, i) => globalId("Posting", `id-${i}`));
    const error = refusal(await app.execute(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }));
    expect(error?.message).toBe(`"ids" (Query.nodes) holds 101 items; at most 100 are allowed.`);
    expect(error?.extensions).toMatchObject({ argument: "ids", maxItems: 100 });
  });

  it("a list inside a filter, and each item of a list of strings", async () => {
    const many = refusal(await app.execute(SEARCH, { filter: { skills: Array.from({ length: 101 }, (_, i) => `s${i}`) } }));
    expect(many?.extensions).toMatchObject({ argument: "filter.skills", maxItems: 100 });
    const longItem = refusal(await app.execute(SEARCH, { filter: { skills: ["ok", "x".repeat(1001)] } }));
    expect(longItem?.extensions).toMatchObject({ argument: "filter.skills[1]", maxLength: 1000 });
  });

  it.each([
    ["a search's keywords", SEARCH, { filter: { keywords: "nurse\u0000" } }, "filter.keywords"],
    ["a slug", `query ($s: String) { employer(slug: $s) { name } }`, { s: "acme\u0000" }, "slug"],
    ["a benefit key", `query ($k: String!) { benefit(key: $k) { name } }`, { k: "\u0000" }, "key"],
  ])("a NUL character in %s: BAD_USER_INPUT, not INTERNAL_SERVER_ERROR", async (_name, query, variables, argument) => {
    app.db.queries.length = 0;
    const error = refusal(await app.execute(query, variables));
    expect(error?.message).toMatch(/contains a NUL character/);
    expect(error?.extensions?.argument).toBe(argument);
    expect(app.db.queries).toEqual([]);
  });
});

describe("variables nested without end", () => {
  it("are refused as they arrive (BAD_USER_INPUT), not answered INTERNAL_SERVER_ERROR by a stack overflow", async () => {
    const depth = 400_000;
    const response = await app.yoga.fetch("http://jobgraph.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query":"query ($k: String) { postings(first: 1, filter: { keywords: $k }) { totalCount } }","variables":{"k":${"[".repeat(depth)}${"]".repeat(depth)}}}`,
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/nest deeper than 32 levels/);
  });

  it("nested as deep as the limit still run", async () => {
    let value: unknown = "engineer";
    for (let i = 0; i < 31; i++) value = { nested: value };
    // The variables object is level 0; a variable's value nested 32 levels is allowed, 33 is not.
    expect(nestsDeeperThan({ k: [value] }, 33)).toBe(false);
    expect(nestsDeeperThan({ k: [[value]] }, 33)).toBe(true);
    const result = await app.execute("query ($k: String) { postings(first: 1, filter: { keywords: $k }) { totalCount } }", { k: "engineer" });
    expect(result.errors).toBeUndefined();
  });
});

describe("write inputs: the zod schema's own limits, enforced before the mutation runs", () => {
  it("a posting's title over its 200 characters, and too many skills", async () => {
    const { headers } = await employerKey(app.db.prisma, "acme", ["WRITE_POSTINGS"]);
    const title = refusal(await app.execute(M.createPosting, { input: postingInput({ title: "t".repeat(201) }) }, headers));
    expect(title?.message).toBe(`"input.title" (Mutation.createPosting) is 201 characters long; at most 200 are allowed.`);
    const skills = refusal(
      await app.execute(M.createPosting, { input: postingInput({ skills: Array.from({ length: 51 }, (_, i) => `s${i}`) }) }, headers),
    );
    expect(skills?.extensions).toMatchObject({ argument: "input.skills", maxItems: 50 });
    const nul = refusal(await app.execute(M.createPosting, { input: postingInput({ title: "Nurse\u0000" }) }, headers));
    expect(nul?.extensions?.argument).toBe("input.title");
    expect(await app.db.prisma.posting.count()).toBe(0);
  });
});

describe("subscriptions", () => {
  it("a subscription's filter over its limit is refused when it starts", async () => {
    const response = await app.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({
        query: `subscription ($f: PostingEventFilter) { postingPublished(filter: $f) { id } }`,
        variables: { f: { keywords: "k".repeat(KEYWORDS_MAX_LENGTH + 1) } },
      }),
    });
    const text = await response.text();
    expect(text).toContain("BAD_USER_INPUT");
    expect(text).toContain("filter.keywords");
  });
});

describe("the limits are on the schema", () => {
  it("every String and list argument and input field has one, and its description states it", () => {
    const positions = inputLimits(schema);
    expect(positions.length).toBeGreaterThan(100);
    for (const { coordinate, position } of positions) {
      const limit = inputLimitOf(coordinate, position);
      expect(position.description, coordinate).toMatch(
        new RegExp(`At most ${limit.maxLength.toLocaleString("en-GB")} characters|At most ${limit.maxItems.toLocaleString("en-GB")} items`),
      );
    }
  });

  it("write inputs take their limits from their zod schemas", () => {
    const input = schema.getType("CreatePostingInput") as import("graphql").GraphQLInputObjectType;
    const fields = input.getFields();
    expect(inputLimitOf("CreatePostingInput.title", fields.title!)).toEqual({ maxLength: 200, maxItems: 100 });
    expect(inputLimitOf("CreatePostingInput.description", fields.description!)).toMatchObject({ maxLength: 50_000 });
    expect(inputLimitOf("CreatePostingInput.skills", fields.skills!)).toEqual({ maxLength: 60, maxItems: 50 });
  });
});

describe("docs/limits-and-protection.md", () => {
  it("lists every limit, as the schema has it", () => {
    const file = new URL("../../../../docs/limits-and-protection.md", import.meta.url);
    const text = readFileSync(file, "utf8");
    const rows = inputLimits(schema)
      .map(
        ({ coordinate, type, position }) =>
          `| \`${coordinate}\` | \`${type.toString()}\` | ${describeLimit(type, inputLimitOf(coordinate, position))} |`,
      )
      .sort();
    const table = ["| argument or input field | type | limit |", "| --- | --- | --- |", ...rows];
    const block = /<!-- input-limits:start -->\n([\s\S]*?)<!-- input-limits:end -->/;
    // The formatter pads the table's cells: compare them trimmed.
    const cells = (line: string) =>
      line
        .split("|")
        .map((cell) => (/^\s*-+\s*$/.test(cell) ? "---" : cell.trim()))
        .join("|");
    if (process.env.UPDATE_DOCS === "1")
      writeFileSync(file, text.replace(block, `<!-- input-limits:start -->\n${table.join("\n")}\n<!-- input-limits:end -->`));
    const documented = (block.exec(text)?.[1] ?? "").trim().split("\n").map(cells);
    expect(documented, "the table is out of date: run this test with UPDATE_DOCS=1 (then pnpm exec biome format --write docs)").toEqual(
      table.map(cells),
    );
  });
});
