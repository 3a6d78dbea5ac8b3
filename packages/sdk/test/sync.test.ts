// client.sync's handling of what the API answers, against a local HTTP server scripted to answer
// with pages, failures and errors (the real API runs in e2e/changes.test.ts): transient failures are
// waited out, other errors reject, an abort while polling resolves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type SyncStore } from "../src/index.js";
import { data, json, type ScriptedServer, startScriptedServer, status } from "./support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());

const client = () => createClient({ endpoint: server.url, retry: { retries: 1, baseDelayMs: 1 }, throttle: false });
const change = (n: number) => ({
  cursor: `chg1_1_${n}`,
  node: {
    id: `chg1_1_${n}`,
    kind: "CREATED",
    objectType: "BENEFIT",
    objectId: `b${n}`,
    employerId: null,
    changedFields: [],
    at: "2026-01-01T00:00:00Z",
    node: null,
  },
});
const page = (numbers: number[], endCursor: string, hasNextPage = false) =>
  data({ changes: { pageInfo: { endCursor, hasNextPage }, edges: numbers.map(change) } });

function memory() {
  const saved: string[] = [];
  const store: SyncStore = { load: () => null, save: (cursor) => void saved.push(cursor), reset: () => {} };
  return { store, saved };
}

describe("client.sync against scripted answers", () => {
  it("waits out a failure that outlasts the client's retries, telling onError, and goes on from where it was", async () => {
    server.script(page([1, 2], "chg1_1_2", true), status(503), status(503), page([3], "chg1_9_0"), page([], "chg1_9_0"));
    const { store, saved } = memory();
    const errors: unknown[] = [];
    const handed: string[] = [];
    const stop = new AbortController();
    await client().sync({
      store,
      pollIntervalMs: 5,
      signal: stop.signal,
      onChange: (c) => void handed.push(c.objectId),
      onError: (error) => void errors.push(error),
      onCaughtUp: () => stop.abort(),
    });
    expect(handed).toEqual(["b1", "b2", "b3"]);
    expect(errors).toEqual([expect.objectContaining({ name: "HttpError", status: 503 })]);
    expect(server.received.map((request) => request.body.variables.after)).toEqual([null, "chg1_1_2", "chg1_1_2", "chg1_1_2"]);
    // Each change's cursor, then the caught-up endCursor past it.
    expect(saved).toEqual(["chg1_1_1", "chg1_1_2", "chg1_1_3", "chg1_9_0"]);
  });

  it("rejects with an error that is not transient, and with what onError throws", async () => {
    server.script(json({ errors: [{ message: "Not a cursor", extensions: { code: "BAD_USER_INPUT" } }] }));
    await expect(client().sync({ store: memory().store, onChange: () => {} })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    server.script(status(502));
    const stop = new Error("give up");
    await expect(
      client().sync({
        store: memory().store,
        onChange: () => {},
        onError: () => {
          throw stop;
        },
      }),
    ).rejects.toBe(stop);
  });

  it("resets the store on CURSOR_EXPIRED, reads again from the beginning, and resolves when aborted while polling", async () => {
    const expired = json({ errors: [{ message: "Too old", extensions: { code: "CURSOR_EXPIRED" } }] });
    server.script(expired, page([1], "chg1_9_0"), page([], "chg1_9_0"));
    const calls: string[] = [];
    const store: SyncStore = { load: () => "chg1_0_1", save: (cursor) => void calls.push(cursor), reset: () => void calls.push("reset") };
    const stop = new AbortController();
    let polls = 0;
    await client().sync({
      store,
      pollIntervalMs: 60_000,
      signal: stop.signal,
      onChange: () => {},
      onCaughtUp: () => {
        if (++polls === 1) setTimeout(() => stop.abort(), 20);
      },
    });
    expect(calls).toEqual(["reset", "chg1_1_1", "chg1_9_0"]);
    expect(server.received.map((request) => request.body.variables.after)).toEqual(["chg1_0_1", null]);
  });
});
