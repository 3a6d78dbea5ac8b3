import { existsSync } from "node:fs";
import { z } from "zod";
import type { RetryPolicy } from "./webhooks/attempt.js";
import type { OutboundPolicy } from "./webhooks/send.js";

/** Redis channel and key names start with this unless REDIS_PREFIX says otherwise. */
export const DEFAULT_REDIS_PREFIX = "jobgraph:";

/**
 * Jobgraph's configuration, read from environment variables once at start-up and validated: a bad
 * value stops the server with a message naming the variable, rather than misbehaving later.
 * Each variable's description is part of its schema (`.meta`): docs/configuration.md's table is
 * generated from it by `pnpm generate:config-docs` (packages/api/scripts/config-docs.ts).
 */

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], {
    error: "must be true or false",
  })
  .transform((value) => ["true", "1", "yes", "on"].includes(value));

const positiveInt = z.coerce.number({ error: "must be a number" }).int("must be a whole number").positive("must be positive");

export const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development")
    .meta({ description: "`production` turns GraphiQL and introspection off and the response cache on by default" }),
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535).default(4000).meta({ description: "HTTP port" }),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .optional()
    .meta({ description: "pino log level", defaultText: "`info` (`silent` in tests)" }),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .meta({
      description: "`postgres://…`: use a PostgreSQL server (through `@prisma/adapter-pg`) instead of the embedded database in `JOBGRAPH_DATA_DIR`",
    }),
  DATABASE_POOL_SIZE: positiveInt.default(10).meta({ description: "connections in each PostgreSQL pool (primary, and each replica)" }),
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt
    .default(5000)
    .meta({ description: "how long a request waits for a PostgreSQL connection (a new one, or a free one in a full pool) before failing with 503" }),
  READY_TIMEOUT_MS: positiveInt
    .default(1000)
    .meta({ description: "how long `GET /ready` waits for the database to answer `SELECT 1` before answering 503" }),
  JOBGRAPH_DATA_DIR: z.string().min(1).default(".data/pglite").meta({
    description:
      "where the embedded database keeps its files; a relative path is from the directory the server runs in (`packages/api` under `pnpm start`)",
  }),
  JOBGRAPH_SEED: bool.optional().meta({
    description: "seed sample data when the database is empty at start-up (`false` to start empty); the production build cannot seed",
    defaultText: "`true` (`false` in production)",
  }),
  GRAPHIQL: bool.optional().meta({ description: "serve GraphiQL at `/graphql` to browsers", defaultText: "`true` (`false` in production)" }),
  RESPONSE_CACHE_TTL_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int("must be a whole number")
    .min(0, "must not be negative")
    .optional()
    .meta({
      description: "serve anonymous reads from a response cache for this long, in milliseconds (`0`: off)",
      defaultText: "`0` (`10000` in production)",
    }),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional()
    .meta({ description: "`redis://…`: live events (and rate limits) shared by every API process through Redis" }),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, "must be 1 to 64 letters, digits, or . : _ -")
    .default(DEFAULT_REDIS_PREFIX)
    .meta({ description: "prefix of Redis channel and key names, so deployments (or test runs) sharing a Redis stay apart" }),
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, "each must be a postgres:// or postgresql:// URL")))
    .optional()
    .meta({
      description:
        "comma-separated `postgres://` URLs of read replicas of `DATABASE_URL`: Prisma sends reads there, writes and transactions to the primary",
    }),
  METRICS: bool.default(true).meta({ description: "serve Prometheus metrics at `/metrics`" }),
  METRICS_PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).optional().meta({
    description: "serve `/metrics` on this port only (its own listener, e.g. reachable by the scraper alone) instead of on `PORT`",
  }),
  METRICS_TOKEN: z
    .string()
    .min(16, "must be at least 16 characters")
    .optional()
    .meta({ description: "require `Authorization: Bearer <token>` at `/metrics` (401 otherwise)", values: "a secret of 16 characters or more" }),
  METRICS_OPERATION_NAMES: z.coerce.number().int().min(0).max(1000).default(10).meta({
    description:
      "operation names outside the SDK's that get a metrics label of their own (the first seen, for the life of the process); later ones are counted as `other`. Each name adds about 9 KB to `/metrics`",
  }),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url({ error: "must be a URL such as http://collector:4318" })
    .optional()
    .meta({ description: "OpenTelemetry collector (`http://collector:4318`): turns tracing on, spans sent by OTLP/HTTP to `<endpoint>/v1/traces`" }),
  OTEL_SERVICE_NAME: z.string().min(1).default("jobgraph-api").meta({ description: "`service.name` of the spans" }),
  // Limits and protection (docs/limits-and-protection.md).
  INTROSPECTION: bool.optional().meta({ description: "schema introspection (`__schema`, `__type`)", defaultText: "as `GRAPHIQL`" }),
  CORS_ORIGINS: z
    .string()
    .regex(/^(\*|none|https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*)$/, "must be *, none, or comma-separated http(s):// origins")
    .default("*")
    .meta({
      description:
        "allowed origins, comma-separated (`https://jobs.example.com,https://admin.example.com`), `*` for any, or `none` to send no CORS headers",
    }),
  MAX_DEPTH: positiveInt.default(12).meta({ description: "deepest selection (fragments counted where they are spread)" }),
  MAX_ALIASES: positiveInt.default(30).meta({ description: "aliases in one operation" }),
  MAX_TOKENS: positiveInt.default(3000).meta({ description: "tokens in one document (the parser stops there)" }),
  MAX_DIRECTIVES: positiveInt.default(50).meta({ description: "directives in one operation" }),
  MAX_COST: positiveInt.default(2000).meta({ description: "the most one operation may cost (see the cost model)" }),
  MAX_BODY_BYTES: positiveInt.default(1_000_000).meta({ description: "largest request body (HTTP 413 beyond)" }),
  MAX_SUBSCRIPTIONS_PER_CLIENT: positiveInt
    .default(20)
    .meta({ description: "subscriptions one client (API key, or address when anonymous) may hold open on one API process" }),
  EXECUTION_TIMEOUT_MS: positiveInt.default(10_000).meta({
    description: "longest an operation may run, in ms; its PostgreSQL statements are cancelled then (`statement_timeout`: 1 s more)",
  }),
  MAX_CONCURRENT_REQUESTS_PER_CLIENT: positiveInt.default(5).meta({
    description: "operations one client (API key, or address when anonymous) may have executing at once on one API process (HTTP 429 beyond)",
  }),
  RATE_LIMIT: bool.default(true).meta({ description: "cost-based rate limits (`false` turns them off)" }),
  RATE_LIMIT_ANONYMOUS_BUCKET: positiveInt.default(2000).meta({ description: "points per anonymous client address per window" }),
  RATE_LIMIT_ANONYMOUS_RESTORE_RATE: positiveInt.default(100).meta({ description: "points a second an anonymous client address gets back" }),
  RATE_LIMIT_KEY_BUCKET: positiveInt.default(5000).meta({ description: "points per API key per window" }),
  RATE_LIMIT_KEY_RESTORE_RATE: positiveInt.default(250).meta({ description: "points a second an API key gets back" }),
  TRUST_PROXY: bool
    .default(false)
    .meta({ description: "take the client address from `X-Forwarded-For` (its last entry): only behind a proxy that sets it" }),
  CURSOR_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional().meta({
    description:
      "signs connection cursors (HMAC); the same on every process. Unset: random per process, so cursors fail after a restart or elsewhere",
    values: "a random string of 32 characters or more",
  }),
  WEBHOOKS: bool
    .default(true)
    .meta({ description: "deliver webhooks from this process (`false`: another process delivers them; the change feed is unaffected)" }),
  WEBHOOK_ALLOW_PRIVATE_ADDRESSES: bool.default(false).meta({
    description:
      "let webhook endpoints point at private, loopback and link-local addresses (on-premises receivers, tests); off, such endpoints are refused and connections to them are blocked",
  }),
  WEBHOOK_TIMEOUT_MS: positiveInt.default(10_000).meta({ description: "deadline of one webhook attempt, connection to last byte of the response" }),
  WEBHOOK_RETRY_BASE_MS: positiveInt.default(5_000).meta({
    description: "delay before a failed webhook's first retry; each next one doubles (with jitter), up to an hour",
  }),
  WEBHOOK_RETRY_WINDOW_MS: positiveInt.default(86_400_000).meta({
    description: "how long a failing delivery is retried (from its first attempt) before it fails and its endpoint is disabled",
  }),
  TRUSTED_DOCUMENTS: bool.default(false).meta({ description: "run only persisted documents: the SDK's and `TRUSTED_DOCUMENTS_FILE`'s" }),
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).refine(existsSync, "no such file").optional().meta({
    description: 'a JSON file `{ "<sha256>": "<document>" }` of further allowed documents (a relative path is from the directory the server runs in)',
    values: "the path of an existing file",
  }),
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
  /** Serve Prometheus metrics at /metrics (on `port` when set, else on the API's port), behind `token` when set; false: off. */
  metrics: { port?: number; token?: string; otherOperationNames?: number } | false;
  /** OpenTelemetry tracing, when an OTLP endpoint is configured. */
  tracing?: { endpoint: string; serviceName: string };
  protection: ProtectionConfig;
  /** Signs connection cursors (unset: a random secret per process). */
  cursorSecret?: string;
  /** Webhook delivery: whether this process delivers, where it may connect, and the retry schedule. */
  webhooks: { deliver: boolean; outbound: OutboundPolicy; retry: RetryPolicy };
}

/** Limits and protection: docs/limits-and-protection.md. */
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
  /** Operations executing at once per client on one process. */
  maxConcurrentRequestsPerClient: number;
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
    metrics: env.METRICS ? { port: env.METRICS_PORT, token: env.METRICS_TOKEN, otherOperationNames: env.METRICS_OPERATION_NAMES } : false,
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
      maxConcurrentRequestsPerClient: env.MAX_CONCURRENT_REQUESTS_PER_CLIENT,
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
    cursorSecret: env.CURSOR_SECRET,
    webhooks: {
      deliver: env.WEBHOOKS,
      outbound: { allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES, timeoutMs: env.WEBHOOK_TIMEOUT_MS, maxResponseBytes: 65_536 },
      retry: { baseDelayMs: env.WEBHOOK_RETRY_BASE_MS, maxDelayMs: 3_600_000, windowMs: env.WEBHOOK_RETRY_WINDOW_MS },
    },
  };
}
