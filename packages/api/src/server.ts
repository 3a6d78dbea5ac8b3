// Starts Jobgraph: the database (embedded PGlite unless DATABASE_URL is set), then the HTTP server.
import { createServer } from "node:http";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { prepareDatabase } from "./http/app.js";
import { createReadinessCheck, writeReadiness } from "./http/readiness.js";
import { createJobgraphYoga } from "./http/yoga.js";
import { createLiveEvents } from "./live/events.js";
import { resolvePlace } from "./location/gazetteer.js";
import { logger } from "./observability/logger.js";
import { METRICS_PATH, serveMetrics } from "./observability/metrics.js";
import { createOtlpTracerProvider, tracingPlugin } from "./observability/tracing.js";
import { statementTimeoutMs } from "./protection/execution-timeout.js";
import { type SeedDatabase, sampleDataSeeder } from "./sample-data.js";
import { startWebhooks } from "./webhooks/runtime.js";

let config: Config;
let seed: SeedDatabase | undefined;
try {
  config = loadConfig();
  // The seed is development code, absent from the production build: asking that build to seed fails here.
  try {
    seed = config.seedIfEmpty ? sampleDataSeeder() : undefined;
  } catch (error) {
    throw new ConfigError([`JOBGRAPH_SEED: seeding is on (JOBGRAPH_SEED=true, or NODE_ENV is not production), but ${(error as Error).message}`]);
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // A plain message on stderr, not a stack trace: the operator has a variable to fix.
  process.stderr.write(`${error.message}\n`);
  process.exit(78); // EX_CONFIG
}
const port = config.port;
logger.info(
  {
    env: config.env,
    database: config.database.kind === "postgres" ? "postgres" : `pglite:${config.database.dataDir}`,
  },
  "starting",
);

const db = await prepareDatabase(
  config.database.kind === "postgres"
    ? {
        ...config.database,
        onConnectionError: (err) => logger.warn({ err: { message: err.message } }, "database connection lost"),
        // No statement outlives a request by more than a moment (protection/execution-timeout.ts).
        statementTimeoutMs: statementTimeoutMs(config.protection.executionTimeoutMs),
      }
    : config.database,
  logger,
  { seed },
);
// Load the place gazetteer now (under half a second) rather than on the first search near a place.
resolvePlace("London");
// Subscriptions hear writes made through any API process when REDIS_URL is set.
const events = createLiveEvents({
  redisUrl: config.redisUrl,
  channelPrefix: config.redisPrefix,
  onError: (err, context) => logger.warn({ err, context }, "live events"),
});
const tracerProvider = config.tracing ? await createOtlpTracerProvider(config.tracing) : undefined;
const yoga = createJobgraphYoga({
  prisma: db.prisma,
  logger,
  graphiql: config.graphiql,
  responseCacheTtlMs: config.responseCacheTtlMs,
  events,
  metrics: config.metrics
    ? {
        pools: db.pools,
        endpoint: config.metrics.port === undefined,
        token: config.metrics.token,
        otherOperationNames: config.metrics.otherOperationNames,
      }
    : false,
  tracing: tracerProvider ? await tracingPlugin(tracerProvider) : undefined,
  protection: { ...config.protection, redisUrl: config.redisUrl, redisPrefix: config.redisPrefix },
  cursorSecret: config.cursorSecret,
  webhookPolicy: config.webhooks.outbound,
});
// Webhooks: changes dispatched to endpoints and delivered, on graphile-worker with PostgreSQL.
const webhooks = config.webhooks.deliver
  ? await startWebhooks({
      prisma: db.prisma,
      logger,
      databaseUrl: config.database.kind === "postgres" ? config.database.url : undefined,
      outbound: config.webhooks.outbound,
      retry: config.webhooks.retry,
    })
  : undefined;
// In production a missing secret breaks clients' cursors at each restart and across instances: a
// warning. In development it is the expected setup, said once at info level.
if (!config.cursorSecret)
  logger[config.production ? "warn" : "info"](
    "CURSOR_SECRET is not set: cursors are signed with a random secret, valid on this process until it restarts",
  );
logger.info(
  {
    liveEvents: events.transport,
    metrics: config.metrics ? { port: config.metrics.port ?? port, token: Boolean(config.metrics.token) } : false,
    tracing: Boolean(tracerProvider),
    webhooks: webhooks ? webhooks.queue : false,
  },
  "configured",
);

const readiness = createReadinessCheck(db.prisma, { timeoutMs: config.readyTimeoutMs });
if (!(await yoga.protectionReady())) logger.warn("rate limits: Redis is not reachable; limiting in this process until it is");

const server = createServer((req, res) => {
  if (req.url === "/ready") {
    void readiness.check().then((state) => writeReadiness(res, state));
    return;
  }
  if (req.url === "/health") {
    res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    return;
  }
  void yoga.handle(req, res);
});

// METRICS_PORT: /metrics on a listener of its own (and not on the API's port).
if (config.metrics && config.metrics.port !== undefined && yoga.metricsRegistry) {
  const { port: metricsPort, token } = config.metrics;
  const registry = yoga.metricsRegistry;
  createServer((req, res) => {
    if (req.url?.split("?")[0] !== METRICS_PATH) {
      res.writeHead(404).end();
      return;
    }
    void serveMetrics(registry, token, req.headers.authorization ?? null).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(await response.text());
    });
  }).listen(metricsPort, () => logger.info(`metrics on http://localhost:${metricsPort}${METRICS_PATH}`));
}

server.listen(port, () => {
  logger.info(`Jobgraph API on http://localhost:${port}/graphql (GraphiQL in the browser)`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  readiness.drain();
  logger.info({ signal }, "shutting down: finishing in-flight requests");
  // Stop accepting connections; in-flight requests finish, idle keep-alive sockets close.
  const closed = new Promise<void>((resolve) => server.once("close", () => resolve()));
  server.close();
  server.closeIdleConnections();
  // Subscriptions never finish by themselves: end their streams, so their responses complete.
  await events.close();
  const force = setTimeout(() => server.closeAllConnections(), 10_000).unref();
  await closed;
  clearTimeout(force);
  await yoga.closeProtection();
  // Attempts in flight finish (or are recorded as failed and retried later, by any process).
  await webhooks?.close();
  await tracerProvider?.shutdown(); // sends the spans still buffered
  await db.close();
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
