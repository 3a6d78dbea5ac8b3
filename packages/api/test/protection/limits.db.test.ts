// Each protection trips on what it is for, and lets normal traffic through: the SDK's operations,
// the documentation's (README.md, docs/) and GraphiQL's example queries.
import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Kind, parse, type TypeNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/graphql/schema.js";
import { EXAMPLE_QUERY } from "../../src/http/yoga.js";
import { operationCost } from "../../src/protection/cost.js";
import { DEFAULT_PROTECTION, LimitCode } from "../../src/protection/index.js";
import { sdkManifest as readSdkManifest } from "../../src/protection/persisted.js";
import { documentedExamples } from "../docs/examples.js";
import { createTestApp, type GraphQLResponse, type TestApp } from "../support/app.js";
import { adminKey } from "../support/auth.js";
import { createEmployer, createPosting } from "../support/factories.js";
import { REDIS_SKIP_NOTE, skipWithoutRedis, TEST_REDIS_URL } from "../support/redis.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const LIMIT_CODES = new Set<string>(Object.values(LimitCode));
const sdkManifest = readSdkManifest();
/** Plausible variables for an operation's variable definitions (scalars only; input objects left out when optional). */
function sampleVariables(document: string, operationName?: string): Record<string, unknown> {
  const operation = parse(document).definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  const variables: Record<string, unknown> = {};
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return variables;
  const sample = (name: string, type: TypeNode): unknown => {
    if (type.kind === Kind.LIST_TYPE) return [sample(name, type.type)];
    if (type.kind === Kind.NON_NULL_TYPE) return sample(name, type.type);
    const scalar = type.name.value;
    if (scalar === "Int") return name === "first" || name === "last" ? 100 : 1;
    if (scalar === "Boolean") return true;
    if (scalar === "ID" || scalar === "String") return "x";
    return undefined;
  };
  for (const definition of operation.variableDefinitions ?? []) {
    const value = sample(definition.variable.name.value, definition.type);
    if (value !== undefined) variables[definition.variable.name.value] = value;
  }
  return variables;
}

const limitErrors = (result: GraphQLResponse) => (result.errors ?? []).filter((error) => LIMIT_CODES.has(String(error.extensions?.code)));

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  const employer = await createEmployer(app.db.prisma, { slug: "acme" });
  for (let i = 0; i < 3; i++) await createPosting(app.db.prisma, employer.id);
});
afterAll(() => app?.close());

describe("normal traffic passes the limits", () => {
  it.each([...sdkManifest].map(([hash, document]) => [/(query|mutation) (\w+)/.exec(document)?.[2] ?? hash, document]))(
    "the SDK's %s: within every limit, and costs no more than the maximum at 100 a page",
    async (_name, document) => {
      const result = await app.execute(document, sampleVariables(document));
      expect(limitErrors(result)).toEqual([]);
      const cost = operationCost(schema, parse(document), sampleVariables(document), undefined);
      // undefined: variables this sampler cannot make (input objects); execution refused them, not a limit.
      if (cost !== undefined) expect(cost).toBeLessThanOrEqual(DEFAULT_PROTECTION.maxCost);
    },
  );

  it.each(
    documentedExamples().map(
      (example) => [example.title, example.block.code, example.operation.name?.value, example.variables, example.operation.operation] as const,
    ),
  )("the documentation's example %s", async (_title, document, name, variables, kind) => {
    if (kind === "subscription") {
      // Subscriptions are streams (SSE), not JSON answers: their price when they start must fit.
      expect(operationCost(schema, parse(document), variables, name)).toBeLessThanOrEqual(DEFAULT_PROTECTION.maxCost);
      return;
    }
    const response = await app.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: document, operationName: name, variables }),
    });
    const result = (await response.json()) as GraphQLResponse;
    expect(limitErrors(result)).toEqual([]);
  });

  it.each(["OpenPostings", "TheAdvert"])("GraphiQL's example %s, sent as GraphiQL sends it (JSON, no CSRF header)", async (operationName) => {
    const response = await app.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json, multipart/mixed" },
      body: JSON.stringify({ query: EXAMPLE_QUERY, operationName }),
    });
    const result = (await response.json()) as GraphQLResponse;
    expect(limitErrors(result)).toEqual([]);
    expect(result.data).toBeTruthy();
  });

  it("reports the cost in extensions.cost, a connection priced by its page size", async () => {
    const small = await app.execute(`{ postings(first: 5) { totalCount nodes { title employer { name } } } }`);
    const large = await app.execute(`{ postings(first: 50) { totalCount nodes { title employer { name } } } }`);
    // 2 for the connection, then per item: nodes (1) + employer (1).
    expect(small.extensions?.cost).toEqual({ requestedQueryCost: 2 + 5 * 2 });
    expect(large.extensions?.cost).toEqual({ requestedQueryCost: 2 + 50 * 2 });
    const nested = await app.execute(`{ employers(first: 10) { nodes { postings(first: 10) { nodes { title } } } } }`);
    expect(nested.extensions?.cost).toEqual({ requestedQueryCost: 2 + 10 * (1 + 2 + 10 * 1) });
    const mutation = operationCost(schema, parse(`mutation { publishPosting(id: "x") { posting { id } } }`), {}, undefined);
    expect(mutation).toBe(1 + 1 + 10);
  });

  it("prices list arguments by their length: each ID of nodes(ids:) at least 1, each item of a filter's lists 1", async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => Buffer.from(`Posting:${i}`).toString("base64"));
    const scalarsOnly = parse(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Posting { descriptionHtml } } }`);
    expect(operationCost(schema, scalarsOnly, { ids: ids(100) }, undefined)).toBe(1 + 100);
    // The 14,000 IDs: far over MAX_COST (the list limit of 100 refuses them first).
    expect(operationCost(schema, scalarsOnly, { ids: ids(14_000) }, undefined)).toBe(1 + 14_000);
    const withEmployer = parse(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Posting { employer { name } } } }`);
    expect(operationCost(schema, withEmployer, { ids: ids(10) }, undefined)).toBe(1 + 10 * 1);
    const filtered = parse(`query ($f: PostingFilter) { postings(first: 10, filter: $f) { nodes { title } } }`);
    expect(operationCost(schema, filtered, { f: { skills: ["sql", "python", "go"] } }, undefined)).toBe(2 + 10 * 1 + 3);
    // Over HTTP: 100 IDs asking only for scalars are refused by a cost limit of 50.
    const strict = await createTestApp({ db: app.db, protection: { maxCost: 50 } });
    try {
      const refused = await strict.execute(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Posting { descriptionHtml } } }`, { ids: ids(100) });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: LimitCode.MAX_COST_EXCEEDED, cost: 101, maxCost: 50 });
    } finally {
      await strict.close();
    }
  });

  it("prices a document once per set of variables: the same document asked with another page size costs that page size", async () => {
    const document = parse(
      `query ($n: Int, $m: Int) { postings(first: $n) { nodes { title employer { name } } } o: postings(first: $m) { totalCount } }`,
    );
    const price = (n: number, m = 1) => operationCost(schema, document, { n, m }, undefined);
    expect(price(5)).toBe(2 + 5 * 2 + 2);
    expect(price(50)).toBe(2 + 50 * 2 + 2);
    expect(price(5)).toBe(2 + 5 * 2 + 2);
    expect(price(5, 3)).toBe(2 + 5 * 2 + 2);
    // Many sets of variables later, the first is priced again, the same.
    for (let n = 0; n < 100; n++) price(n % 100, n);
    expect(price(50)).toBe(2 + 50 * 2 + 2);
    expect(operationCost(schema, document, { n: "five" }, undefined)).toBeUndefined();
  });
});

describe("each limit trips", () => {
  const nest = (depth: number) => {
    let selection = "name";
    for (let i = 0; i < depth; i++) selection = i % 2 ? `employer { ${selection} }` : `postings(first: 1) { nodes { ${selection} } }`;
    return `{ employer(slug: "acme") { ${selection} } }`;
  };

  it("depth", async () => {
    const result = await app.execute(nest(12));
    expect(result.errors?.[0]?.extensions?.code).toBe(LimitCode.QUERY_TOO_DEEP);
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded/);
    expect(limitErrors(await app.execute(nest(4)))).toEqual([]);
  });

  it("depth, through fragments", async () => {
    const fragments = Array.from(
      { length: 14 },
      (_, i) => `fragment F${i} on Employer { postings(first: 1) { nodes { employer { ...F${i + 1} } } } }`,
    );
    const query = `{ employer(slug: "acme") { ...F0 } } ${fragments.join(" ")} fragment F14 on Employer { name }`;
    expect((await app.execute(query)).errors?.[0]?.extensions?.code).toBe(LimitCode.QUERY_TOO_DEEP);
  });

  it("aliases", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: benefits(first: 1) { totalCount }`).join(" ");
    const result = await app.execute(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe(LimitCode.TOO_MANY_ALIASES);
    expect(result.errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded/);
  });

  it("tokens", async () => {
    const fields = Array.from({ length: 3100 }, () => "totalCount").join(" ");
    const result = await app.execute(`{ benefits(first: 1) { ${fields} } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe(LimitCode.TOO_MANY_TOKENS);
    expect(result.errors?.[0]?.message).toMatch(/Token limit of 3000 exceeded/);
  });

  it("directives", async () => {
    const directives = Array.from({ length: 51 }, () => "@include(if: true)").join(" ");
    const result = await app.execute(`{ benefits(first: 1) { totalCount ${directives} } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe(LimitCode.TOO_MANY_DIRECTIVES);
  });

  it("cost: a page of 100 employers with 100 postings each, refused before it runs, with its cost", async () => {
    app.db.resetQueryLog();
    const result = await app.execute(`{ employers(first: 100) { nodes { postings(first: 100) { nodes { title employer { name } } } } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: LimitCode.MAX_COST_EXCEEDED, maxCost: 2000 });
    expect(result.errors?.[0]?.message).toMatch(/costs \d+, more than the limit of 2000/);
    expect(result.extensions?.cost).toMatchObject({ requestedQueryCost: 2 + 100 * (1 + 2 + 100 * 2) });
    expect(result.data).toBeUndefined();
    expect(app.db.queries).toEqual([]); // nothing ran
  });

  it("cost: fragments spread into fragments, too many to count", async () => {
    const fragments = Array.from({ length: 10 }, (_, i) => `fragment F${i} on Benefit { ...F${i + 1} ...F${i + 1} ...F${i + 1} }`);
    const query = `{ benefits(first: 1) { nodes { ...F0 } } } ${fragments.join(" ")} fragment F10 on Benefit { key }`;
    const result = await app.execute(query);
    expect(result.errors?.[0]?.extensions?.code).toBe(LimitCode.MAX_COST_EXCEEDED);
  });

  it("execution time", async () => {
    const slow = await createTestApp({ db: app.db, protection: { executionTimeoutMs: 1 } });
    try {
      const result = await slow.execute(
        `{ postings(first: 100) { totalCount facets { employers { count } benefits { count } locations { count } salary { count } } nodes { title employer { name } } } }`,
      );
      expect(result.errors?.[0]).toMatchObject({
        message: "The operation did not finish within the execution time limit of 1 ms.",
        extensions: { code: LimitCode.EXECUTION_TIMEOUT },
      });
    } finally {
      await slow.close();
    }
  });

  it("request body size: HTTP 413 with a code", async () => {
    const small = await createTestApp({ db: app.db, protection: { maxBodyBytes: 2000 } });
    try {
      const response = await small.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ benefits { totalCount } }`, variables: { pad: "x".repeat(5000) } }),
      });
      expect(response.status).toBe(413);
      const body = (await response.json()) as GraphQLResponse;
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "REQUEST_ENTITY_TOO_LARGE" });
      expect(body.errors?.[0]?.extensions?.requestId).toBe(response.headers.get("x-request-id"));

      // A declared length over the limit is refused from the header; a body without one (chunked)
      // is counted as it arrives; a malformed length is a bad request.
      const declared = await small.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": "5000" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(declared.status).toBe(413);
      const chunks = [JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(5000) } })];
      const streamed = await small.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: new ReadableStream({
          pull(controller) {
            const chunk = chunks.shift();
            if (chunk === undefined) controller.close();
            else controller.enqueue(new TextEncoder().encode(chunk));
          },
        }),
        duplex: "half",
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(((await streamed.json()) as GraphQLResponse).errors?.[0]?.extensions).toMatchObject({ code: "REQUEST_ENTITY_TOO_LARGE" });
      const malformed = await small.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": "10, 10" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(malformed.status).toBe(400);
      // Under the limit, with or without a declared length, the request runs.
      const fine = await small.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(((await fine.json()) as GraphQLResponse).data).toEqual({ __typename: "Query" });
    } finally {
      await small.close();
    }
  });
});

describe("CSRF prevention", () => {
  it("refuses a GET, or a form-encoded POST, without the header a browser cannot send cross-site", async () => {
    const get = await app.fetch(`/graphql?query=${encodeURIComponent("{ benefits { totalCount } }")}`, { headers: { accept: "application/json" } });
    expect(get.status).toBe(403);
    const body = (await get.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: LimitCode.CSRF_HEADER_REQUIRED });
    expect(body.errors?.[0]?.message).toContain("x-graphql-yoga-csrf");
    const form = await app.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `query=${encodeURIComponent("{ benefits { totalCount } }")}`,
    });
    expect(form.status).toBe(403);
  });

  it("lets EventSource (a GET for text/event-stream, which cannot send headers) through", async () => {
    const controller = new AbortController();
    const response = await app.fetch(`/graphql?query=${encodeURIComponent("{ benefits { totalCount } }")}`, {
      headers: { accept: "text/event-stream" },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    controller.abort();
  });

  it("answers the same GET with the header", async () => {
    const get = await app.fetch(`/graphql?query=${encodeURIComponent("{ benefits { totalCount } }")}`, {
      headers: { accept: "application/json", "x-graphql-yoga-csrf": "1" },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as GraphQLResponse).data).toEqual({ benefits: { totalCount: 0 } });
  });
});

describe("CORS", () => {
  it("allows any origin by default, and only the configured ones when CORS_ORIGINS lists them", async () => {
    const preflight = (target: TestApp, origin: string) =>
      target.fetch("/graphql", {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,x-graphql-yoga-csrf" },
      });
    expect((await preflight(app, "https://board.example")).headers.get("access-control-allow-origin")).toBeTruthy();
    const listed = await createTestApp({ db: app.db, protection: { corsOrigins: ["https://jobs.example.com"] } });
    try {
      const allowed = await preflight(listed, "https://jobs.example.com");
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://jobs.example.com");
      const refused = await preflight(listed, "https://evil.example");
      expect(refused.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
    } finally {
      await listed.close();
    }
  });
});

describe("introspection", () => {
  it("is on by default (development)", async () => {
    const result = await app.execute(`{ __schema { queryType { name } } }`);
    expect(result.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("can be switched off, with field suggestions hidden too", async () => {
    const closed = await createTestApp({ db: app.db, protection: { introspection: false } });
    try {
      const result = await closed.execute(`{ __schema { queryType { name } } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe(LimitCode.INTROSPECTION_DISABLED);
      const typo = await closed.execute(`{ postings { nodes { titel } } }`);
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
      expect((await closed.execute(`{ __typename benefits { totalCount } }`)).errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});

describe("errors carry the request id", () => {
  it.each([
    ["a parse error", `{ postings {`],
    ["a validation error", `{ nope }`],
    ["a resolver error", `{ employer(slug: "nobody") { name } }`],
    ["a limit", `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: benefits(first: 1) { totalCount }`).join(" ")} }`],
  ])("%s", async (_name, query) => {
    const id = `req-${randomUUID()}`;
    const result = await app.execute(query, undefined, { "x-request-id": id });
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) expect(error.extensions?.requestId).toBe(id);
  });
});

describe("requests that are not GraphQL requests", () => {
  // GraphQL over HTTP: a body that is not JSON, or not a request object, SHOULD get 400 whatever
  // media type the client accepts; errors in the document itself keep 200 for application/json.
  const post = (body: string, accept: string) =>
    app.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", accept }, body });

  it.each(["application/json", "application/graphql-response+json", "*/*"])("get HTTP 400 when the client accepts %s", async (accept) => {
    for (const body of ['{"query": "{ __typ', '"a string"', "[1, 2", '{"qeury": "{ __typename }"}']) {
      const response = await post(body, accept);
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code, body).toBe("BAD_REQUEST");
    }
  });

  it("while a document that does not parse keeps 200 for application/json clients", async () => {
    const response = await post('{"query": "{ postings { "}', "application/json");
    expect(response.status).toBe(200);
    expect(((await response.json()) as GraphQLResponse).errors?.[0]?.message).toMatch(/Syntax Error/);
  });
});

describe("errors never carry the original error", () => {
  it("a malformed JSON body: BAD_REQUEST, without the parser's message", async () => {
    const response = await app.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: '{"query": "{ __typ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions).toEqual({ code: "BAD_REQUEST", requestId: response.headers.get("x-request-id") });
  });
});

describe("persisted documents (APQ), by default", () => {
  const post = (target: TestApp, body: unknown) =>
    target.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify(body),
    });

  it("runs the SDK's operations by hash in one round trip", async () => {
    const [hash, document] = [...sdkManifest].find(([, text]) => text.includes("query ListBenefits"))!;
    const result = (await (
      await post(app, { operationName: "ListBenefits", variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })
    ).json()) as GraphQLResponse;
    expect(result.errors).toBeUndefined();
    expect(document).toContain("ListBenefits");
  });

  it("asks for an unknown document once, then runs it by hash", async () => {
    const query = `{ benefits(first: 2) { totalCount } } # ${randomUUID()}`;
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    const first = (await (await post(app, { extensions: { persistedQuery } })).json()) as GraphQLResponse;
    expect(first.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = (await (await post(app, { query, extensions: { persistedQuery } })).json()) as GraphQLResponse;
    expect(registered.data).toEqual({ benefits: { totalCount: 0 } });
    const again = (await (await post(app, { extensions: { persistedQuery } })).json()) as GraphQLResponse;
    expect(again.data).toEqual({ benefits: { totalCount: 0 } });
    const lying = (await (await post(app, { query: `{ __typename }`, extensions: { persistedQuery } })).json()) as GraphQLResponse;
    expect(lying.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_MISMATCH");
  });
});

describe("trusted-documents mode", () => {
  let trusted: TestApp;
  const own = `query OurBoard { postings(first: 3) { totalCount } }`;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "jobgraph-trusted-"));
    const file = path.join(dir, "allow-list.json");
    await writeFile(file, JSON.stringify({ [sha256(own)]: own }));
    trusted = await createTestApp({ db: app.db, protection: { trustedDocuments: { file } } });
  });
  afterAll(() => trusted?.close());
  const send = async (body: unknown) =>
    (await (
      await trusted.fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify(body),
      })
    ).json()) as GraphQLResponse;

  it("runs the SDK's documents and the allow-list's, by hash", async () => {
    const [hash] = [...sdkManifest].find(([, text]) => text.includes("query ListBenefits"))!;
    expect((await send({ operationName: "ListBenefits", extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).errors).toBeUndefined();
    const result = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(own) } } });
    expect(result.data).toEqual({ postings: { totalCount: 3 } });
  });

  it("refuses a document sent as text, and a hash it does not know", async () => {
    const text = await send({ query: own });
    expect(text.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_ONLY");
    const unknown = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256("{ __typename }") } } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
    expect(unknown.errors?.[0]?.extensions?.requestId).toBeTruthy();
  });
});

describe("rate limits by cost", () => {
  const limits = { anonymous: { bucket: 30, restoreRate: 1 }, apiKey: { bucket: 60, restoreRate: 1 } };
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ db: app.db, protection: { rateLimit: limits, trustProxy: true } });
  });
  afterAll(() => limited?.close());
  const page = `{ postings(first: 10) { nodes { title } } }`; // 2 + 10 × 1 = 12

  it("take each operation's cost from the client's allowance, then refuse with 429, THROTTLED and Retry-After", async () => {
    const ip = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 200)}` };
    const first = await limited.execute(page, undefined, ip);
    expect(first.extensions?.cost).toEqual({
      requestedQueryCost: 12,
      throttleStatus: { maximumAvailable: 30, currentlyAvailable: 18, restoreRate: 1 },
    });
    expect((await limited.execute(page, undefined, ip)).extensions?.cost).toMatchObject({ throttleStatus: { currentlyAvailable: 6 } });
    const response = await limited.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...ip },
      body: JSON.stringify({ query: page }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
    const body = (await response.json()) as GraphQLResponse;
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: LimitCode.THROTTLED, retryAfter });
    // The refused operation cost nothing: what is left still pays for a cheaper one.
    expect(body.extensions?.cost).toMatchObject({ throttleStatus: { currentlyAvailable: 6 } });
    expect((await limited.execute(`{ benefits(first: 1) { totalCount } }`, undefined, ip)).errors).toBeUndefined();
  });

  it("keep each client's allowance apart: another address, and an API key", async () => {
    const ip = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200)}` };
    for (let i = 0; i < 2; i++) await limited.execute(page, undefined, ip);
    expect((await limited.execute(page, undefined, ip)).errors?.[0]?.extensions?.code).toBe(LimitCode.THROTTLED);
    expect((await limited.execute(page, undefined, { "x-forwarded-for": "192.0.2.1" })).errors).toBeUndefined();
    const { headers } = await adminKey(app.db.prisma);
    const keyed = await limited.execute(page, undefined, { ...headers, ...ip });
    expect(keyed.errors).toBeUndefined();
    expect(keyed.extensions?.cost).toMatchObject({ throttleStatus: { maximumAvailable: 60, currentlyAvailable: 48 } });
  });

  it("charge a document that fails parsing or validation by its size, and refuse a client so spent before parsing", async () => {
    const ip = { "x-forwarded-for": `192.0.2.${100 + Math.floor(Math.random() * 100)}` };
    // Validation fails (an unknown field): 5,000 characters cost 5 points.
    const invalid = await limited.execute("{ nope }".padEnd(5000, " "), undefined, ip);
    expect(invalid.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(invalid.extensions?.cost).toEqual({
      requestedQueryCost: 5,
      throttleStatus: { maximumAvailable: 30, currentlyAvailable: 25, restoreRate: 1 },
    });
    // Parsing fails: 2,001 characters cost 3 points.
    const unparsable = await limited.execute("{ postings {".padEnd(2001, " "), undefined, ip);
    expect(unparsable.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(unparsable.extensions?.cost).toMatchObject({ requestedQueryCost: 3, throttleStatus: { currentlyAvailable: 22 } });
    // 300 copies of a field and an unknown one, 30,000 characters: more than is left, charged anyway...
    const copies = await limited.execute(`{ ${"benefits(first: 1) { totalCount } ".repeat(300)} nope }`.padEnd(30_000, " "), undefined, ip);
    expect(copies.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(copies.extensions?.cost).toMatchObject({ throttleStatus: { currentlyAvailable: 0 } });
    // ...and then the client's next document is refused before it is parsed, with Retry-After.
    const response = await limited.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...ip },
      body: JSON.stringify({ query: "{ nope }" }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(((await response.json()) as GraphQLResponse).errors?.[0]?.extensions?.code).toBe(LimitCode.THROTTLED);
    // An API key from the same address has its own allowance.
    const { headers } = await adminKey(app.db.prisma);
    expect((await limited.execute(page, undefined, { ...headers, ...ip })).errors).toBeUndefined();
  });

  it("ignore X-Forwarded-For unless TRUST_PROXY says so", async () => {
    const untrusting = await createTestApp({ db: app.db, protection: { rateLimit: limits, trustProxy: false } });
    try {
      for (let i = 0; i < 2; i++) await untrusting.execute(page, undefined, { "x-forwarded-for": `10.0.0.${i}` });
      // Different forwarded addresses, one client: the third is refused.
      const third = await untrusting.execute(page, undefined, { "x-forwarded-for": "10.0.0.9" });
      expect(third.errors?.[0]?.extensions?.code).toBe(LimitCode.THROTTLED);
    } finally {
      await untrusting.close();
    }
  });

  it("charge a response served from the response cache 1 point, with the caller's own throttle status", async () => {
    const cached = await createTestApp({ db: app.db, responseCacheTtlMs: 60_000, protection: { rateLimit: limits, trustProxy: true } });
    try {
      const first = await cached.execute(page, undefined, { "x-forwarded-for": "192.0.2.50" });
      expect(first.extensions?.cost).toMatchObject({ requestedQueryCost: 12, throttleStatus: { currentlyAvailable: 18 } });
      const hit = await cached.execute(page, undefined, { "x-forwarded-for": "192.0.2.50" });
      expect(hit.data).toEqual(first.data);
      expect(hit.extensions?.cost).toEqual({
        requestedQueryCost: 12,
        actualQueryCost: 1,
        throttleStatus: { maximumAvailable: 30, currentlyAvailable: 17, restoreRate: 1 },
      });
      // Another client's hit is charged to that client.
      const other = await cached.execute(page, undefined, { "x-forwarded-for": "192.0.2.51" });
      expect(other.extensions?.cost).toMatchObject({ actualQueryCost: 1, throttleStatus: { currentlyAvailable: 29 } });
    } finally {
      await cached.close();
    }
  });

  it("are shared through Redis by every API instance", async (ctx) => {
    if (skipWithoutRedis) ctx.skip(REDIS_SKIP_NOTE);
    const redisUrl = TEST_REDIS_URL;
    const one = await createTestApp({ db: app.db, protection: { rateLimit: limits, trustProxy: true, redisUrl } });
    const two = await createTestApp({ db: app.db, protection: { rateLimit: limits, trustProxy: true, redisUrl } });
    try {
      expect(await one.yoga.protectionReady()).toBe(true);
      expect(await two.yoga.protectionReady()).toBe(true);
      const ip = { "x-forwarded-for": `2001:db8::${randomUUID().slice(0, 4)}` };
      expect((await one.execute(page, undefined, ip)).extensions?.cost).toMatchObject({ throttleStatus: { currentlyAvailable: 18 } });
      expect((await two.execute(page, undefined, ip)).extensions?.cost).toMatchObject({ throttleStatus: { currentlyAvailable: 6 } });
      expect((await one.execute(page, undefined, ip)).errors?.[0]?.extensions?.code).toBe(LimitCode.THROTTLED);
    } finally {
      await one.close();
      await two.close();
    }
  });
});
