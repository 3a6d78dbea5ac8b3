// Prometheus metrics and OpenTelemetry spans, from real requests through the server.
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobgraphYoga } from "../../src/http/yoga.js";
import { logger } from "../../src/observability/logger.js";
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
    const traced = createJobgraphYoga({ prisma: db.prisma, logger, metrics: false, tracerProvider: provider });
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
