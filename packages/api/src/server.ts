// Starts Jobgraph: the database (embedded PGlite unless DATABASE_URL is set), then the HTTP server.
import { createServer } from "node:http";
import { prepareDatabase } from "./app.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { resolvePlace } from "./geo/gazetteer.js";
import { logger } from "./logger.js";
import { createJobgraphYoga } from "./yoga.js";

let config: Config;
try {
  config = loadConfig();
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

const db = await prepareDatabase(config.database, logger, {
  seedIfEmpty: config.seedIfEmpty,
});
// Load the place gazetteer now (about a second) rather than on the first search near a place.
resolvePlace("London");
const yoga = createJobgraphYoga({
  prisma: db.prisma,
  logger,
  graphiql: config.graphiql,
  responseCacheTtlMs: config.responseCacheTtlMs,
});

const server = createServer((req, res) => {
  if (req.url === "/health") {
    res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    return;
  }
  void yoga.handle(req, res);
});

server.listen(port, () => {
  logger.info(`Jobgraph API on http://localhost:${port}/graphql (GraphiQL in the browser)`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down: finishing in-flight requests");
  // Stop accepting connections; in-flight requests finish, idle keep-alive sockets close.
  server.close();
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 10_000).unref();
  await new Promise<void>((resolve) => server.once("close", () => resolve()));
  clearTimeout(force);
  await db.close();
  logger.info("stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
