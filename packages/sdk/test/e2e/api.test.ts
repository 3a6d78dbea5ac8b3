// The SDK against the real API process over HTTP: one seeded server, with an admin key, shared by
// the read, write and packaging suites (a server start with sample data costs ~20 s, so once).
// The suites run in this order; the writes and the README's write snippet use their own slugs.
import { afterAll, beforeAll } from "vitest";
import { startApiServer } from "../support/api-server.js";
import { api, setApi } from "./context.js";
import "./reads.js";
import "./writes.js";
import "./package.js";

beforeAll(async () => {
  setApi(await startApiServer({ adminKey: true }));
}, 180_000);

afterAll(async () => {
  await api().stop();
  setApi(undefined);
});
