// Real API server processes for end-to-end tests: src/server.ts (or the production build,
// dist/server.js) as a child process on a free port.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface ServerProcess {
  base: string;
  process: ChildProcess;
  logs(): string;
  exit: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Node's arguments for the server from its TypeScript sources, as `pnpm start` runs it. */
export const SERVER_FROM_SOURCES = ["--import", "tsx", "src/server.ts"];
/** Node's arguments for the production build (`pnpm build`; the test run's global setup builds it), as the image runs it. */
export const SERVER_BUILT = ["--enable-source-maps", "dist/server.js"];

/** Starts the server with `env` on top of this process's environment and waits for /health. */
export async function startServer(env: Record<string, string>, { args = SERVER_FROM_SOURCES }: { args?: string[] } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env: { ...process.env, JOBGRAPH_SEED: "false", LOG_LEVEL: "info", ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let logs = "";
  child.stdout?.on("data", (chunk) => (logs += chunk));
  child.stderr?.on("data", (chunk) => (logs += chunk));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const server: ServerProcess = {
    base,
    process: child,
    logs: () => logs,
    exit,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exit;
    },
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${base}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not start:\n${logs}`);
}
