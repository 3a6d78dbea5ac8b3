// Subscriptions are operations too: priced when they start (the cost limit and the rate limit take
// them like queries), and each client may hold only so many open on a process, since each is an
// HTTP response kept open. Over real HTTP (SSE), as clients subscribe.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { createYoga, type Plugin } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Context, createContext } from "../../src/graphql/context.js";
import { schema } from "../../src/graphql/schema.js";
import { createJobgraphYoga } from "../../src/http/yoga.js";
import { createLiveEvents } from "../../src/live/events.js";
import { logger } from "../../src/observability/logger.js";
import type { CostExtension } from "../../src/protection/cost-limit.js";
import { LimitCode, type ProtectionOptions } from "../../src/protection/index.js";
import { subscriptionLimitPlugin } from "../../src/protection/subscriptions.js";
import { employerKey } from "../support/auth.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { createEmployer } from "../support/factories.js";
import { type SseSubscription, subscribe, until } from "../support/sse.js";

const PUBLISHED = "subscription { postingPublished { id title } }";

describe("subscription limits", () => {
  let db: TestDatabase;
  const servers: Server[] = [];
  const open: SseSubscription[] = [];
  const yogas: Array<ReturnType<typeof createJobgraphYoga>> = [];

  async function start(protection: Partial<ProtectionOptions>) {
    const events = createLiveEvents();
    const yoga = createJobgraphYoga({ prisma: db.prisma, logger, events, protection: { trustProxy: true, ...protection } });
    const server = createServer(yoga);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    yogas.push(yoga);
    return { events, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
  }
  const from = (address: string, headers: Record<string, string> = {}) => ({ "x-forwarded-for": address, ...headers });

  /** A subscription the server accepts (its stream stays open). */
  async function opened(endpoint: string, headers: Record<string, string>) {
    const subscription = await subscribe(endpoint, PUBLISHED, {}, headers);
    open.push(subscription);
    return subscription;
  }

  /** A subscription the server refuses: its HTTP status and Retry-After, and the error it streams. */
  async function refused(endpoint: string, headers: Record<string, string>, query = PUBLISHED) {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
      body: JSON.stringify({ query }),
    });
    const data = /^event: next\ndata: (.*)$/m.exec(await response.text())?.[1];
    const result = JSON.parse(data ?? "{}") as {
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
      extensions?: Record<string, unknown>;
    };
    return { status: response.status, retryAfter: response.headers.get("retry-after"), error: result.errors?.[0], extensions: result.extensions };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    await createEmployer(db.prisma, { slug: "acme" });
  });
  afterAll(async () => {
    for (const subscription of open) subscription.close();
    for (const server of servers) server.closeAllConnections();
    for (const server of servers) server.close();
    for (const yoga of yogas) await yoga.closeProtection();
    await db?.close();
  });

  it("let a client hold MAX_SUBSCRIPTIONS_PER_CLIENT open at once, and one more after it closes one", async () => {
    const { events, endpoint } = await start({ maxSubscriptionsPerClient: 2 });
    const first = await opened(endpoint, from("203.0.113.7"));
    await opened(endpoint, from("203.0.113.7"));
    await until(() => events.listening("published") === 2, "two subscribers");

    const third = await refused(endpoint, from("203.0.113.7"));
    expect(third.status).toBe(429);
    expect(third.error).toMatchObject({
      message: "Too many open subscriptions: a client may hold 2 at once; close one first.",
      extensions: { code: LimitCode.TOO_MANY_SUBSCRIPTIONS, maxSubscriptions: 2 },
    });
    expect(events.listening("published")).toBe(2);

    // Other clients have their own count: another address, and an API key from the same address.
    await opened(endpoint, from("203.0.113.8"));
    await opened(endpoint, from("203.0.113.7", (await employerKey(db.prisma, "acme", ["READ_DRAFTS"])).headers));
    await until(() => events.listening("published") === 4, "four subscribers");

    // Closing one makes room for another.
    first.close();
    await until(() => events.listening("published") === 3, "the closed subscription to end");
    await opened(endpoint, from("203.0.113.7"));
    await until(() => events.listening("published") === 4, "the replacement subscriber");
  });

  it("count subscriptions atomically: of 100 sent at once by one client, exactly MAX_SUBSCRIPTIONS_PER_CLIENT are accepted", async () => {
    // Starting a subscription awaits after the limit has let it in (the rate limiter's Redis round
    // trip, a resolver's first query, any later plugin): here a plugin after the limit awaits a
    // timer, so the 100 requests are all in flight together. A count checked first and incremented
    // once the stream started let every one of them through.
    const events = createLiveEvents();
    const slowStart: Plugin = { onSubscribe: () => delay(50) };
    const yoga = createYoga<Record<string, unknown>, Context>({
      schema,
      context: ({ request }) => createContext({ prisma: db.prisma, requestId: request.headers.get("x-request-id") ?? "", events }),
      plugins: [
        subscriptionLimitPlugin({ maxSubscriptionsPerClient: 20, trustProxy: true }, async () => ({ extension: { requestedQueryCost: 1 } })),
        slowStart,
      ],
    });
    const server = createServer(yoga);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

    const aborts = Array.from({ length: 100 }, () => new AbortController());
    const outcomes = await Promise.all(
      aborts.map(async (abort) => {
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "text/event-stream", ...from("192.0.2.50") },
          body: JSON.stringify({ query: PUBLISHED }),
          signal: abort.signal,
        });
        // Refused: the TOO_MANY_SUBSCRIPTIONS error is the whole body; accepted: the stream stays open
        // (its first chunk is a keep-alive). Told apart by content, as the status is not what differs
        // under load.
        const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
        const first = await reader?.read();
        return first?.value?.includes(LimitCode.TOO_MANY_SUBSCRIPTIONS) ? "refused" : "accepted";
      }),
    );
    expect(outcomes.filter((outcome) => outcome === "accepted")).toHaveLength(20);
    expect(outcomes.filter((outcome) => outcome === "refused")).toHaveLength(80);
    await until(() => events.listening("published") === 20, "twenty subscribers");

    // Closing them gives every slot back, and no more: the client can open exactly 20 again.
    for (const abort of aborts) abort.abort();
    await until(() => events.listening("published") === 0, "the subscriptions to end");
    for (let i = 0; i < 20; i++) await opened(endpoint, from("192.0.2.50"));
    expect((await refused(endpoint, from("192.0.2.50"))).error?.extensions).toMatchObject({ code: LimitCode.TOO_MANY_SUBSCRIPTIONS });
  }, 30_000);

  it("refuse a subscription over the cap before pricing it: it takes nothing from the rate limit", async () => {
    const limited = await start({
      maxSubscriptionsPerClient: 1,
      rateLimit: { anonymous: { bucket: 100, restoreRate: 1 }, apiKey: { bucket: 100, restoreRate: 1 } },
    });
    const client = from("198.51.100.3");
    await opened(limited.endpoint, client);
    const available = async () => {
      const response = await fetch(limited.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", ...client },
        body: JSON.stringify({ query: "{ postings(first: 1) { totalCount } }" }),
      });
      const { cost } = ((await response.json()) as { extensions: { cost: CostExtension } }).extensions;
      return { cost: cost.requestedQueryCost, available: cost.throttleStatus?.currentlyAvailable ?? Number.NaN };
    };
    const before = await available();
    const over = await refused(limited.endpoint, client);
    expect(over.error?.extensions).toMatchObject({ code: LimitCode.TOO_MANY_SUBSCRIPTIONS });
    expect(over.extensions?.cost).toBeUndefined();
    // Between the two queries only the second query's own cost was taken (a 100 s window: nothing restored).
    const after = await available();
    expect(before.available - after.available).toBe(after.cost);
  });

  it("price a subscription like a query: over the cost limit it is refused, and it takes from the rate limit", async () => {
    // The posting (1), its employer (1) and its locations (1): 3.
    const costly = await start({ maxCost: 2 });
    const tooCostly = await refused(
      costly.endpoint,
      from("198.51.100.1"),
      "subscription { postingPublished { id employer { name } locations { name } } }",
    );
    expect(tooCostly.error?.extensions).toMatchObject({ code: LimitCode.MAX_COST_EXCEEDED, cost: 3, maxCost: 2 });
    expect(tooCostly.extensions?.cost).toEqual({ requestedQueryCost: 3 });
    expect(costly.events.listening("published")).toBe(0);

    // Each subscription below costs 9 (the posting 1, its employer 1, the employer's first 5
    // postings 2 + 5 × 1): three use up a bucket of 27, which refills over 27 s.
    const heavy = "subscription { postingPublished { id employer { name postings(first: 5) { nodes { id } } } } }";
    const limited = await start({ rateLimit: { anonymous: { bucket: 27, restoreRate: 1 }, apiKey: { bucket: 27, restoreRate: 1 } } });
    const client = from("198.51.100.2");
    for (let i = 0; i < 3; i++) open.push(await subscribe(limited.endpoint, heavy, {}, client));
    await until(() => limited.events.listening("published") === 3, "three subscribers");
    // Refused as a query is: HTTP 429 with Retry-After, the error as the stream's one event.
    const throttled = await refused(limited.endpoint, client, heavy);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(throttled.error?.extensions).toMatchObject({ code: LimitCode.THROTTLED });
    expect(throttled.extensions?.cost).toMatchObject({ requestedQueryCost: 9, throttleStatus: { maximumAvailable: 27, currentlyAvailable: 0 } });
    expect(limited.events.listening("published")).toBe(3);
  });
});
