// The transport against a local HTTP server: what it sends, the errors it throws, when it retries,
// timeouts and cancellation. How long it waits is measured in fake time (vi.useFakeTimers), against
// a fetch function that answers at once, so that a loaded machine cannot change what is measured.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient, GraphQLRequestError, HttpError, JobgraphError, NetworkError, SearchPostingsDocument, TimeoutError } from "../src/index.js";
import { data, drop, hang, json, type ScriptedServer, startScriptedServer, status } from "./support/scripted-server.js";

let server: ScriptedServer;
beforeAll(async () => {
  server = await startScriptedServer();
});
afterAll(() => server.close());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const fast = { baseDelayMs: 5, maxDelayMs: 2_000 };
const client = (options: Partial<Parameters<typeof createClient>[0]> = {}) => createClient({ endpoint: server.url, retry: fast, ...options });
const countQuery = "query Count { postings { totalCount } }";
const createMutation = "mutation CreateThing($name: String!) { createThing(name: $name) { id } }";
/** The error a promise rejects with (and a failure if it resolves). */
const rejection = (promise: Promise<unknown>): Promise<any> =>
  promise.then(
    () => expect.unreachable("expected a rejection"),
    (error: unknown) => error,
  );

/** For the tests in fake time: a fetch that answers with the given responses in order (the last repeats), recording when. */
function scriptedFetch(...responses: Array<() => Response>) {
  const at: number[] = [];
  const fetch = async () => {
    at.push(Date.now());
    return responses[Math.min(at.length - 1, responses.length - 1)]!();
  };
  return { fetch, at, gaps: () => at.slice(1).map((time, index) => time - at[index]!) };
}
const unavailable = (headers: Record<string, string> = {}) => new Response("status 503", { status: 503, headers });
const endpoint = "http://api.test/graphql";

/** Runs fake time forward by `ms`; returns what the promise settled to, and the fake time, from now, at which it did. */
async function inFakeTime(promise: Promise<unknown>, ms: number): Promise<{ value?: unknown; error?: any; settledAfter?: number }> {
  const started = Date.now();
  let outcome: { value?: unknown; error?: any; settledAfter?: number } = {};
  promise.then(
    (value) => (outcome = { value, settledAfter: Date.now() - started }),
    (error: unknown) => (outcome = { error, settledAfter: Date.now() - started }),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return outcome;
}

describe("a request", () => {
  it("posts the document, operation name and variables as JSON and resolves to data", async () => {
    server.script(data({ postings: { totalCount: 3 } }));
    await expect(client().searchPostings({ first: 2 })).resolves.toEqual({ postings: { totalCount: 3 } });
    const [request] = server.received;
    expect(request!.body).toEqual({ query: String(SearchPostingsDocument), operationName: "SearchPostings", variables: { first: 2 } });
    expect(request!.headers).toMatchObject({
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      // CSRF prevention: the server refuses requests a browser could send cross-site without this header.
      "x-graphql-yoga-csrf": "1",
    });
  });

  it("authenticates with the API key as a bearer token, and adds the client's and the call's headers", async () => {
    server.script(data({}));
    const jobgraph = client({ apiKey: "jg_test_123", headers: { "x-team": "boards", "x-trace": "client" } });
    await jobgraph.request(countQuery, undefined, { headers: { "X-Trace": "call" } });
    expect(server.received[0]!.headers).toMatchObject({ authorization: "Bearer jg_test_123", "x-team": "boards", "x-trace": "call" });
  });

  it("sends a request id, the same on every attempt, unless the caller gives one", async () => {
    server.script(status(503), data({}));
    await client().request(countQuery);
    const [first, second] = server.received.map((request) => request.headers["x-request-id"]);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
    server.script(data({}));
    await client().request(countQuery, undefined, { headers: { "x-request-id": "mine-1" } });
    expect(server.received[0]!.headers["x-request-id"]).toBe("mine-1");
  });

  it("goes through the fetch it is given", async () => {
    server.script(data({ ok: true }));
    const calls: string[] = [];
    const jobgraph = client({
      fetch: (url, init) => {
        calls.push(url);
        return fetch(url, init);
      },
    });
    await expect(jobgraph.request(countQuery)).resolves.toEqual({ ok: true });
    expect(calls).toEqual([server.url]);
  });
});

describe("errors", () => {
  it("throws GraphQLRequestError with the errors, their codes, partial data, operation name and request id, without retrying", async () => {
    const errors = [
      { message: "Argument first must be between 0 and 100", path: ["postings"], extensions: { code: "BAD_USER_INPUT", argument: "first" } },
    ];
    server.script(json({ errors, data: null }, 200, { "x-request-id": "srv-1" }));
    const error = await rejection(client().request(countQuery));
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toBeInstanceOf(JobgraphError);
    expect(error).toMatchObject({ name: "GraphQLRequestError", operationName: "Count", requestId: "srv-1", errors, data: null, status: 200 });
    expect(error.codes).toEqual(["BAD_USER_INPUT"]);
    expect(error.message).toBe("Count: Argument first must be between 0 and 100 [BAD_USER_INPUT]");
    expect(server.received).toHaveLength(1);
  });

  it("reads a 400 GraphQL response (a document that does not validate) as GraphQL errors", async () => {
    server.script(json({ errors: [{ message: 'Cannot query field "nope"', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] }, 400));
    await expect(client().request("{ nope }")).rejects.toMatchObject({
      name: "GraphQLRequestError",
      status: 400,
      codes: ["GRAPHQL_VALIDATION_FAILED"],
    });
  });

  it("returns null for a lookup that found nothing, instead of throwing its NOT_FOUND", async () => {
    server.script(json({ data: { employer: null }, errors: [{ message: "No employer", path: ["employer"], extensions: { code: "NOT_FOUND" } }] }));
    await expect(client().getEmployer({ slug: "nope" })).resolves.toEqual({ employer: null });
  });

  it("still throws when a NOT_FOUND comes with another error", async () => {
    server.script(
      json({
        data: { employer: null },
        errors: [
          { message: "No employer", path: ["employer"], extensions: { code: "NOT_FOUND" } },
          { message: "Unexpected error.", path: ["benefit"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
        ],
      }),
    );
    await expect(client().request(countQuery)).rejects.toMatchObject({ codes: ["NOT_FOUND", "INTERNAL_SERVER_ERROR"] });
  });

  it("throws HttpError with the status and the start of the body for a non-GraphQL error response, without retrying a 500", async () => {
    server.script(status(500, { "x-request-id": "srv-500" }, "<html>Internal Server Error</html>"));
    const error = await rejection(client().request(countQuery));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      name: "HttpError",
      status: 500,
      body: "<html>Internal Server Error</html>",
      requestId: "srv-500",
      operationName: "Count",
    });
    expect(server.received).toHaveLength(1);
  });

  it("throws HttpError for a 200 that is not a GraphQL response", async () => {
    server.script(status(200, {}, "<html>Sign in to the proxy</html>"));
    await expect(client().request(countQuery)).rejects.toMatchObject({
      name: "HttpError",
      status: 200,
      message: "Count failed: HTTP 200 (not a GraphQL response)",
    });
  });
});

describe("retries", () => {
  it.each([429, 502, 503, 504])("retries a query after HTTP %i", async (code) => {
    server.script(status(code), data({ ok: 1 }));
    await expect(client().request(countQuery)).resolves.toEqual({ ok: 1 });
    expect(server.received).toHaveLength(2);
  });

  it("retries after a network error, and throws NetworkError with the request id it sent once retries run out", async () => {
    server.script(drop, data({ ok: 1 }));
    await expect(client().request(countQuery)).resolves.toEqual({ ok: 1 });
    server.script(drop);
    const error = await rejection(client().request(countQuery));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ operationName: "Count", requestId: server.received[0]!.headers["x-request-id"] });
    expect(error.cause).toBeInstanceOf(Error);
    expect(server.received).toHaveLength(3);
  });

  it("gives up after `retries` retries with the last error", async () => {
    server.script(status(503));
    await expect(client({ retry: { ...fast, retries: 4 } }).request(countQuery)).rejects.toMatchObject({ name: "HttpError", status: 503 });
    expect(server.received).toHaveLength(5);
  });

  it("does not retry with retry: false", async () => {
    server.script(status(503));
    await expect(client({ retry: false }).request(countQuery)).rejects.toBeInstanceOf(HttpError);
    expect(server.received).toHaveLength(1);
  });

  it("backs off exponentially with full jitter: a random wait below base × 2^retry", async () => {
    vi.useFakeTimers();
    const random = vi.spyOn(Math, "random").mockReturnValue(0.999);
    const slow = scriptedFetch(() => unavailable());
    const { error } = await inFakeTime(
      createClient({ endpoint, fetch: slow.fetch, retry: { retries: 3, baseDelayMs: 60, maxDelayMs: 2_000 } }).request(countQuery),
      60_000,
    );
    expect(error).toMatchObject({ name: "HttpError", status: 503 });
    const [first, second, third] = slow.gaps();
    expect(first).toBeGreaterThanOrEqual(55);
    expect(first).toBeLessThan(60);
    expect(second).toBeGreaterThanOrEqual(115);
    expect(second).toBeLessThan(120);
    expect(third).toBeGreaterThanOrEqual(235);
    expect(third).toBeLessThan(240);
    random.mockReturnValue(0);
    const quick = scriptedFetch(() => unavailable());
    await inFakeTime(
      createClient({ endpoint, fetch: quick.fetch, retry: { retries: 3, baseDelayMs: 300, maxDelayMs: 2_000 } }).request(countQuery),
      60_000,
    );
    // No wait: 0 × the ceiling (a zero-delay timer set while fake time runs fires 1 ms on).
    expect(quick.gaps()).toHaveLength(3);
    for (const gap of quick.gaps()) expect(gap).toBeLessThanOrEqual(1);
  });

  it("waits at least as long as Retry-After says", async () => {
    vi.useFakeTimers();
    const scripted = scriptedFetch(
      () => new Response("status 429", { status: 429, headers: { "retry-after": "1" } }),
      () => Response.json({ data: { ok: 1 } }),
    );
    const { value, error } = await inFakeTime(createClient({ endpoint, fetch: scripted.fetch, retry: fast }).request(countQuery), 60_000);
    expect(error).toBeUndefined();
    expect(value).toEqual({ ok: 1 });
    expect(scripted.gaps()[0]).toBeGreaterThanOrEqual(1_000);
  });

  it("with throttle: false, throws at once, with retryAfter, when Retry-After asks for longer than maxDelayMs", async () => {
    // With throttle handling on (the default), a 429 is waited out within its own budget (throttle.test.ts).
    vi.useFakeTimers();
    const scripted = scriptedFetch(
      () => new Response("status 429", { status: 429, headers: { "retry-after": "120" } }),
      () => Response.json({ data: {} }),
    );
    const { error, settledAfter } = await inFakeTime(
      createClient({ endpoint, fetch: scripted.fetch, retry: fast, throttle: false }).request(countQuery),
      600_000,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ name: "ThrottledError", status: 429, retryAfter: 120 });
    expect(settledAfter).toBe(0);
    expect(scripted.at).toHaveLength(1);
  });

  it("never retries GraphQL errors", async () => {
    server.script(json({ errors: [{ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } }], data: null }));
    await expect(client().request(countQuery)).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(server.received).toHaveLength(1);
  });
});

describe("mutations", () => {
  it("are not retried without an idempotency key: the write may have happened", async () => {
    server.script(status(503));
    await expect(client().request(createMutation, { name: "x" })).rejects.toMatchObject({
      name: "HttpError",
      status: 503,
      operationName: "CreateThing",
    });
    expect(server.received).toHaveLength(1);
    server.script(drop);
    await expect(client().request(createMutation, { name: "x" })).rejects.toBeInstanceOf(NetworkError);
    expect(server.received).toHaveLength(1);
  });

  it("are retried with an idempotency key, sent as Idempotency-Key on every attempt", async () => {
    server.script(status(503), drop, data({ createThing: { id: "1" } }));
    await expect(client().request(createMutation, { name: "x" }, { idempotencyKey: "create-thing-42" })).resolves.toEqual({
      createThing: { id: "1" },
    });
    expect(server.received.map((request) => request.headers["idempotency-key"])).toEqual(["create-thing-42", "create-thing-42", "create-thing-42"]);
  });

  it("get a generated idempotency key with idempotencyKey: true, the same on every attempt", async () => {
    server.script(status(502), data({ createThing: { id: "1" } }));
    await client().request(createMutation, { name: "x" }, { idempotencyKey: true });
    const [first, second] = server.received.map((request) => request.headers["idempotency-key"]);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
  });
});

describe("timeouts and cancellation", () => {
  it("throws TimeoutError when an attempt gets no response within timeoutMs", async () => {
    // A real socket the server never answers, and fake time: the attempt's timer is set before the
    // request leaves, so once the server has it, 149 ms pass without an error and the 150th brings it.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    server.script(hang);
    let settled = false;
    const pending = client({ timeoutMs: 150, retry: false })
      .request(countQuery)
      .finally(() => (settled = true));
    const error = rejection(pending);
    // Polled on real time (setImmediate is not faked): the socket's events are real.
    while (server.received.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(149);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await error).toBeInstanceOf(TimeoutError);
    expect(await error).toMatchObject({ timeoutMs: 150, operationName: "Count", message: "Count timed out after 150 ms" });
  });

  it("gives every attempt a fresh controller: a timed-out first attempt does not doom the retry", async () => {
    server.script(hang, data({ ok: 1 }));
    await expect(client({ timeoutMs: 150 }).request(countQuery)).resolves.toEqual({ ok: 1 });
    expect(server.received).toHaveLength(2);
  });

  it("rejects with the caller's abort reason when the signal aborts mid-request, and makes no further attempt", async () => {
    server.script(hang);
    const controller = new AbortController();
    const pending = client().request(countQuery, undefined, { signal: controller.signal });
    // Mid-request for certain: the abort comes once the server has the request, not after a guessed delay.
    while (server.received.length === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.received).toHaveLength(1);
  });

  it("stops waiting between attempts as soon as the signal aborts", async () => {
    vi.useFakeTimers();
    const scripted = scriptedFetch(() => unavailable({ "retry-after": "1" }));
    const controller = new AbortController();
    const pending = createClient({ endpoint, fetch: scripted.fetch, retry: fast }).request(countQuery, undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left the page")), 100);
    // The Retry-After wait is 1 000 ms; the abort at 100 ms ends it there.
    const { error, settledAfter } = await inFakeTime(pending, 60_000);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("user left the page");
    expect(settledAfter).toBe(100);
    expect(scripted.at).toHaveLength(1);
  });

  it("sends nothing when the signal has already aborted", async () => {
    server.script(data({}));
    await expect(client().request(countQuery, undefined, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(server.received).toHaveLength(0);
  });
});
