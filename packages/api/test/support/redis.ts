// Tests that need Redis run when it answers. On a machine with only Node (the README's promise)
// they skip with REDIS_SKIP_NOTE, which the run lists at its end (test/support/skip-notes-reporter.ts);
// CI sets JOBGRAPH_TEST_REQUIRE_REDIS=1, so there a missing Redis fails them instead.
import { createConnection } from "node:net";

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function answers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export const redisRequired = process.env.JOBGRAPH_TEST_REQUIRE_REDIS === "1";
/** True when the Redis tests should be skipped: Redis does not answer and CI does not require it. */
export const skipWithoutRedis = !redisRequired && !(await answers(TEST_REDIS_URL));
/** Why a Redis test skipped: `if (skipWithoutRedis) ctx.skip(REDIS_SKIP_NOTE)`. */
export const REDIS_SKIP_NOTE = `Redis does not answer at ${TEST_REDIS_URL} (set TEST_REDIS_URL, or JOBGRAPH_TEST_REQUIRE_REDIS=1 to fail instead)`;
