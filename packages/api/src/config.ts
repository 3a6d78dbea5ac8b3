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
  JOBGRAPH_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** Seed sample data into an empty database at start-up. */
  JOBGRAPH_SEED: bool.default(true),
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
});

export type Env = z.infer<typeof envSchema>;

/** The resolved configuration the server runs with. */
export interface Config {
  env: Env["NODE_ENV"];
  production: boolean;
  port: number;
  database: { kind: "postgres"; url: string; poolSize: number } | { kind: "pglite"; dataDir: string };
  seedIfEmpty: boolean;
  graphiql: boolean;
  /** Response cache for anonymous reads, in ms (0: off). */
  responseCacheTtlMs: number;
  redisUrl?: string;
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
        const name = issue.path.join(".");
        const value = defined[name];
        return `${name}${value === undefined ? "" : `=${JSON.stringify(value)}`}: ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  const production = env.NODE_ENV === "production";
  return {
    env: env.NODE_ENV,
    production,
    port: env.PORT,
    database: env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE }
      : { kind: "pglite", dataDir: env.JOBGRAPH_DATA_DIR },
    seedIfEmpty: env.JOBGRAPH_SEED,
    graphiql: env.GRAPHIQL ?? !production,
    responseCacheTtlMs: env.RESPONSE_CACHE_TTL_MS ?? (production ? 10_000 : 0),
    redisUrl: env.REDIS_URL,
  };
}
