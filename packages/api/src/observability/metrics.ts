// Prometheus metrics at /metrics: GraphQL requests and their latency per operation, errors by
// phase and code, HTTP latency (The Guild's Prometheus plugin), the PostgreSQL pools, live
// subscriptions, and Node's process metrics (prom-client). One registry per server, so tests can
// run several in a process.
//
// Every label comes from a bounded set, since each distinct value is a series held for the life of
// the process: operation names are the SDK's, then the first METRICS_OPERATION_NAMES others seen,
// then `other` (clients choose operation names); the URL is a known path without its query string,
// else `other`.
import { timingSafeEqual } from "node:crypto";
import { createCounter, createHistogram, usePrometheus } from "@graphql-yoga/plugin-prometheus";
import { Kind, parse } from "graphql";
import type { Plugin } from "graphql-yoga";
import type pg from "pg";
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import { FEED_PATH } from "../interchange/feed.js";
import type { LiveEvents, PostingEventKind } from "../live/events.js";
import { sdkManifest } from "../protection/persisted.js";

export interface MetricsOptions {
  /** The database's connection pools (Database.pools); none on PGlite. */
  pools?: ReadonlyArray<{ name: string; pool: pg.Pool }>;
  events?: LiveEvents;
  /** Serve the metrics at /metrics of this server (default); false when they are served on their own port (METRICS_PORT). */
  endpoint?: boolean;
  /** Require `Authorization: Bearer <token>` at /metrics (METRICS_TOKEN). */
  token?: string;
  /** Operation names outside the SDK's that get a label value of their own (METRICS_OPERATION_NAMES). */
  otherOperationNames?: number;
}

export const METRICS_PATH = "/metrics";

export const OTHER = "other";

/** The paths the `url` label may name; any other is `other`. */
const KNOWN_PATHS = new Set(["/graphql", FEED_PATH, METRICS_PATH]);
export const pathLabel = (url: string): string => {
  const path = URL.canParse(url) ? new URL(url).pathname : url.split("?")[0];
  return path !== undefined && KNOWN_PATHS.has(path) ? path : OTHER;
};

/** The names of the SDK's operations. */
function sdkOperationNames(): string[] {
  return [...sdkManifest().values()].flatMap((text) =>
    parse(text).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
    ),
  );
}

/**
 * Operation names as label values, from a bounded set: the SDK's operations; the first `maxOthers`
 * other names seen (kept for the life of the process, as their series are); then `other`.
 */
export function operationNameLabels(maxOthers: number, known: Iterable<string> = sdkOperationNames()) {
  const names = new Set(known);
  const others = new Set<string>();
  return (name: string | null | undefined): string => {
    if (!name) return "Anonymous";
    if (names.has(name) || others.has(name)) return name;
    if (others.size < maxOthers && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name)) {
      others.add(name);
      return name;
    }
    return OTHER;
  };
}

const PHASES = ["parse", "validate", "context", "execute", "subscribe"] as const;

export function createMetrics({ pools = [], events, endpoint = true, token, otherOperationNames = 10 }: MetricsOptions = {}): {
  registry: Registry;
  plugin: Plugin;
} {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  new Gauge({
    name: "jobgraph_db_pool_connections",
    help: "PostgreSQL pool connections by pool and state: total (open), idle, and waiting (requests queued for a connection).",
    labelNames: ["pool", "state"],
    registers: [registry],
    collect() {
      for (const { name, pool } of pools) {
        this.set({ pool: name, state: "total" }, pool.totalCount);
        this.set({ pool: name, state: "idle" }, pool.idleCount);
        this.set({ pool: name, state: "waiting" }, pool.waitingCount);
      }
    },
  });

  new Gauge({
    name: "jobgraph_subscriptions_active",
    help: "Live subscriptions open on this process, by event kind.",
    labelNames: ["kind"],
    registers: [registry],
    collect() {
      if (!events) return;
      for (const kind of ["published", "closed", "updated"] satisfies PostingEventKind[]) this.set({ kind }, events.listening(kind));
    },
  });

  const operationName = operationNameLabels(otherOperationNames);
  type Params = { operationName?: string; operationType?: string };
  const operation = (params: Params) => ({ operationName: operationName(params.operationName), operationType: params.operationType ?? "unknown" });
  const histogram = <Phase extends (typeof PHASES)[number]>(name: string, help: string, phases: [Phase, ...Phase[]]) =>
    createHistogram({ registry, histogram: { name, help, labelNames: ["operationType", "operationName"] }, phases, fillLabelsFn: operation });

  const prometheus = usePrometheus({
    registry,
    // Served below, where the token is checked.
    endpoint: false,
    metrics: {
      graphql_envelop_request: createCounter({
        registry,
        counter: {
          name: "graphql_envelop_request",
          help: "GraphQL operations executed, by operation.",
          labelNames: ["operationType", "operationName"],
        },
        phases: ["execute", "subscribe"],
        fillLabelsFn: operation,
      }),
      graphql_envelop_request_duration: histogram(
        "graphql_envelop_request_duration",
        "Time spent on running the GraphQL operation from parse to execute",
        ["execute", "subscribe"],
      ),
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: histogram("graphql_envelop_phase_parse", 'Time spent on running GraphQL "parse" function', ["parse"]),
      graphql_envelop_phase_validate: histogram("graphql_envelop_phase_validate", 'Time spent on running GraphQL "validate" function', ["validate"]),
      graphql_envelop_phase_context: histogram("graphql_envelop_phase_context", "Time spent on building the GraphQL context", ["context"]),
      graphql_envelop_phase_execute: histogram("graphql_envelop_phase_execute", 'Time spent on running the GraphQL "execute" function', ["execute"]),
      graphql_envelop_phase_subscribe: histogram("graphql_envelop_phase_subscribe", 'Time spent on running the GraphQL "subscribe" function', [
        "subscribe",
      ]),
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: "graphql_yoga_http_duration",
          help: "Time spent on HTTP connection",
          labelNames: ["operationName", "operationType", "method", "statusCode", "url"],
        },
        phases: ["request"],
        fillLabelsFn: (params: Params, { request, response }: { request: Request; response: Response }) => ({
          ...operation(params),
          method: ["GET", "POST", "HEAD", "OPTIONS"].includes(request.method) ? request.method : OTHER,
          statusCode: response.status,
          url: pathLabel(request.url),
        }),
      }),
      // Errors by the code clients see (extensions.code), not by path: bounded label values.
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: "graphql_envelop_error_result",
          help: "GraphQL errors in responses, by operation, phase and error code.",
          labelNames: ["operationType", "operationName", "phase", "code"],
        },
        phases: [...PHASES],
        fillLabelsFn: (params) => {
          const error = params.error as { extensions?: { code?: unknown } } | undefined;
          return {
            operationType: (params as Params).operationType ?? "unknown",
            operationName: operationName((params as Params).operationName),
            phase: params.errorPhase ?? "unknown",
            code: typeof error?.extensions?.code === "string" ? error.extensions.code : "UNKNOWN",
          };
        },
      }),
    },
  });
  const plugin: Plugin = {
    onPluginInit({ addPlugin }) {
      addPlugin(prometheus);
      if (endpoint)
        addPlugin({
          onRequest: ({ request, url, endResponse }) =>
            url.pathname === METRICS_PATH ? serveMetrics(registry, token, request.headers.get("authorization")).then(endResponse) : undefined,
        });
    },
  };
  return { registry, plugin };
}

/** The metrics in Prometheus' text format; 401 without the bearer token when one is set. */
export async function serveMetrics(registry: Registry, token: string | undefined, authorization: string | null): Promise<Response> {
  if (token !== undefined && !bearerMatches(authorization, token)) {
    return new Response("Unauthorized\n", { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } });
  }
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType } });
}

function bearerMatches(authorization: string | null, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(authorization ?? "")?.[1] ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
