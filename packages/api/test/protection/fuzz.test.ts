// Hostile input: thousands of generated and mutated GraphQL requests over real HTTP against the
// real server (production settings: masked errors, introspection off, every limit on) on an
// embedded PostgreSQL (PGlite) database. Whatever arrives, the server answers: no crash, no 5xx,
// no stack trace or SQL in any response, and memory that does not run away.
//
// fast-check drives the generation (a fixed seed, printed, so a failure can be replayed with
// FUZZ_SEED=<seed>); FUZZ_RUNS scales the number of requests per kind.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import v8 from "node:v8";
import vm from "node:vm";
import fc from "fast-check";
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { schema } from "../../src/graphql/schema.js";
import { createJobgraphYoga, EXAMPLE_QUERY, type JobgraphYoga } from "../../src/http/yoga.js";
import { logger } from "../../src/observability/logger.js";
import { sdkManifest } from "../../src/protection/persisted.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { createEmployer, createPosting } from "../support/factories.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 450);
const CONCURRENCY = 8;

// A full garbage collection before each measurement, so that what is compared is what is retained.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

/** What must never appear in a response: stack frames, SQL, driver and file-system details. */
const LEAKS: [string, RegExp][] = [
  ["a stack frame", /\bat [\w$.<>]+ \(|\bat (file:|node:|\/)[^\s]*:\d+:\d+/],
  ["SQL", /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM)\b[\s\S]{0,200}\b(FROM|WHERE|VALUES|SET)\b/],
  ["a PostgreSQL error", /syntax error at or near|relation "|violates (unique|foreign key|check) constraint|invalid input syntax for/i],
  ["Prisma", /prisma|PrismaClient|Invalid `.*` invocation/i],
  ["a file path", /node_modules|\/src\/|\.ts:\d+/],
];

let db: TestDatabase;
let yoga: JobgraphYoga;
let server: Server;
let endpoint: string;
const statuses = new Map<number, number>();

beforeAll(async () => {
  db = await createTestDatabase();
  const employer = await createEmployer(db.prisma, { slug: "acme" });
  for (let i = 0; i < 5; i++) await createPosting(db.prisma, employer.id, { places: [{ name: "London" }] });
  // Production settings (the response cache on), rate limiting off (it would answer most of the traffic with 429s).
  // The fuzzer's CONCURRENCY requests come from one address: all of them run (none refused for concurrency).
  const config = loadConfig({
    NODE_ENV: "production",
    RATE_LIMIT: "false",
    EXECUTION_TIMEOUT_MS: "5000",
    MAX_CONCURRENT_REQUESTS_PER_CLIENT: String(CONCURRENCY),
  });
  yoga = createJobgraphYoga({
    prisma: db.prisma,
    logger,
    graphiql: false,
    responseCacheTtlMs: config.responseCacheTtlMs,
    protection: config.protection,
  });
  server = createServer((req, res) => void yoga.handle(req, res));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await yoga?.closeProtection();
  await db?.close();
});

interface RawRequest {
  method?: "GET" | "POST";
  contentType?: string;
  body?: string | Uint8Array;
  search?: string;
  headers?: Record<string, string>;
}

/** Sends one request and checks the answer; returns its status. */
async function send(request: RawRequest): Promise<number> {
  const t0 = performance.now();
  const url = request.search === undefined ? endpoint : `${endpoint}?${request.search}`;
  const response = await fetch(url, {
    method: request.method ?? "POST",
    headers: {
      ...(request.contentType === undefined
        ? { "content-type": "application/json" }
        : request.contentType
          ? { "content-type": request.contentType }
          : {}),
      accept: "application/graphql-response+json, application/json",
      "x-graphql-yoga-csrf": "1",
      ...request.headers,
    },
    body: request.method === "GET" ? undefined : (request.body as BodyInit),
  });
  const text = await response.text();
  if (process.env.FUZZ_SLOW && performance.now() - t0 > 300)
    console.info(`slow ${Math.round(performance.now() - t0)} ms: ${String(request.body ?? request.search).slice(0, 200)}`);
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const context = () => `HTTP ${response.status} for ${String(request.body ?? request.search).slice(0, 300)}\n→ ${text.slice(0, 600)}`;
  expect(response.status, context()).toBeLessThan(500);
  for (const [what, pattern] of LEAKS) expect(pattern.test(text), `${what} leaked: ${context()}`).toBe(false);
  if (text) {
    // Every answer is JSON with errors or data; every error has a code and the request id.
    const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    for (const error of body.errors ?? []) {
      expect(error.extensions?.code, context()).toBeTruthy();
      expect(error.extensions?.requestId, context()).toBe(response.headers.get("x-request-id"));
      expect(error.extensions, context()).not.toHaveProperty("originalError");
    }
  }
  return response.status;
}

async function sendAll(requests: RawRequest[]): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) await send(requests[next++]!);
    }),
  );
}

// --- Generators -----------------------------------------------------------------------------

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    '\'; DROP TABLE "Posting"; --',
    "%00",
    "\u0000",
    "\ud800",
    "$" + "{jndi:ldap://x}",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "🙂".repeat(50),
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "x".repeat(n)),
);
const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("HYBRID", "DESC", "GBP", "RELEVANCE", "MILES"),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileScalar,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** A GraphQL literal for a JS value: sometimes of the right type, mostly not. */
function literal(value: unknown, asEnum = false): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return asEnum && /^[_A-Za-z]\w*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, asEnum)).join(", ")}]`;
  return `{ ${Object.entries(value as Record<string, unknown>)
    .filter(([key]) => /^[_A-Za-z]\w*$/.test(key))
    .map(([key, item]) => `${key}: ${literal(item, asEnum)}`)
    .join(", ")} }`;
}

/** A value for an argument of `type`: well-typed half the time, hostile otherwise. */
function argumentValue(type: GraphQLInputType, random: () => number, hostile: unknown): string {
  if (random() < 0.5) return literal(hostile, random() < 0.5);
  if (isNonNullType(type)) return argumentValue(type.ofType, random, hostile);
  if (isListType(type)) return `[${argumentValue(type.ofType, random, hostile)}]`;
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const values = named.getValues();
    return values[Math.floor(random() * values.length)]!.name;
  }
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter(() => random() < 0.4);
    return `{ ${fields.map((field) => `${field.name}: ${argumentValue(field.type, random, hostile)}`).join(", ")} }`;
  }
  if (isScalarType(named)) {
    if (named.name === "Int") return String(Math.floor(random() * 300) - 50);
    if (named.name === "Float") return String(random() * 1e6 - 1e3);
    if (named.name === "Boolean") return random() < 0.5 ? "true" : "false";
  }
  return JSON.stringify(typeof hostile === "string" ? hostile.slice(0, 200) : "x");
}

/** A selection on `type`, schema-aware (real fields, real arguments with hostile values), random depth and aliases. */
function selection(type: GraphQLNamedType, depth: number, random: () => number, hostile: () => unknown): string {
  if (!isObjectType(type)) return "__typename";
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const count = 1 + Math.floor(random() * (depth > 3 ? 2 : 4));
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = fields[Math.floor(random() * fields.length)]!;
    const alias = random() < 0.2 ? `a${Math.floor(random() * 1e6)}: ` : "";
    const args = field.args.filter(() => random() < 0.5).map((arg) => `${arg.name}: ${argumentValue(arg.type, random, hostile())}`);
    const named = getNamedType(field.type);
    const inner = isObjectType(named) ? (depth < 14 ? ` { ${selection(named, depth + 1, random, hostile)} }` : " { __typename }") : "";
    parts.push(`${alias}${field.name}${args.length ? `(${args.join(", ")})` : ""}${inner}`);
  }
  return parts.join(" ");
}

const seeded = (seed: number) => {
  // mulberry32: a tiny deterministic PRNG for the schema walk; fast-check supplies the seeds.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const schemaDocument = fc.tuple(fc.integer(), fc.array(hostileValue, { minLength: 1, maxLength: 20 })).map(([seed, pool]) => {
  const random = seeded(seed);
  const hostile = () => pool[Math.floor(random() * pool.length)];
  const root = random() < 0.85 ? schema.getQueryType()! : schema.getMutationType()!;
  return `${root === schema.getQueryType() ? "query" : "mutation"} Fuzz { ${selection(root, 0, random, hostile)} }`;
});

const known = [...sdkManifest().values(), EXAMPLE_QUERY, `{ postings(first: 3) { totalCount nodes { title employer { name } } } }`];

/** A real document, mutated: characters inserted, deleted, replaced, cut, repeated. */
const mutatedDocument = fc
  .tuple(
    fc.constantFrom(...known),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.string({ unit: "binary", maxLength: 8 })), { minLength: 1, maxLength: 6 }),
  )
  .map(([document, edits]) => {
    let text = document;
    for (const [at, op, chunk] of edits) {
      const i = at % (text.length + 1);
      if (op === 0) text = text.slice(0, i) + chunk + text.slice(i);
      else if (op === 1) text = text.slice(0, i) + text.slice(i + chunk.length + 1);
      else if (op === 2) text = text.slice(0, i) + "{".repeat(chunk.length + 1) + text.slice(i);
      else if (op === 3) text = text.slice(0, i);
      else if (op === 4) text = text.slice(0, i) + text.slice(i).replace(/\w+/, chunk || "x");
      else text = text + text.slice(0, i);
    }
    return text;
  });

const deep = fc
  .integer({ min: 10, max: 3000 })
  .map((n) => `{ ${"employers { nodes { ".repeat(Math.min(n, 400))}name${" } }".repeat(Math.min(n, 400))} }`);
const braces = fc.integer({ min: 100, max: 50_000 }).map((n) => `{${"{".repeat(n)}${"}".repeat(n)}}`);
const manyAliases = fc
  .integer({ min: 31, max: 5000 })
  .map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: postings(first: 100) { totalCount }`).join(" ")} }`);
const circularFragments = fc
  .integer({ min: 1, max: 20 })
  .map(
    (n) =>
      `{ employers { nodes { ...F0 } } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Employer { name postings { nodes { employer { ...F${(i + 1) % n} } } } }`).join(" ")}`,
  );
const fragmentBomb = fc
  .integer({ min: 5, max: 30 })
  .map(
    (n) =>
      `{ benefits { nodes { ...F0 } } } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Benefit { key ...F${i + 1} ...F${i + 1} }`).join(" ")} fragment F${n} on Benefit { name }`,
  );
const manyDirectives = fc.integer({ min: 51, max: 3000 }).map((n) => `{ benefits { totalCount ${"@include(if: true) ".repeat(n)} } }`);
const giantString = fc.integer({ min: 10_000, max: 900_000 }).map((n) => `{ employer(slug: "${"a".repeat(n)}") { name } }`);

const documents = fc.oneof(
  { arbitrary: schemaDocument, weight: 6 },
  { arbitrary: mutatedDocument, weight: 5 },
  { arbitrary: deep, weight: 1 },
  { arbitrary: braces, weight: 1 },
  { arbitrary: manyAliases, weight: 1 },
  { arbitrary: circularFragments, weight: 1 },
  { arbitrary: fragmentBomb, weight: 1 },
  { arbitrary: manyDirectives, weight: 1 },
  { arbitrary: giantString, weight: 1 },
);

/** Variables for the SDK's operations, of every wrong type. */
const withVariables = fc
  .tuple(
    fc.constantFrom(...sdkManifest().values()),
    fc.dictionary(
      fc.constantFrom(
        "id",
        "first",
        "after",
        "filter",
        "orderBy",
        "input",
        "key",
        "slug",
        "last",
        "expectedVersion",
        "benefits",
        "employerSlug",
        "reference",
      ),
      hostileValue,
    ),
  )
  .map(([query, variables]) => JSON.stringify({ query, variables }));

/** Bodies that are not a GraphQL request at all. */
const badBodies: fc.Arbitrary<RawRequest> = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((bytes) => ({ body: bytes })),
  fc
    .constantFrom(
      new Uint8Array([0xff, 0xfe, 0xfd]),
      new Uint8Array([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), // {"q":"\xc3(" }
      Buffer.from(`{"query":"{ benefits { totalCount } }\xff\xfe"}`, "latin1"),
    )
    .map((bytes) => ({ body: bytes })),
  fc.string({ maxLength: 300 }).map((text) => ({ body: text })),
  fc.json().map((json) => ({ body: json })),
  fc
    .constantFrom(
      '{"query":',
      "[]",
      "null",
      "1",
      '"{ benefits { totalCount } }"',
      '{"query":1}',
      '{"query":"{ __typename }","variables":"x"}',
      '{"query":"{ __typename }","extensions":[]}',
      '{"query":"{ __typename }","operationName":{}}',
      '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"zz"}}}',
      '{"extensions":{"persistedQuery":{"version":2}}}',
      "{".repeat(10_000),
      `[${'{"query":"{ __typename }"},'.repeat(500)}{}]`,
    )
    .map((body) => ({ body })),
  fc
    .tuple(
      fc.constantFrom(
        "text/plain",
        "application/xml",
        "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded",
        "",
        "application/json; charset=latin1",
        "application/graphql",
      ),
      fc.string({ maxLength: 200 }),
    )
    .map(([contentType, body]) => ({
      contentType,
      body,
    })),
  fc.string({ maxLength: 300 }).map((search) => ({ method: "GET" as const, search: `query=${encodeURIComponent(search)}` })),
  fc.string({ unit: "binary", maxLength: 100 }).map((search) => ({ method: "GET" as const, search })),
  fc
    .integer({ min: 1_000_001, max: 3_000_000 })
    .map((n) => ({ body: JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(n) } }) })),
);

const sample = <T>(arbitrary: fc.Arbitrary<T>, numRuns: number, offset: number) => fc.sample(arbitrary, { numRuns, seed: SEED + offset });

describe("hostile input", () => {
  it("never crashes the server, answers 5xx, or leaks a stack trace or SQL; memory stays bounded", async () => {
    // Warm up first, so that what the first requests load (parsers, caches) is not counted as growth.
    await sendAll(sample(documents, 50, 99).map((query) => ({ body: JSON.stringify({ query }) })));
    collectGarbage();
    const before = process.memoryUsage();

    // Documents, the SDK's operations with hostile variables, malformed bodies.
    await sendAll(sample(documents, RUNS * 2, 0).map((query) => ({ body: JSON.stringify({ query }) })));
    await sendAll(sample(withVariables, RUNS, 1).map((body) => ({ body })));
    await sendAll(sample(badBodies, RUNS, 2));
    // The same documents as persisted-query registrations and lookups.
    await sendAll(
      sample(fc.tuple(documents, fc.string({ maxLength: 70 })), RUNS / 4, 3).map(([query, hash]) => ({
        body: JSON.stringify({ query: hash.length % 2 ? query : undefined, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      })),
    );

    // Still serving, and correctly.
    const check = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ employer(slug: "acme") { name postings { totalCount } } }` }),
    });
    expect(await check.json()).toMatchObject({ data: { employer: { postings: { totalCount: 5 } } } });

    collectGarbage();
    const after = process.memoryUsage();
    // Generous bounds, after a full collection: the caches (responses, registered documents) may
    // fill; a leak per request would not fit.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(200 * 1024 * 1024);
    expect(after.rss - before.rss).toBeLessThan(600 * 1024 * 1024);
  }, 240_000);
});
