// A throwaway PostgreSQL cluster for the fault scripts, on a spare port with its data under /tmp,
// so they can stop and start a server without touching the machine's shared one. Uses the server
// binaries (PG_BIN, default /usr/lib/postgresql/15/bin); initdb refuses to run as root, so as root
// every command runs as the postgres user (runuser).
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";

export interface Cluster {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database: string): string;
  /** pg_ctl stop: "fast" rolls back open transactions and closes connections; "immediate" is a crash. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  /** Resolves once the server accepts connections. */
  start(): Promise<void>;
  /** Stops it (if running) and deletes its files. */
  destroy(): Promise<void>;
}

export async function startThrowawayCluster(port: number): Promise<Cluster> {
  const bin = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
  if (!existsSync(path.join(bin, "initdb"))) throw new Error(`No PostgreSQL server binaries in ${bin}; set PG_BIN.`);
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync("/tmp/jobgraph-proof-pg-");
  if (root) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  // Asynchronous, so that the traffic and the readiness probes go on while pg_ctl waits.
  const run = (command: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [file, argv] = root ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
      execFile(file, argv, { encoding: "utf8" }, (error, stdout, stderr) =>
        error ? reject(new Error(`${command} ${args.join(" ")} failed:\n${stdout}${stderr}`)) : resolve(),
      );
    });
  await run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const start = () => run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  await start();
  let running = true;
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop(mode = "fast") {
      await run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) {
        await run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => {});
        running = false;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
