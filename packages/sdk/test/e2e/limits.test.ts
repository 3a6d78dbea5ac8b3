// The SDK against the real server's protections, over HTTP: persisted operations (the SDK's known
// from the start, others registered once), trusted-documents mode, and rate limits (a 429 with
// Retry-After is waited out and retried). Two small servers on empty databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, GraphQLRequestError, HttpError, ThrottledError } from "../../src/index.js";
import { type ApiServer, startApiServer } from "../support/api-server.js";

let open: ApiServer;
let trusted: ApiServer;

beforeAll(async () => {
  [open, trusted] = await Promise.all([
    // 40 points a window of 4 s for API keys (a page of 10 titles costs 12); anonymous clients keep the defaults.
    startApiServer({ seed: false, adminKey: true, env: { RATE_LIMIT_KEY_BUCKET: "40", RATE_LIMIT_KEY_RESTORE_RATE: "10" } }),
    startApiServer({ seed: false, env: { TRUSTED_DOCUMENTS: "true" } }),
  ]);
}, 180_000);

afterAll(async () => {
  await Promise.all([open?.stop(), trusted?.stop()]);
});

/** A fetch that records what was sent and what came back. */
function recording() {
  const exchanges: { body: Record<string, unknown>; status: number; retryAfter: string | null }[] = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    const response = await fetch(url, init);
    exchanges.push({ body: JSON.parse(String(init.body)), status: response.status, retryAfter: response.headers.get("retry-after") });
    return response;
  };
  return { exchanges, fetch: fetchImpl };
}

describe("persisted operations against the server", () => {
  it("run the SDK's own operations by hash in one round trip each", async () => {
    const { exchanges, fetch } = recording();
    const client = createClient({ endpoint: open.endpoint, persisted: true, fetch });
    await expect(client.listBenefits()).resolves.toMatchObject({ benefits: { nodes: [] } });
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]!.body.query).toBeUndefined();
  });

  it("register a document of the caller's own once, then send only its hash", async () => {
    const { exchanges, fetch } = recording();
    const client = createClient({ endpoint: open.endpoint, persisted: true, fetch });
    const document = `query Mine { benefits(first: 1) { totalCount } } # ${Math.random()}`;
    await expect(client.request(document)).resolves.toEqual({ benefits: { totalCount: 0 } });
    await expect(client.request(document)).resolves.toEqual({ benefits: { totalCount: 0 } });
    // Hash (not found), hash + document (registered), then the hash alone.
    expect(exchanges.map((exchange) => [exchange.status, typeof exchange.body.query])).toEqual([
      [404, "undefined"],
      [200, "string"],
      [200, "undefined"],
    ]);
  });

  it("in trusted-documents mode: the SDK's operations run, anything else is refused with a code", async () => {
    const client = createClient({ endpoint: trusted.endpoint, persisted: { fallback: false } });
    await expect(client.listBenefits()).resolves.toMatchObject({ benefits: { nodes: [] } });
    const error = await client.request(`{ benefits { totalCount } }`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).errors[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_IN_LIST");
    // Without persisted operations, a client's documents are refused outright.
    const plain = createClient({ endpoint: trusted.endpoint, retry: false });
    const refused = await plain.listBenefits().catch((caught: unknown) => caught);
    expect((refused as GraphQLRequestError).errors[0]?.extensions?.code).toBe("PERSISTED_QUERY_ONLY");
  });
});

describe("rate limits", () => {
  const page = `query Page { postings(first: 10) { nodes { title } } }`;

  it("are waited out: a 429 with Retry-After is retried after it, and the call succeeds", async () => {
    const { exchanges, fetch } = recording();
    const client = createClient({ endpoint: open.endpoint, apiKey: open.adminKey, fetch });
    for (let i = 0; i < 5; i++) await expect(client.request(page)).resolves.toEqual({ postings: { nodes: [] } });
    const throttled = exchanges.filter((exchange) => exchange.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    for (const exchange of throttled) expect(Number(exchange.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(exchanges.at(-1)!.status).toBe(200);
  });

  it("with throttle: false and no retries, surface as a ThrottledError (an HttpError 429) with retryAfter for the caller to reschedule", async () => {
    const client = createClient({ endpoint: open.endpoint, apiKey: open.adminKey, throttle: false, retry: false });
    let error: unknown;
    for (let i = 0; i < 6 && !error; i++) await client.request(page).catch((caught: unknown) => (error = caught));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({ status: 429, code: "THROTTLED", throttleStatus: { maximumAvailable: 40, restoreRate: 10 } });
    expect((error as HttpError).retryAfter).toBeGreaterThanOrEqual(1);
  });
});
