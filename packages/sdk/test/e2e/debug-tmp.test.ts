import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { it } from "vitest";
import { createClient, throwOnUserErrors } from "../../src/index.js";
import { apiDir, startApiServer } from "../support/api-server.js";

const run = promisify(execFile);
const PRUNE = `
import { pruneChanges } from "./src/changes/feed.ts";
import { databaseConfigFromEnv, openDatabase } from "./src/db/database.ts";
const db = await openDatabase(databaseConfigFromEnv());
console.log(await pruneChanges(db.prisma, new Date(Date.now() + 31 * 86_400_000)));
await db.close();
`;
it("restarts", { timeout: 200_000 }, async () => {
  const server = await startApiServer({ seed: false, adminKey: true });
  const c = createClient({ endpoint: server.endpoint, apiKey: server.adminKey! });
  const anon = createClient({ endpoint: server.endpoint, retry: false });
  const { employer } = throwOnUserErrors((await c.createEmployer({ input: { name: "X", slug: "x-y" } })).createEmployer);
  const ids = [];
  for (let i = 0; i < 5; i++) {
    const { posting } = throwOnUserErrors(
      (
        await c.createPosting({
          input: {
            employerId: employer!.id,
            reference: `R${i}`,
            title: "T",
            description: "D",
            closesAt: "2031-01-01T00:00:00Z",
            apply: { url: "https://x.example.com" },
            locations: [{ name: "Leeds" }],
          },
        })
      ).createPosting,
    );
    throwOnUserErrors((await c.publishPosting({ id: posting!.id })).publishPosting);
    ids.push(posting!.id);
  }
  let saved;
  for await (const x of anon.changes.iterate()) saved = x.cursor;
  await c.updatePosting({ id: ids[0]!, input: { title: "A" } });
  await c.updatePosting({ id: ids[0]!, input: { title: "B" } });
  await c.archivePosting({ id: ids[1]! });
  await server.restart(async (env) => {
    const r = await run(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", PRUNE], { cwd: apiDir, env });
    console.log("pruned", r.stdout);
  });
  console.log(await anon.changes({ after: saved }).catch((e) => e.message));
  try {
    for await (const x of anon.changes.iterate()) console.log(x.change.kind, x.change.objectType, x.change.node?.__typename);
  } catch (e) {
    console.log("ERR", e);
  }
  await new Promise((r) => setTimeout(r, 1000));
  console.log("LOGS", server.logs().slice(-5000));
  await server.stop();
});
