import { existsSync } from "node:fs";
import { z } from "zod";

/**
 * Jobgraph's configuration, read from environment variables once at start-up and validated: a bad
 * value stops the server with a message naming the variable, rather than misbehaving later.
 * Every variable is documented in the README's "Configuration" section.
 */

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], {
    error: "must be true or false",
  })
  .transform((value) => ["true", "1", "yes", "on"].includes(value));

const positiveInt = z.coerce.number({ error: "must be a number" }).int("must be a whole number").positive("must be positive");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** A PostgreSQL server; without it, the embedded PGlite database in JOBGRAPH_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  /** Connections in the pool to DATABASE_URL. */
  DATABASE_POOL_SIZE: positiveInt.default(10),
  /** How long a request waits for a database connection (new, or free in a full pool) before failing with 503. */
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt.default(5000),
  /** How long `GET /ready` waits for the database to answer `SELECT 1` before answering 503. */
  READY_TIMEOUT_MS: positiveInt.default(1000),
  JOBGRAPH_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** Seed sample data into an empty database at start-up (default: on except in production). */
  JOBGRAPH_SEED: bool.optional(),
  /** GraphiQL in the browser at /graphql (default: on except in production). */
  GRAPHIQL: bool.optional(),
  /** Anonymous responses served from memory for this long (default: 10 s in production, off otherwise). */
  RESPONSE_CACHE_TTL_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number")
    .min(0, "must not be negative")
    .optional(),
  /** Redis for shared pub/sub and rate limits across API processes. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  /** Prepended to Redis channel (and key) names, so deployments sharing a Redis stay apart. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, "must be 1 to 64 letters, digits, or . : _ -")
    .default("jobgraph:"),
  /** Read replicas of DATABASE_URL, comma-separated: Prisma sends reads there, writes and transactions to the primary. */
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "each must be a postgres:// or postgresql:// URL")))
    .optional(),
  /** Prometheus metrics at /metrics. */
  METRICS: bool.default(true),
  /** OpenTelemetry: traces go by OTLP/HTTP to this collector when set (tracing is off without it). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ error: "must be a URL such as http://collector:4318" }).optional(),
  OTEL_SERVICE_NAME: z.string().min(1).default("jobgraph-api"),
  // Limits and protection (README "Limits and protection").
  /** Schema introspection (default: on except in production). */
  INTROSPECTION: bool.optional(),
  /** Comma-separated origins allowed by CORS, `*` for any, `none` to send no CORS headers. */
  CORS_ORIGINS: z
    .string()
    .regex(/^(\*|none|https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*)$/, "must be *, none, or comma-separated http(s):// origins")
    .default("*"),
  MAX_DEPTH: positiveInt.default(12),
  MAX_ALIASES: positiveInt.default(30),
  MAX_TOKENS: positiveInt.default(3000),
  MAX_DIRECTIVES: positiveInt.default(50),
  /** The most a single operation may cost (see the cost model). */
  MAX_COST: positiveInt.default(2000),
  MAX_BODY_BYTES: positiveInt.default(1_000_000),
  /** Subscriptions one client (API key, or address when anonymous) may hold open on one process. */
  MAX_SUBSCRIPTIONS_PER_CLIENT: positiveInt.default(20),
  EXECUTION_TIMEOUT_MS: positiveInt.default(10_000),
  RATE_LIMIT: bool.default(true),
  RATE_LIMIT_ANONYMOUS_BUCKET: positiveInt.default(2000),
  RATE_LIMIT_ANONYMOUS_RESTORE_RATE: positiveInt.default(100),
  RATE_LIMIT_KEY_BUCKET: positiveInt.default(5000),
  RATE_LIMIT_KEY_RESTORE_RATE: positiveInt.default(250),
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  TRUST_PROXY: bool.default(false),
  /** Run only persisted documents: the SDK's and those in TRUSTED_DOCUMENTS_FILE. */
  TRUSTED_DOCUMENTS: bool.default(false),
  /** A JSON file of `{ "<sha256>": "<document>" }` allowed besides the SDK's. */
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).refine(existsSync, "no such file").optional(),
});

export type Env = z.infer<typeof envSchema>;

/** The resolved configuration the server runs with. */
export interface Config {
  env: Env["NODE_ENV"];
  production: boolean;
  port: number;
  database:
    | { kind: "postgres"; url: string; poolSize: number; connectTimeoutMs: number; replicaUrls?: string[] }
    | { kind: "pglite"; dataDir: string };
  readyTimeoutMs: number;
  seedIfEmpty: boolean;
  graphiql: boolean;
  /** Response cache for anonymous reads, in ms (0: off). */
  responseCacheTtlMs: number;
  redisUrl?: string;
  /** Prefix of Redis channel and key names. */
  redisPrefix: string;
  /** Serve Prometheus metrics at /metrics. */
  metrics: boolean;
  /** OpenTelemetry tracing, when an OTLP endpoint is configured. */
  tracing?: { endpoint: string; serviceName: string };
  protection: ProtectionConfig;
}

/** Limits and protection: README "Limits and protection". */
export interface ProtectionConfig {
  introspection: boolean;
  /** Allowed origins, "*" for any, or false for no CORS headers. */
  corsOrigins: string[] | "*" | false;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  maxBodyBytes: number;
  /** Open subscriptions per client on one process. */
  maxSubscriptionsPerClient: number;
  executionTimeoutMs: number;
  /** Cost-based rate limits (null: off). */
  rateLimit: {
    anonymous: { bucket: number; restoreRate: number };
    apiKey: { bucket: number; restoreRate: number };
  } | null;
  trustProxy: boolean;
  /** Trusted-documents mode: only persisted documents run; `file` adds an allow-list to the SDK's. */
  trustedDocuments: { file?: string } | null;
  /** Error responses carry the original error's details (development only). */
  exposeErrorDetails: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates the configuration; throws a ConfigError listing every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Empty variables count as unset (a blank line in an .env file must not mean "false" or 0).
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]); // the variable, not the position inside a list
        const value = defined[name];
        return `${name}${value === undefined ? "" : `=${JSON.stringify(value)}`}: ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  if (env.DATABASE_REPLICA_URLS?.length && !env.DATABASE_URL) {
    throw new ConfigError(["DATABASE_REPLICA_URLS: needs DATABASE_URL (replicas are of a PostgreSQL primary)"]);
  }
  const production = env.NODE_ENV === "production";
  return {
    env: env.NODE_ENV,
    production,
    port: env.PORT,
    database: env.DATABASE_URL
      ? {
          kind: "postgres",
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
          ...(env.DATABASE_REPLICA_URLS?.length ? { replicaUrls: env.DATABASE_REPLICA_URLS } : {}),
        }
      : { kind: "pglite", dataDir: env.JOBGRAPH_DATA_DIR },
    readyTimeoutMs: env.READY_TIMEOUT_MS,
    // A production database starts empty unless asked: sample data is for development and demos.
    seedIfEmpty: env.JOBGRAPH_SEED ?? !production,
    graphiql: env.GRAPHIQL ?? !production,
    responseCacheTtlMs: env.RESPONSE_CACHE_TTL_MS ?? (production ? 10_000 : 0),
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    metrics: env.METRICS,
    tracing: env.OTEL_EXPORTER_OTLP_ENDPOINT ? { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT, serviceName: env.OTEL_SERVICE_NAME } : undefined,
    protection: {
      // GraphiQL needs introspection: turning GraphiQL on in production turns introspection on with it.
      introspection: env.INTROSPECTION ?? env.GRAPHIQL ?? !production,
      corsOrigins: env.CORS_ORIGINS === "*" ? "*" : env.CORS_ORIGINS === "none" ? false : env.CORS_ORIGINS.split(",").map((origin) => origin.trim()),
      maxDepth: env.MAX_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxTokens: env.MAX_TOKENS,
      maxDirectives: env.MAX_DIRECTIVES,
      maxCost: env.MAX_COST,
      maxBodyBytes: env.MAX_BODY_BYTES,
      maxSubscriptionsPerClient: env.MAX_SUBSCRIPTIONS_PER_CLIENT,
      executionTimeoutMs: env.EXECUTION_TIMEOUT_MS,
      rateLimit: env.RATE_LIMIT
        ? {
            anonymous: { bucket: env.RATE_LIMIT_ANONYMOUS_BUCKET, restoreRate: env.RATE_LIMIT_ANONYMOUS_RESTORE_RATE },
            apiKey: { bucket: env.RATE_LIMIT_KEY_BUCKET, restoreRate: env.RATE_LIMIT_KEY_RESTORE_RATE },
          }
        : null,
      trustProxy: env.TRUST_PROXY,
      trustedDocuments: env.TRUSTED_DOCUMENTS ? { file: env.TRUSTED_DOCUMENTS_FILE } : null,
      // Original errors' details stay in the log, in every environment: a development server is
      // often reachable by others, and the log line has the request id.
      exposeErrorDetails: false,
    },
  };
}
