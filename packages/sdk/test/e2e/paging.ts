// The integrator, end to end: an anonymous client, with the SDK's defaults, pages through
// every open posting of the sample seed (3,001 postings, 1,750 of them open) against a real server
// over real HTTP, using the packed SDK as installed from its tarball. The server's anonymous
// allowance is scaled down (1,500 points restored at 500 a second, against the default 2,000 at
// 100) so that a run takes seconds, not minutes, yet the throttle is hit several times: a page of
// 100 postings costs 703 points, so two pages fit in the allowance and the rest must be paced or
// waited out. The expected postings are read from the database itself, before the server starts.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiServer, apiDir, startApiServer } from "../support/api-server.js";
import { installedProject } from "./package.js";

const run = promisify(execFile);

/** The global IDs of the postings anyone may see (the server's own rule: published, not yet closed). */
const OPEN_POSTINGS = `
import { encodeGlobalID } from "@pothos/plugin-relay";
import { databaseConfigFromEnv, openDatabase } from "./src/db/database.ts";
const db = await openDatabase(databaseConfigFromEnv());
const rows = await db.prisma.$queryRaw\`SELECT id FROM postings WHERE status = 'PUBLISHED' AND (closes_at IS NULL OR closes_at > now())\`;
console.log(JSON.stringify(rows.map((row) => encodeGlobalID("Posting", row.id))));
await db.close();
`;

/** What an integrator writes: the defaults, and an onThrottle hook that only records. */
const PAGER = `
import { createClient } from "@jobgraph/sdk";
const events = [];
const client = createClient({ endpoint: process.argv[2], throttle: { onThrottle: (event) => events.push(event) } });
const ids = [];
for await (const posting of client.paginate.postings()) ids.push(posting.id);
console.log(JSON.stringify({ ids, events }));
`;

let server: ApiServer;
let open: string[] = [];

describe("an anonymous integrator paging through every open posting with the defaults", () => {
  beforeAll(async () => {
    server = await startApiServer({
      seed: false,
      env: { RATE_LIMIT_ANONYMOUS_BUCKET: "1500", RATE_LIMIT_ANONYMOUS_RESTORE_RATE: "500" },
      prepare: async (env) => {
        await run(process.execPath, ["--import", "tsx", "src/seed/cli.ts"], { cwd: apiDir, env });
        const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", OPEN_POSTINGS], { cwd: apiDir, env });
        open = JSON.parse(stdout);
      },
    });
  }, 180_000);
  afterAll(() => server?.stop());

  it("gets every one exactly once, without an error, waiting for the rate limit when it must", { timeout: 120_000 }, async () => {
    expect(open.length).toBeGreaterThan(1_000);
    const project = await installedProject();
    await writeFile(path.join(project, "pager.mjs"), PAGER);
    const { stdout } = await run(process.execPath, ["pager.mjs", server.endpoint], { cwd: project, timeout: 110_000 });
    const { ids, events } = JSON.parse(stdout) as {
      ids: string[];
      events: Array<{ reason: string; waitMs: number; operationName: string }>;
    };
    expect(ids).toHaveLength(open.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...open].sort());
    // 18 pages of 703 points against 1,500: the allowance ran out several times, and the client waited.
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((event) => event.operationName === "SearchPostings" && event.waitMs > 0)).toBe(true);
  });
});
