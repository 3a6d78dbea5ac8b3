// Prometheus metrics and OpenTelemetry spans, from real requests through the server.
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobgraphYoga } from "../../src/http/yoga.js";
import { logger } from "../../src/observability/logger.js";
import { serveMetrics } from "../../src/observability/metrics.js";
import { tracingPlugin } from "../../src/observability/tracing.js";
import { CSRF_HEADER } from "../../src/protection/csrf.js";
import { createTestDatabase, type TestDatabase, testEngine } from "../support/database.js";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

const post = (yoga: ReturnType<typeof createJobgraphYoga>, query: string, operationName?: string) =>
  yoga.fetch("http://jobgraph.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, operationName }),
  });

describe("Prometheus metrics", () => {
  it("count requests and latency per operation, errors by code, the database pool and the process", async () => {
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger, metrics: { pools: db.pools } });
    expect(await (await post(yoga, "query Count { postings { totalCount } }", "Count")).json()).toMatchObject({
      data: { postings: { totalCount: 0 } },
    });
    const refused = await (await post(yoga, "query TooMany { employers(first: 1000) { totalCount } }", "TooMany")).json();
    expect(refused.errors[0].extensions.code).toBe("BAD_USER_INPUT");

    const response = await yoga.fetch("http://jobgraph.test/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/^graphql_envelop_request_duration_count\{operationName="Count",operationType="query"\} 1$/m);
    expect(text).toMatch(/^graphql_envelop_request\{operationName="Count",operationType="query"\} 1$/m);
    expect(text).toMatch(/^graphql_envelop_error_result\{operationType="query",operationName="TooMany",phase="execute",code="BAD_USER_INPUT"\} 1$/m);
    expect(text).toMatch(/^graphql_yoga_http_duration_count\{.*statusCode="200".*\} \d+$/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^jobgraph_subscriptions_active\{kind="published"\} 0$/m);
    if (testEngine === "postgres") {
      // The pool opened at least one connection for the queries above; none is waiting now.
      expect(Number(/^jobgraph_db_pool_connections\{pool="primary",state="total"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
      expect(text).toMatch(/^jobgraph_db_pool_connections\{pool="primary",state="waiting"\} 0$/m);
    } else {
      expect(text).not.toContain("jobgraph_db_pool_connections{");
    }
  });

  it("keep every label bounded: distinct query strings and operation names add no series past a fixed set", async () => {
    const NAMES = 10;
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger, metrics: { pools: db.pools, otherOperationNames: NAMES } });
    const series = async () =>
      (await (await yoga.fetch("http://jobgraph.test/metrics")).text()).split("\n").filter((line) => /^(graphql_|jobgraph_)/.test(line));
    const before = (await series()).join("\n").length;
    // Each request a new operation name and a new query string, as a scraper or an attacker sends.
    const burst = async (from: number) => {
      for (let i = from; i < from + 250; i++) {
        const query = encodeURIComponent(`query Op${i} { postings(first: 1) { totalCount } }`);
        const response = await yoga.fetch(`http://jobgraph.test/graphql?query=${query}&operationName=Op${i}&cachebuster=${i}`, {
          headers: { [CSRF_HEADER]: "1" },
        });
        expect(response.status).toBe(200);
      }
    };
    await burst(0);
    const afterFirst = await series();
    await burst(250);
    const afterSecond = await series();
    // The first NAMES (METRICS_OPERATION_NAMES) names got their own series; every later one is `other`,
    // and the URL label is the path alone: the second 250 requests added no series at all.
    expect(afterSecond.length).toBe(afterFirst.length);
    expect(afterSecond.join("\n")).not.toMatch(/url="[^"]*\?/);
    expect(afterSecond.join("\n")).toMatch(/url="\/graphql"/);
    expect(afterSecond.join("\n")).toMatch(
      new RegExp(`^graphql_envelop_request\\{operationName="other",operationType="query"\\} ${500 - NAMES}$`, "m"),
    );
    expect(afterSecond.join("\n")).not.toContain(`operationName="Op${NAMES}"`);
    // What a scrape carries stays small: 500 names added under 100 KB (about 9 KB per named operation).
    expect(afterSecond.join("\n").length - before).toBeLessThan(100_000);
  }, 120_000);

  it("can require a bearer token (METRICS_TOKEN)", async () => {
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger, metrics: { token: "a-metrics-secret-of-length" } });
    expect((await yoga.fetch("http://jobgraph.test/metrics")).status).toBe(401);
    expect((await yoga.fetch("http://jobgraph.test/metrics", { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const allowed = await yoga.fetch("http://jobgraph.test/metrics", { headers: { authorization: "Bearer a-metrics-secret-of-length" } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it("can be served elsewhere only (METRICS_PORT): not at /metrics of the API", async () => {
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger, metrics: { endpoint: false } });
    expect((await yoga.fetch("http://jobgraph.test/metrics")).status).toBe(404);
    const served = await serveMetrics(yoga.metricsRegistry as Registry, undefined, null);
    expect(await served.text()).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it("can be switched off", async () => {
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger, metrics: false });
    const response = await yoga.fetch("http://jobgraph.test/metrics");
    expect(response.status).toBe(404);
  });
});

describe("OpenTelemetry tracing", () => {
  it("produces a span per operation when a tracer provider is given, and none otherwise", async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider();
    provider.addSpanProcessor(new SimpleSpanProcessor(exporter));
    const traced = createJobgraphYoga({ prisma: db.prisma, logger, metrics: false, tracing: await tracingPlugin(provider) });
    await post(traced, "query Traced { postings { totalCount } }", "Traced");
    const spans = exporter.getFinishedSpans();
    const operation = spans.find((span) => span.attributes["graphql.execute.operationName"] === "Traced");
    expect(operation, JSON.stringify(spans.map((span) => span.name))).toBeDefined();
    expect(operation?.attributes["graphql.execute.operationType"]).toBe("query");
    expect(operation?.attributes["graphql.execute.document"]).toContain("totalCount");

    exporter.reset();
    await post(createJobgraphYoga({ prisma: db.prisma, logger, metrics: false }), "query Untraced { postings { totalCount } }", "Untraced");
    expect(exporter.getFinishedSpans()).toEqual([]);
    await provider.shutdown();
  });
});
