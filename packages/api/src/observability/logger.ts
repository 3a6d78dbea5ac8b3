import pino from "pino";

/** Structured JSON logs on stdout; LOG_LEVEL to change the level ("silent" in tests). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info"),
  base: { service: "jobgraph-api" },
});
export type Logger = typeof logger;
