// Loaded into the API server by the load script only (`--import`), never in production: appends
// the process's memory to PROOF_MEMORY_FILE every second, and on SIGUSR2 runs a full garbage
// collection first (the server is started with --expose-gc), so that the live heap at the start and
// at the end of a run can be compared: growth there, not in RSS, is what a leak looks like.
import { appendFileSync } from "node:fs";

const file = process.env.PROOF_MEMORY_FILE;
if (file) {
  const write = (afterGc: boolean) => {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    appendFileSync(file, `${JSON.stringify({ at: Date.now(), afterGc, rss, heapUsed, heapTotal, external })}\n`);
  };
  setInterval(() => write(false), 1000).unref();
  process.on("SIGUSR2", () => {
    (globalThis as { gc?: () => void }).gc?.();
    write(true);
  });
}
