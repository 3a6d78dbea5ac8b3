// The real Jobgraph API as a child process on a random port, with a fresh embedded database seeded
// with the sample data (the Lloyds advert and ~3,000 postings). One per test file.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export const apiDir = fileURLToPath(new URL("../../../api", import.meta.url));

export interface ApiServer {
  /** The GraphQL endpoint, http://127.0.0.1:<port>/graphql. */
  endpoint: string;
  /** An admin API key, when asked for. */
  adminKey: string | undefined;
  /** Everything the server logged so far. */
  logs(): string;
  /**
   * Stops the server (SIGTERM: it finishes what it is doing), runs `between` with its environment on
   * its database, which nothing else has open then (PGlite is one process's), and starts it again on
   * the same port and database.
   */
  restart(between?: (env: NodeJS.ProcessEnv) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

export async function startApiServer({
  seed = true,
  adminKey = false,
  env: extraEnv = {},
  prepare,
}: {
  seed?: boolean;
  adminKey?: boolean;
  /** More environment for the server (limits, modes). */
  env?: Record<string, string>;
  /** Runs before the server starts, with its environment (JOBGRAPH_DATA_DIR: its database), e.g. to seed it. */
  prepare?: (env: NodeJS.ProcessEnv) => Promise<void>;
} = {}): Promise<ApiServer> {
  const dataRoot = await mkdtemp(path.join(tmpdir(), "jobgraph-sdk-e2e-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, JOBGRAPH_DATA_DIR: path.join(dataRoot, "pglite"), DATABASE_URL: "", LOG_LEVEL: "warn" };
  await prepare?.(env).catch(async (error: unknown) => {
    await rm(dataRoot, { recursive: true, force: true });
    throw error;
  });
  // The first admin key comes from the CLI, on the database before the server opens it.
  const key = adminKey
    ? (
        await run(process.execPath, ["--import", "tsx", "src/viewer/keys.cli.ts", "create", "--admin", "--name", "sdk-e2e"], { cwd: apiDir, env })
      ).stdout.trim()
    : undefined;
  let logs = "";
  let child: ChildProcess | undefined;
  const spawnServer = () => {
    child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: apiDir,
      env: { ...env, PORT: String(port), JOBGRAPH_SEED: String(seed), GRAPHIQL: "false", ...extraEnv },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (chunk) => (logs += chunk));
    child.stderr?.on("data", (chunk) => (logs += chunk));
  };
  const exit = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill(signal);
    const killer = setTimeout(() => running.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(killer);
  };
  const stop = async () => {
    await exit("SIGKILL");
    await rm(dataRoot, { recursive: true, force: true });
  };
  const waitUntilUp = async () => {
    for (let attempt = 0; attempt < 360; attempt++) {
      if (child?.exitCode !== null) return false;
      const up = await fetch(`${base}/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) return true;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return false;
  };
  const restart = async (between?: (env: NodeJS.ProcessEnv) => Promise<void>) => {
    await exit("SIGTERM");
    await between?.(env);
    spawnServer();
    if (!(await waitUntilUp())) throw new Error(`the API server did not start again:\n${logs}`);
  };
  spawnServer();
  if (await waitUntilUp()) return { endpoint: `${base}/graphql`, adminKey: key, logs: () => logs, restart, stop };
  await stop();
  throw new Error(`the API server did not start:\n${logs}`);
}
