// Every GraphQL example in the documentation (README.md and docs/**/*.md) is executed here against
// the default sample data, so an example that stops working, or stops returning anything, fails CI.
//
// The convention (also in docs/testing.md):
// - Every ```graphql block is an example. It must parse and validate as a whole (what a reader pastes
//   into GraphiQL); a block with several operations names each of them. Each operation then runs, in
//   the order the files (README.md, then docs/ by name) and blocks come, through the real Yoga app.
// - Variables: a ```json variables block right after a ```graphql block gives the variables of its
//   operations. A string value written "{{path}}" (e.g. "{{createPosting.posting.id}}") is taken from
//   the data an earlier example returned, by its root field and path, so examples can chain (create,
//   then update what was created) without inventing IDs.
// - Keys: a block whose info string says `admin` (```graphql admin) runs with an admin API key;
//   without it, the example runs anonymously, as a reader without a key would run it.
// - Subscriptions are parsed and validated against the schema (they wait for events that a
//   query-by-query run does not produce).
// - An example must return data: no GraphQL errors, no null root field and no empty list anywhere
//   in its data, except `userErrors` and `errors` (import records' errors), which must be empty.
// The sample data is the default seed (`seedDatabase`, as `pnpm start` seeds an empty database),
// whose generated employers, slugs and postings are the same on every run and whose dates are
// relative to the day it runs, so the examples return the same data whenever the tests run.
import { validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/graphql/schema.js";
import { EXAMPLE_QUERY } from "../../src/http/yoga.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { createTestApp, type GraphQLResponse, type TestApp } from "../support/app.js";
import { adminKey } from "../support/auth.js";
import { documentedExamples } from "./examples.js";

/** Replaces "{{root.path}}" strings with what earlier examples returned. */
function resolvePlaceholders(value: unknown, returned: Record<string, unknown>, title: string): unknown {
  if (typeof value === "string") {
    const placeholder = /^\{\{([\w.]+)\}\}$/.exec(value);
    if (!placeholder) return value;
    const found = (placeholder[1] as string).split(".").reduce<any>((object, key) => object?.[key], returned);
    if (found === undefined || found === null) throw new Error(`${title}: no earlier example returned ${value}`);
    return found;
  }
  if (Array.isArray(value)) return value.map((item) => resolvePlaceholders(item, returned, title));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolvePlaceholders(item, returned, title)]));
  }
  return value;
}

/** Lists that must be empty: a mutation's problems, an import record's problems. */
const PROBLEM_LISTS = new Set(["userErrors", "errors"]);

/** Where the data is empty: null root fields, empty lists, and problem lists that are not empty. */
export function emptyPlaces(data: Record<string, unknown> | null | undefined): string[] {
  if (!data) return ["(no data)"];
  const found: string[] = [];
  const walk = (value: unknown, path: string, key: string) => {
    if (Array.isArray(value)) {
      if (PROBLEM_LISTS.has(key)) {
        if (value.length) found.push(`${path} is not empty: ${JSON.stringify(value)}`);
        return;
      }
      if (!value.length) found.push(`${path} is an empty list`);
      for (const [index, item] of value.entries()) walk(item, `${path}.${index}`, key);
    } else if (value && typeof value === "object") {
      for (const [name, item] of Object.entries(value)) walk(item, path ? `${path}.${name}` : name, name);
    }
  };
  for (const [name, value] of Object.entries(data)) {
    if (value === null) found.push(`${name} is null`);
    else walk(value, name, name);
  }
  return found;
}

const examples = documentedExamples();
let app: TestApp;
let admin: Record<string, string>;
/** The data every example so far returned, by root field (the latest wins). */
const returned: Record<string, unknown> = {};

beforeAll(async () => {
  app = await createTestApp();
  await seedDatabase(app.db.prisma);
  admin = (await adminKey(app.db.prisma)).headers;
}, 180_000);
afterAll(() => app?.close());

describe("the documentation's GraphQL examples, on the default sample data", () => {
  it("are found in the README and docs/", () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  // GraphiQL opens with these (src/http/yoga.ts): they must answer on the sample data too.
  it.each(["OpenPostings", "TheAdvert"])("GraphiQL's example %s", async (operationName) => {
    const response = await app.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: EXAMPLE_QUERY, operationName }),
    });
    const result = (await response.json()) as GraphQLResponse;
    expect(result.errors ?? []).toEqual([]);
    expect(emptyPlaces(result.data)).toEqual([]);
  });

  for (const example of examples) {
    it(example.title, async () => {
      const invalid = validate(schema, example.document).map((error) => error.message);
      expect(invalid, "the block must validate against the schema as a whole").toEqual([]);
      if (example.operation.operation === "subscription") return;

      const variables = resolvePlaceholders(example.variables, returned, example.title);
      const response = await app.fetch("/graphql", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json",
          "x-graphql-yoga-csrf": "1",
          ...(example.admin ? admin : {}),
        },
        body: JSON.stringify({ query: example.block.code, operationName: example.operation.name?.value, variables }),
      });
      const result = (await response.json()) as GraphQLResponse;
      expect(result.errors ?? [], "GraphQL errors").toEqual([]);
      expect(emptyPlaces(result.data), "the example must return data").toEqual([]);
      Object.assign(returned, result.data);
    });
  }
});
