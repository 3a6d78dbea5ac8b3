// The SDK against the real API process over HTTP: one seeded server, with an admin key, shared by
// the read, write and packaging suites (and the paging suite, which starts a server of its own) (a server start with sample data costs ~20 s, so once).
// The suites run in this order; the writes and the README's write snippet use their own slugs.
import { afterAll, beforeAll } from "vitest";
import { startApiServer } from "../support/api-server.js";
import { api, setApi } from "./context.js";
import "./reads.js";
import "./writes.js";
import "./package.js";
import "./paging.js";

beforeAll(async () => {
  // The suites send hundreds of operations within seconds from one address and one key: allowances
  // large enough for that (limits.test.ts runs the SDK against the server's rate limits).
  const allowance = { BUCKET: "1000000", RESTORE_RATE: "50000" };
  const env = Object.fromEntries(
    ["ANONYMOUS", "KEY"].flatMap((who) => Object.entries(allowance).map(([name, value]) => [`RATE_LIMIT_${who}_${name}`, value])),
  );
  setApi(await startApiServer({ adminKey: true, env }));
}, 180_000);

afterAll(async () => {
  await api().stop();
  setApi(undefined);
});
