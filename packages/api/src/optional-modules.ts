// Modules only some deployments use — Redis (REDIS_URL) and the OpenTelemetry SDK
// (OTEL_EXPORTER_OTLP_ENDPOINT) — are loaded when first needed rather than at start: a server
// without them holds about 30 MB less at rest (issue 13). ioredis and the Redis event target are
// required synchronously (they are CommonJS and their users are constructors); the tracing
// modules are imported where an await is at hand.
import { createRequire } from "node:module";

export const requireWhenNeeded = createRequire(import.meta.url);

/** ioredis' client class, loaded on first use. */
export const redisClass = (): typeof import("ioredis").Redis => (requireWhenNeeded("ioredis") as typeof import("ioredis")).Redis;
