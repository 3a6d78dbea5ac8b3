import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("configuration from the environment", () => {
  it("defaults to development on the embedded database with GraphiQL", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: "development",
      production: false,
      port: 4000,
      database: { kind: "pglite", dataDir: ".data/pglite" },
      seedIfEmpty: true,
      graphiql: true,
    });
  });

  it("turns GraphiQL off by default in production, and lets it be turned back on", () => {
    expect(loadConfig({ NODE_ENV: "production" }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHIQL: "true" }).graphiql).toBe(true);
  });

  it("seeds an empty database by default except in production, where JOBGRAPH_SEED=true asks for it", () => {
    expect(loadConfig({ NODE_ENV: "development" }).seedIfEmpty).toBe(true);
    expect(loadConfig({ NODE_ENV: "test" }).seedIfEmpty).toBe(true);
    expect(loadConfig({ NODE_ENV: "production" }).seedIfEmpty).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", JOBGRAPH_SEED: "true" }).seedIfEmpty).toBe(true);
    expect(loadConfig({ NODE_ENV: "development", JOBGRAPH_SEED: "false" }).seedIfEmpty).toBe(false);
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@db:5432/jobs", DATABASE_POOL_SIZE: "20" }).database).toEqual({
      kind: "postgres",
      url: "postgres://u@db:5432/jobs",
      poolSize: 20,
      connectTimeoutMs: 5000,
    });
  });

  it("bounds the waits on the database: connection timeout and readiness timeout", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@db/jobs", DATABASE_CONNECT_TIMEOUT_MS: "2000", READY_TIMEOUT_MS: "250" });
    expect(config.database).toMatchObject({ connectTimeoutMs: 2000 });
    expect(config.readyTimeoutMs).toBe(250);
    expect(loadConfig({}).readyTimeoutMs).toBe(1000);
    expect(() => loadConfig({ READY_TIMEOUT_MS: "0" })).toThrow(/READY_TIMEOUT_MS="0": must be positive/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" })).toMatchObject({ port: 4000, database: { kind: "pglite" } });
  });

  it("names every bad variable and its value in one error", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", JOBGRAPH_SEED: "maybe", NODE_ENV: "staging" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.find((p) => p.startsWith("PORT="))).toContain('"eighty"');
    expect(problems.find((p) => p.startsWith("DATABASE_URL="))).toContain("postgres://");
    expect(problems.find((p) => p.startsWith("JOBGRAPH_SEED="))).toContain("true or false");
    expect(problems.find((p) => p.startsWith("NODE_ENV="))).toBeDefined();
    expect((error as Error).message).toMatch(/^Invalid configuration:/);
  });

  it("configures live events, metrics and tracing", () => {
    expect(loadConfig({})).toMatchObject({ redisPrefix: "jobgraph:", metrics: { port: undefined, token: undefined }, tracing: undefined });
    expect(loadConfig({ METRICS_PORT: "9464", METRICS_TOKEN: "a-metrics-secret-of-length" }).metrics).toEqual({
      port: 9464,
      token: "a-metrics-secret-of-length",
      otherOperationNames: 10,
    });
    expect(loadConfig({ METRICS_OPERATION_NAMES: "0" }).metrics).toMatchObject({ otherOperationNames: 0 });
    expect(() => loadConfig({ METRICS_OPERATION_NAMES: "-1" })).toThrow(/METRICS_OPERATION_NAMES/);
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN.*at least 16 characters/);
    expect(loadConfig({ REDIS_URL: "redis://cache:6379", REDIS_PREFIX: "staging:", METRICS: "off" })).toMatchObject({
      redisUrl: "redis://cache:6379",
      redisPrefix: "staging:",
      metrics: false,
    });
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }).tracing).toEqual({
      endpoint: "http://collector:4318",
      serviceName: "jobgraph-api",
    });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT="collector": must be a URL/);
    expect(() => loadConfig({ REDIS_PREFIX: "has space" })).toThrow(/REDIS_PREFIX="has space"/);
    expect(() => loadConfig({ METRICS: "sometimes" })).toThrow(/METRICS="sometimes": must be true or false/);
  });

  it("reads PostgreSQL read replicas from a comma-separated list, only beside DATABASE_URL", () => {
    expect(
      loadConfig({ DATABASE_URL: "postgres://db/jobs", DATABASE_REPLICA_URLS: "postgres://r1/jobs, postgres://r2/jobs" }).database,
    ).toMatchObject({ kind: "postgres", replicaUrls: ["postgres://r1/jobs", "postgres://r2/jobs"] });
    expect(() => loadConfig({ DATABASE_URL: "postgres://db/jobs", DATABASE_REPLICA_URLS: "postgres://r1/jobs,mysql://r2" })).toThrow(
      /DATABASE_REPLICA_URLS=.*each must be a postgres/,
    );
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: "postgres://r1/jobs" })).toThrow(/DATABASE_REPLICA_URLS: needs DATABASE_URL/);
  });
});

describe("limits and protection", () => {
  it("has production-safe defaults, introspection on only outside production", () => {
    const { protection } = loadConfig({});
    expect(protection).toMatchObject({
      introspection: true,
      corsOrigins: "*",
      maxDepth: 12,
      maxAliases: 30,
      maxTokens: 3000,
      maxDirectives: 50,
      maxCost: 2000,
      maxBodyBytes: 1_000_000,
      executionTimeoutMs: 10_000,
      rateLimit: { anonymous: { bucket: 2000, restoreRate: 100 }, apiKey: { bucket: 5000, restoreRate: 250 } },
      trustProxy: false,
      trustedDocuments: null,
      exposeErrorDetails: false,
    });
    expect(loadConfig({ NODE_ENV: "production" }).protection).toMatchObject({ introspection: false, exposeErrorDetails: false });
    expect(loadConfig({ NODE_ENV: "production", INTROSPECTION: "on" }).protection.introspection).toBe(true);
    // GraphiQL's docs and completion need introspection: it follows GraphiQL unless set.
    expect(loadConfig({ NODE_ENV: "production", GRAPHIQL: "true" }).protection.introspection).toBe(true);
    expect(loadConfig({ GRAPHIQL: "true", INTROSPECTION: "false" }).protection.introspection).toBe(false);
  });

  it("reads every limit, the CORS origins, the proxy and trusted-documents switches", () => {
    const { protection } = loadConfig({
      MAX_DEPTH: "8",
      MAX_ALIASES: "5",
      MAX_TOKENS: "500",
      MAX_DIRECTIVES: "3",
      MAX_COST: "300",
      MAX_BODY_BYTES: "20000",
      EXECUTION_TIMEOUT_MS: "2500",
      RATE_LIMIT_ANONYMOUS_BUCKET: "400",
      RATE_LIMIT_ANONYMOUS_RESTORE_RATE: "20",
      RATE_LIMIT_KEY_BUCKET: "4000",
      RATE_LIMIT_KEY_RESTORE_RATE: "200",
      TRUST_PROXY: "true",
      CORS_ORIGINS: "https://jobs.example.com, http://localhost:3000",
      TRUSTED_DOCUMENTS: "true",
      TRUSTED_DOCUMENTS_FILE: "package.json",
    });
    expect(protection).toMatchObject({
      maxDepth: 8,
      maxAliases: 5,
      maxTokens: 500,
      maxDirectives: 3,
      maxCost: 300,
      maxBodyBytes: 20000,
      executionTimeoutMs: 2500,
      rateLimit: { anonymous: { bucket: 400, restoreRate: 20 }, apiKey: { bucket: 4000, restoreRate: 200 } },
      trustProxy: true,
      corsOrigins: ["https://jobs.example.com", "http://localhost:3000"],
      trustedDocuments: { file: "package.json" },
    });
    expect(loadConfig({ RATE_LIMIT: "false" }).protection.rateLimit).toBeNull();
    expect(loadConfig({ CORS_ORIGINS: "none" }).protection.corsOrigins).toBe(false);
  });

  it("names each bad limit", () => {
    let error: unknown;
    try {
      loadConfig({
        MAX_DEPTH: "0",
        MAX_COST: "lots",
        CORS_ORIGINS: "jobs.example.com",
        TRUSTED_DOCUMENTS_FILE: "/nowhere/allow.json",
        TRUST_PROXY: "sometimes",
      });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    expect(problems.find((p) => p.startsWith("MAX_DEPTH="))).toContain("positive");
    expect(problems.find((p) => p.startsWith("MAX_COST="))).toContain("number");
    expect(problems.find((p) => p.startsWith("CORS_ORIGINS="))).toContain("origins");
    expect(problems.find((p) => p.startsWith("TRUSTED_DOCUMENTS_FILE="))).toContain("no such file");
    expect(problems.find((p) => p.startsWith("TRUST_PROXY="))).toContain("true or false");
  });
});
