// Prometheus metrics at /metrics: GraphQL requests and their latency per operation, errors by
// phase and code, HTTP latency (The Guild's Prometheus plugin), the PostgreSQL pools, live
// subscriptions, and Node's process metrics (prom-client). One registry per server, so tests can
// run several in a process.
import { createCounter, usePrometheus } from "@graphql-yoga/plugin-prometheus";
import type { Plugin } from "graphql-yoga";
import type pg from "pg";
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { LiveEvents, PostingEventKind } from "../live/events.js";

export interface MetricsOptions {
  /** The database's connection pools (Database.pools); none on PGlite. */
  pools?: ReadonlyArray<{ name: string; pool: pg.Pool }>;
  events?: LiveEvents;
}

export const METRICS_PATH = "/metrics";

const PHASES = ["parse", "validate", "context", "execute", "subscribe"] as const;

export function createMetrics({ pools = [], events }: MetricsOptions = {}): { registry: Registry; plugin: Plugin } {
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

  const plugin = usePrometheus({
    registry,
    endpoint: METRICS_PATH,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_yoga_http_duration: true,
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
            operationType: params.operationType ?? "unknown",
            operationName: params.operationName ?? "anonymous",
            phase: params.errorPhase ?? "unknown",
            code: typeof error?.extensions?.code === "string" ? error.extensions.code : "UNKNOWN",
          };
        },
      }),
    },
  });
  return { registry, plugin };
}
