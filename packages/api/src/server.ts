// Starts Jobgraph: the database (embedded PGlite unless DATABASE_URL is set), then the HTTP server.
import { createServer } from "node:http";
import { prepareDatabase } from "./app.js";
import { databaseConfigFromEnv } from "./db/database.js";
import { resolvePlace } from "./geo/gazetteer.js";
import { logger } from "./logger.js";
import { createJobgraphYoga } from "./yoga.js";

const port = Number(process.env.PORT ?? 4000);
const config = databaseConfigFromEnv();
logger.info(
  {
    database: config.kind === "postgres" ? "postgres" : `pglite:${config.dataDir}`,
  },
  "starting",
);

const db = await prepareDatabase(config, logger, {
  seedIfEmpty: process.env.JOBGRAPH_SEED !== "false",
});
// Load the place gazetteer now (about a second) rather than on the first search near a place.
resolvePlace("London");
const yoga = createJobgraphYoga({
  prisma: db.prisma,
  logger,
  graphiql: process.env.GRAPHIQL !== "false",
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
