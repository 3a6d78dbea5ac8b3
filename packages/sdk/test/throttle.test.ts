// Rate-limit handling in the transport, on fake timers: pacing by the reported allowance, waiting out
// a 429's Retry-After within the budget, onThrottle, `throttle: false`, and cancellation. The server
// is a fetch function that answers as the Jobgraph API does (extensions.cost, 429 + THROTTLED).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClient, HttpError, ThrottledError, type ThrottleEvent, type ThrottleStatus } from "../src/index.js";
import { ThrottleState } from "../src/runtime/throttle.js";

const page = "query Page { postings(first: 100) { nodes { id } } }";
const other = "query Other { benefits { totalCount } }";
const create = "mutation CreateThing { createThing { id } }";

interface Sent {
  at: number;
  operationName: string;
}

/**
 * A leaky-bucket server in fake time: `bucket` points restored at `restore` a second; each
 * operation costs `cost` (by operation name). A refused one gets 429, THROTTLED and Retry-After.
 */
function bucketServer({ bucket, restore, cost }: { bucket: number; restore: number; cost: Record<string, number> }) {
  let available = bucket;
  let at = Date.now();
  const sent: Sent[] = [];
  const refused: Sent[] = [];
  const status = (): ThrottleStatus => ({ maximumAvailable: bucket, currentlyAvailable: Math.floor(available), restoreRate: restore });
  const fetch = async (_url: string, init: RequestInit) => {
    const { operationName } = JSON.parse(String(init.body));
    available = Math.min(bucket, available + ((Date.now() - at) / 1000) * restore);
    at = Date.now();
    const price = cost[operationName] ?? 1;
    if (price > available) {
      refused.push({ at, operationName });
      const retryAfter = Math.max(1, Math.ceil((price - available) / restore));
      return new Response(
        JSON.stringify({
          errors: [{ message: "Rate limited", extensions: { code: "THROTTLED", retryAfter } }],
          extensions: { cost: { requestedQueryCost: price, throttleStatus: status() } },
        }),
        { status: 429, headers: { "content-type": "application/json", "retry-after": String(retryAfter) } },
      );
    }
    available -= price;
    sent.push({ at, operationName });
    return Response.json({ data: { ok: true }, extensions: { cost: { requestedQueryCost: price, throttleStatus: status() } } });
  };
  return { fetch, sent, refused, drain: () => (available = 0) };
}

/** A fetch that answers with the given responses in order (the last repeats), recording when. */
function scripted(...responses: Array<() => Response>) {
  const at: number[] = [];
  const fetch = async () => {
    at.push(Date.now());
    return responses[Math.min(at.length - 1, responses.length - 1)]!();
  };
  return { fetch, at };
}

const throttledResponse = (retryAfter: string | undefined, cost = 50, status: Partial<ThrottleStatus> = {}) =>
  new Response(
    JSON.stringify({
      errors: [{ message: "Rate limited", extensions: { code: "THROTTLED" } }],
      extensions: {
        cost: { requestedQueryCost: cost, throttleStatus: { maximumAvailable: 100, currentlyAvailable: 0, restoreRate: 10, ...status } },
      },
    }),
    { status: 429, headers: { "content-type": "application/json", ...(retryAfter ? { "retry-after": retryAfter } : {}) } },
  );
const ok = () => Response.json({ data: { ok: true } });

/** Settles a promise while fake time runs; returns its value or the error it rejected with. */
async function settle<T>(promise: Promise<T>, ms = 3_600_000): Promise<{ value?: T; error?: any }> {
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse("2026-01-01T00:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("pacing", () => {
  it("keeps a steady pager within the allowance: it waits before a page the allowance cannot pay for, and is never refused", async () => {
    const server = bucketServer({ bucket: 1000, restore: 50, cost: { Page: 300 } });
    const events: ThrottleEvent[] = [];
    const client = createClient({
      endpoint: "http://api.test/graphql",
      fetch: server.fetch,
      throttle: { onThrottle: (event) => events.push(event) },
    });
    const run = (async () => {
      for (let i = 0; i < 12; i++) await client.request(page);
    })();
    const { error } = await settle(run);
    expect(error).toBeUndefined();
    expect(server.sent).toHaveLength(12);
    expect(server.refused).toEqual([]);
    // 1,000 points pay for the first three pages; after that a page every 300 / 50 = 6 s.
    const gaps = server.sent.slice(1).map((sent, index) => sent.at - server.sent[index]!.at);
    expect(gaps.slice(0, 2)).toEqual([0, 0]);
    for (const gap of gaps.slice(3)) expect(gap).toBe(6_000);
    expect(events.length).toBeGreaterThanOrEqual(9);
    expect(events.every((event) => event.reason === "paced" && event.operationName === "Page" && event.expectedCost === 300)).toBe(true);
    expect(events[0]).toMatchObject({ attempt: 1, throttleStatus: { maximumAvailable: 1000, restoreRate: 50 } });
  });

  it("paces concurrent calls of one client against each other", async () => {
    const server = bucketServer({ bucket: 1000, restore: 100, cost: { Page: 400 } });
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch });
    await settle(client.request(page)); // learns the cost: 600 left
    const { error } = await settle(Promise.all([client.request(page), client.request(page), client.request(page)]));
    expect(error).toBeUndefined();
    expect(server.refused).toEqual([]);
    expect(server.sent).toHaveLength(4);
  });

  it("does not pace an operation it has not seen, nor one that costs more than the whole allowance", () => {
    const state = new ThrottleState();
    state.settle(0, "Page", { requestedQueryCost: 300, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 100, restoreRate: 50 } });
    expect(state.delayFor(300)).toBe(4_000);
    expect(state.delayFor(50)).toBe(0);
    expect(state.delayFor(5_000)).toBe(0);
    vi.advanceTimersByTime(2_000);
    expect(state.estimate()?.currentlyAvailable).toBe(200);
    expect(state.delayFor(300)).toBe(2_000);
    vi.advanceTimersByTime(60_000);
    expect(state.estimate()?.currentlyAvailable).toBe(1000);
  });

  it("forgets the oldest operations' costs beyond 200", () => {
    const state = new ThrottleState();
    for (let i = 0; i < 250; i++) state.settle(0, `Op${i}`, { requestedQueryCost: i });
    expect(state.expectedCost("Op0")).toBeUndefined();
    expect(state.expectedCost("Op49")).toBeUndefined();
    expect(state.expectedCost("Op50")).toBe(50);
    expect(state.expectedCost("Op249")).toBe(249);
  });
});

describe("a throttled call (HTTP 429, THROTTLED)", () => {
  it("waits the Retry-After however long, then succeeds, and tells onThrottle", async () => {
    const server = scripted(() => throttledResponse("45"), ok);
    const events: ThrottleEvent[] = [];
    const client = createClient({
      endpoint: "http://api.test/graphql",
      fetch: server.fetch,
      throttle: { onThrottle: (event) => events.push(event) },
    });
    const { value } = await settle(client.request(other));
    expect(value).toEqual({ ok: true });
    expect(server.at[1]! - server.at[0]!).toBe(45_000);
    expect(events).toEqual([
      {
        operationName: "Other",
        waitMs: 45_000,
        reason: "throttled",
        throttleStatus: { maximumAvailable: 100, currentlyAvailable: 0, restoreRate: 10 },
        expectedCost: 50,
        attempt: 1,
      },
    ]);
  });

  it("is not counted against the retries: it is waited out as often as the budget allows", async () => {
    const server = scripted(...Array.from({ length: 6 }, () => () => throttledResponse("10")), ok);
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch, retry: { retries: 1 } });
    const { value } = await settle(client.request(other));
    expect(value).toEqual({ ok: true });
    expect(server.at).toHaveLength(7);
  });

  it("without Retry-After, waits what the throttle status says the cost needs", async () => {
    const server = scripted(() => throttledResponse(undefined, 50, { currentlyAvailable: 20 }), ok);
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch });
    await settle(client.request(other));
    expect(server.at[1]! - server.at[0]!).toBe(3_000); // (50 - 20) / 10 a second
  });

  it("throws ThrottledError at once when the wait would go past maxWaitMs, with what the server said", async () => {
    const server = scripted(
      () => throttledResponse("20"),
      () => throttledResponse("50"),
      ok,
    );
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch, throttle: { maxWaitMs: 60_000 } });
    const started = Date.now();
    const { error } = await settle(client.request(other));
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 429,
      retryAfter: 50,
      code: "THROTTLED",
      operationName: "Other",
      requestedQueryCost: 50,
      throttleStatus: { maximumAvailable: 100, currentlyAvailable: 0, restoreRate: 10 },
    });
    // Waited 20 s once; 20 + 50 > 60, so no second wait.
    expect(server.at).toHaveLength(2);
    expect(server.at[1]! - started).toBe(20_000);
  });

  it("throws at once when the operation costs more than the whole allowance: no wait can pay for it", async () => {
    const server = scripted(() => throttledResponse(undefined, 500), ok);
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch });
    const { error } = await settle(client.request(other), 1_000);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(server.at).toHaveLength(1);
  });

  it("retries a THROTTLED mutation (the server did not run it), but not a bare 429 one", async () => {
    const server = scripted(() => throttledResponse("2"), ok);
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch });
    expect((await settle(client.request(create))).value).toEqual({ ok: true });
    const proxy = scripted(() => new Response("slow down", { status: 429, headers: { "retry-after": "2" } }), ok);
    const viaProxy = createClient({ endpoint: "http://api.test/graphql", fetch: proxy.fetch });
    expect((await settle(viaProxy.request(create))).error).toBeInstanceOf(ThrottledError);
    expect(proxy.at).toHaveLength(1);
  });

  it("retries a 429 that says nothing of when like a 503: by the retry policy", async () => {
    const server = scripted(() => new Response("slow down", { status: 429 }));
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch, retry: { retries: 2, baseDelayMs: 100 } });
    expect((await settle(client.request(other))).error).toBeInstanceOf(ThrottledError);
    expect(server.at).toHaveLength(3);
  });

  it("rejects with the abort reason as soon as the signal aborts during the wait", async () => {
    const server = scripted(() => throttledResponse("100"), ok);
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch });
    const controller = new AbortController();
    const pending = client.request(other, undefined, { signal: controller.signal }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    controller.abort(new Error("user left"));
    await vi.advanceTimersByTimeAsync(0);
    expect(await pending).toMatchObject({ message: "user left" });
    expect(server.at).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("also cancels a pacing wait", async () => {
    const server = bucketServer({ bucket: 1000, restore: 10, cost: { Page: 600 } });
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch });
    await settle(client.request(page), 0); // 400 left: the next page waits 20 s
    const controller = new AbortController();
    const pending = client.request(page, undefined, { signal: controller.signal }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(await pending).toMatchObject({ name: "AbortError" });
    expect(server.sent).toHaveLength(1);
  });
});

describe("throttle: false", () => {
  it("sends without pacing, and a 429 is an ordinary retriable status: a Retry-After over maxDelayMs is thrown at once", async () => {
    const server = bucketServer({ bucket: 1000, restore: 10, cost: { Page: 600 } });
    const client = createClient({ endpoint: "http://api.test/graphql", fetch: server.fetch, throttle: false, retry: false });
    await settle(client.request(page), 0);
    const { error } = await settle(client.request(page), 0);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error.retryAfter).toBe(20);
    expect(server.sent).toHaveLength(1);
    const slow = scripted(() => throttledResponse("30"), ok);
    const plain = createClient({ endpoint: "http://api.test/graphql", fetch: slow.fetch, throttle: false });
    expect((await settle(plain.request(other), 0)).error).toMatchObject({ name: "ThrottledError", retryAfter: 30 });
    expect(slow.at).toHaveLength(1);
  });
});
