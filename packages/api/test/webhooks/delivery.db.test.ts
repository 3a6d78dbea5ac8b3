// Webhooks end to end on a real database and a real local receiver: endpoints managed through the
// API, deliveries dispatched from the change feed, signed (Standard Webhooks), retried with the same
// webhook-id, failed and disabled after the retry window, re-enabled, redelivered, rotated.
import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { logger } from "../../src/observability/logger.js";
import { startWebhooks, type WebhookRuntime } from "../../src/webhooks/runtime.js";
import { DEFAULT_OUTBOUND_POLICY } from "../../src/webhooks/send.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey, employerKey } from "../support/auth.js";
import { testEngine } from "../support/database.js";
import { createEmployer, createPosting } from "../support/factories.js";
import { type Receiver, startReceiver } from "../support/receiver.js";
import { globalId, M, outcome, postingInput, succeeded } from "../support/writes.js";

const OUTBOUND = { ...DEFAULT_OUTBOUND_POLICY, allowPrivateAddresses: true, timeoutMs: 2_000 };
const FAST_RETRY = { baseDelayMs: 40, maxDelayMs: 200, windowMs: 1_500 };

const CREATE = /* GraphQL */ `
  mutation ($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { secret endpoint { id url enabled kinds types employer { slug } } userErrors { field code message } }
  }`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) { endpoint { id enabled disabledReason } userErrors { field code message } }
  }`;
const ENDPOINT = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) { ... on WebhookEndpoint { id enabled disabledAt disabledReason deliveries(first: 50) { totalCount nodes { id webhookId eventType status attempts lastStatus lastError changeCursor } } } }
  }`;

let app: TestApp;
let receiver: Receiver;
let runtime: WebhookRuntime | undefined;
let acme: { id: string; headers: Record<string, string> };
let globex: { id: string; headers: Record<string, string> };
let admin: Record<string, string>;

beforeAll(async () => {
  app = await createTestApp({ webhookPolicy: OUTBOUND });
  const prisma = app.db.prisma;
  acme = { id: (await createEmployer(prisma, { slug: "acme" })).id, headers: (await employerKey(prisma, "acme")).headers };
  globex = { id: (await createEmployer(prisma, { slug: "globex" })).id, headers: (await employerKey(prisma, "globex")).headers };
  admin = (await adminKey(prisma)).headers;
  receiver = await startReceiver();
}, 60_000);
afterEach(async () => {
  await runtime?.close();
  runtime = undefined;
  receiver.respond = () => 204;
  receiver.requests.length = 0;
  await app.db.prisma.webhookEndpoint.deleteMany({});
});
afterAll(async () => {
  await receiver?.close();
  await app?.close();
});

const start = async (retry = FAST_RETRY) => {
  // Past the changes made before: the dispatcher starts from where the feed is now.
  await app.db.prisma
    .$executeRaw`UPDATE change_feed_state SET dispatched_txid = (SELECT coalesce(max(txid), 0) FROM changes), dispatched_seq = (SELECT coalesce(max(seq), 0) FROM changes)`;
  runtime = await startWebhooks({
    prisma: app.db.prisma,
    logger,
    databaseUrl: app.db.url,
    outbound: OUTBOUND,
    retry,
    pollMs: 30,
    sweepMs: 200,
  });
};

async function createEndpoint(headers: Record<string, string>, input: Record<string, unknown> = {}) {
  const payload = succeeded(await app.execute(CREATE, { input: { url: receiver.url, ...input } }, headers), "createWebhookEndpoint");
  return { id: payload.endpoint.id as string, secret: payload.secret as string };
}

async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const events = () => receiver.requests.filter((r) => r.status < 300).map((r) => JSON.parse(r.body) as { type: string; data: Record<string, any> });

describe("managing endpoints", () => {
  it("lets admin keys and employer keys with MANAGE_EMPLOYER manage their own endpoints only", async () => {
    expect((await app.execute(CREATE, { input: { url: receiver.url } })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const readOnly = (await employerKey(app.db.prisma, "acme", ["READ_DRAFTS"])).headers;
    expect((await app.execute(CREATE, { input: { url: receiver.url } }, readOnly)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const mine = await createEndpoint(acme.headers);
    expect(mine.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    // Globex cannot see or change Acme's endpoint: it does not exist for them.
    expect((await app.execute(ENDPOINT, { id: mine.id }, globex.headers)).data?.node).toBeNull();
    expect(outcome(await app.execute(UPDATE, { id: mine.id, input: { enabled: false } }, globex.headers), "updateWebhookEndpoint")).toBe(
      "USER_ERROR:NOT_FOUND",
    );
    expect(outcome(await app.execute(UPDATE, { id: mine.id, input: { enabled: false } }, admin), "updateWebhookEndpoint")).toBe("OK");
    // At most ten per owner.
    for (let i = 1; i < 10; i++) await createEndpoint(acme.headers);
    const eleventh = await app.execute(CREATE, { input: { url: receiver.url } }, acme.headers);
    expect(outcome(eleventh, "createWebhookEndpoint")).toBe("USER_ERROR:INVALID");
    expect(outcome(await app.execute(CREATE, { input: { url: receiver.url } }, globex.headers), "createWebhookEndpoint")).toBe("OK");
    // Only admins filter by employer.
    const filtered = await app.execute(CREATE, { input: { url: receiver.url, employerIds: [globalId("Employer", globex.id)] } }, acme.headers);
    expect(outcome(filtered, "createWebhookEndpoint")).toBe("USER_ERROR:FORBIDDEN");
  });

  it("refuses URLs that are not public http(s) addresses, unless private addresses are allowed", async () => {
    const strict = await createTestApp({ db: app.db });
    try {
      for (const url of [
        "http://127.0.0.1:9/x",
        "http://localhost/x",
        "http://169.254.169.254/latest/meta-data",
        "ftp://example.com/",
        "not a url",
      ]) {
        const result = await strict.execute(CREATE, { input: { url } }, admin);
        expect(outcome(result, "createWebhookEndpoint"), url).toBe("USER_ERROR:INVALID");
      }
      // Longer than the input limit: refused before the resolver runs.
      const long = await strict.execute(CREATE, { input: { url: `https://example.com/${"a".repeat(2000)}` } }, admin);
      expect(outcome(long, "createWebhookEndpoint")).toBe("ERROR:BAD_USER_INPUT");
      expect(outcome(await strict.execute(CREATE, { input: { url: "https://hooks.example.com/jobgraph" } }, admin), "createWebhookEndpoint")).toBe(
        "OK",
      );
    } finally {
      await strict.close();
    }
  });
});

describe("deliveries", () => {
  it("sends each change its endpoint receives once, signed, with the change in the body; an employer's endpoint only its own", async () => {
    const acmeHook = await createEndpoint(acme.headers);
    const adminHook = await createEndpoint(admin, { types: ["POSTING"], kinds: ["PUBLISHED"] });
    await start();
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme.headers), "createPosting");
    succeeded(await app.execute(M.publishPosting, { id: created.posting.id }, acme.headers), "publishPosting");
    succeeded(await app.execute(M.createPosting, { input: postingInput() }, globex.headers), "createPosting");
    await until(() => receiver.requests.length >= 3, "three deliveries");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const byEndpoint = (secret: string) =>
      receiver.requests.filter((r) => {
        try {
          new Webhook(secret).verify(r.body, r.headers as Record<string, string>);
          return true;
        } catch {
          return false;
        }
      });
    const toAcme = byEndpoint(acmeHook.secret).map((r) => JSON.parse(r.body));
    const toAdmin = byEndpoint(adminHook.secret).map((r) => JSON.parse(r.body));
    expect(toAcme.map((e) => e.type)).toEqual(["posting.created", "posting.published"]);
    expect(toAdmin.map((e) => e.type)).toEqual(["posting.published"]);
    expect(receiver.requests).toHaveLength(3);
    expect(toAcme[1].data).toMatchObject({
      kind: "PUBLISHED",
      objectType: "POSTING",
      objectId: created.posting.id,
      employerId: globalId("Employer", acme.id),
    });
    expect(toAcme[1].data.changedFields).toContain("status");
    // The data's id is the change's feed cursor: the feed read after it does not repeat it.
    const after = await app.execute(`query ($after: String) { changes(after: $after) { nodes { id } } }`, { after: toAcme[0].data.id }, acme.headers);
    const nodes = (after.data?.changes as { nodes: Array<{ id: string }> } | undefined)?.nodes ?? [];
    expect(nodes.map((n) => n.id)).toContain(toAcme[1].data.id);
    expect(new Set(receiver.requests.map((r) => r.headers["webhook-id"])).size).toBe(3);
  });

  it("retries a failing receiver with the same webhook-id, and never sends what rolled back", async () => {
    const hook = await createEndpoint(acme.headers);
    await start();
    let failures = 0;
    receiver.respond = () => (failures++ < 2 ? 503 : 200);
    await app.db.prisma
      .$transaction(async (tx) => {
        await tx.employer.update({ where: { id: acme.id }, data: { name: "Rolled back" } });
        throw new Error("roll back");
      })
      .catch(() => {});
    await app.db.prisma.employer.update({ where: { id: acme.id }, data: { name: "Acme Ltd" } });
    await until(() => receiver.requests.some((r) => r.status === 200), "a successful attempt");
    expect(receiver.requests.map((r) => r.status)).toEqual([503, 503, 200]);
    expect(new Set(receiver.requests.map((r) => r.headers["webhook-id"])).size).toBe(1);
    // Each attempt signed afresh (its own timestamp), each verifiable.
    for (const r of receiver.requests) expect(() => new Webhook(hook.secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();
    expect(JSON.parse(receiver.requests[0]?.body ?? "{}").data.changedFields).toEqual(["name"]);
    // The attempt records its outcome once the receiver has answered: wait for that write.
    const endpoint = await until(async () => {
      const node = (await app.execute(ENDPOINT, { id: hook.id }, acme.headers)).data?.node as any;
      return node?.deliveries.nodes[0]?.status === "PENDING" ? undefined : node;
    }, "the delivery's outcome");
    expect(endpoint.deliveries.nodes).toMatchObject([{ status: "SUCCEEDED", attempts: 3, lastStatus: 200, eventType: "employer.updated" }]);
  });

  it("fails a delivery after the retry window, disables the endpoint with the reason, and retries pending ones when enabled again", async () => {
    const hook = await createEndpoint(acme.headers);
    await start();
    receiver.respond = () => 500;
    await app.db.prisma.employer.update({ where: { id: acme.id }, data: { industry: "Retail" } });
    const disabled = await until(async () => {
      const node = (await app.execute(ENDPOINT, { id: hook.id }, acme.headers)).data?.node as any;
      return node?.enabled === false ? node : undefined;
    }, "the endpoint to be disabled");
    expect(disabled.disabledReason).toMatch(/failed for .*HTTP 500/);
    expect(disabled.deliveries.nodes[0]).toMatchObject({ status: "FAILED", lastStatus: 500, lastError: "HTTP 500" });
    expect(disabled.deliveries.nodes[0].attempts).toBeGreaterThan(2);
    // While disabled nothing is sent (a change now is not dispatched to it).
    const sent = receiver.requests.length;
    await app.db.prisma.employer.update({ where: { id: acme.id }, data: { industry: "Banking" } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.requests.length).toBe(sent);
    // Redeliver the failed one once the receiver is fixed: same webhook-id.
    receiver.respond = () => 204;
    expect(outcome(await app.execute(UPDATE, { id: hook.id, input: { enabled: true } }, acme.headers), "updateWebhookEndpoint")).toBe("OK");
    const failedId = disabled.deliveries.nodes[0].id;
    const redelivered = await app.execute(
      `mutation ($id: ID!) { redeliverWebhookDelivery(id: $id) { delivery { status } userErrors { code } } }`,
      { id: failedId },
      acme.headers,
    );
    expect(outcome(redelivered, "redeliverWebhookDelivery")).toBe("OK");
    await until(() => receiver.requests.some((r) => r.status === 204), "the redelivery");
    const ok = receiver.requests.filter((r) => r.status === 204);
    expect(ok.map((r) => r.headers["webhook-id"])).toEqual([disabled.deliveries.nodes[0].webhookId]);
    expect((await app.execute(ENDPOINT, { id: failedId.length ? hook.id : hook.id }, acme.headers)).data?.node).toMatchObject({
      enabled: true,
      disabledReason: null,
    });
  });

  it("signs with both secrets for a day after a rotation", async () => {
    const hook = await createEndpoint(acme.headers);
    const rotated = succeeded(
      await app.execute(
        `mutation ($id: ID!) { rotateWebhookEndpointSecret(id: $id) { secret endpoint { id } userErrors { code } } }`,
        { id: hook.id },
        acme.headers,
      ),
      "rotateWebhookEndpointSecret",
    );
    expect(rotated.secret).not.toBe(hook.secret);
    await start();
    await app.db.prisma.employer.update({ where: { id: acme.id }, data: { industry: "Mining" } });
    const [request] = await until(() => (receiver.requests.length ? receiver.requests : undefined), "a delivery");
    expect(String(request?.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const secret of [hook.secret, rotated.secret])
      expect(() => new Webhook(secret).verify(request?.body ?? "", request?.headers as Record<string, string>)).not.toThrow();
  });

  it("sends a signed test event on request, also to a disabled endpoint", async () => {
    const hook = await createEndpoint(acme.headers);
    succeeded(await app.execute(UPDATE, { id: hook.id, input: { enabled: false } }, acme.headers), "updateWebhookEndpoint");
    await start();
    const sent = succeeded(
      await app.execute(
        `mutation ($id: ID!) { sendTestWebhook(id: $id) { delivery { id eventType status changeCursor } userErrors { code } } }`,
        { id: hook.id },
        acme.headers,
      ),
      "sendTestWebhook",
    );
    expect(sent.delivery).toMatchObject({ eventType: "webhook.test", status: "PENDING", changeCursor: null });
    const [request] = await until(() => (receiver.requests.length ? receiver.requests : undefined), "the test event");
    const event = new Webhook(hook.secret).verify(request?.body ?? "", request?.headers as Record<string, string>) as {
      type: string;
      data: { message: string };
    };
    expect(event.type).toBe("webhook.test");
    expect(event.data.message).toMatch(/Hello/);
    expect(
      outcome(
        await app.execute(`mutation ($id: ID!) { sendTestWebhook(id: $id) { userErrors { code } } }`, { id: hook.id }, globex.headers),
        "sendTestWebhook",
      ),
    ).toBe("USER_ERROR:NOT_FOUND");
  });

  it("keeps dispatching after a dispatch fails (the database away for a moment)", async () => {
    await createEndpoint(acme.headers);
    await app.db.prisma
      .$executeRaw`UPDATE change_feed_state SET dispatched_txid = (SELECT coalesce(max(txid), 0) FROM changes), dispatched_seq = (SELECT coalesce(max(seq), 0) FROM changes)`;
    let failures = 0;
    const real = app.db.prisma;
    const flaky = new Proxy(real, {
      get: (target, property, receiver) =>
        property === "$transaction" && failures++ < 2 ? () => Promise.reject(new Error("database away")) : Reflect.get(target, property, receiver),
    });
    runtime = await startWebhooks({
      prisma: flaky,
      logger,
      databaseUrl: app.db.url,
      outbound: OUTBOUND,
      retry: FAST_RETRY,
      pollMs: 30,
      sweepMs: 200,
    });
    await until(() => failures >= 2, "two failed dispatches");
    await real.employer.update({ where: { id: acme.id }, data: { industry: "Recovered" } });
    await until(() => receiver.requests.length > 0, "a delivery after the failures");
    expect(JSON.parse(receiver.requests[0]?.body ?? "{}").type).toBe("employer.updated");
  });

  it("delivers imports and bulk writes too", async () => {
    await createEndpoint(admin, { types: ["POSTING"] });
    await start();
    for (let i = 0; i < 25; i++) await createPosting(app.db.prisma, globex.id, { status: "PUBLISHED" });
    await until(() => events().length >= 25, "25 deliveries");
    expect(events().every((e) => e.type === "posting.created")).toBe(true);
  });
});

describe.skipIf(testEngine !== "postgres")("two processes", () => {
  it("share the deliveries through graphile-worker, each attempted by one of them", async () => {
    await createEndpoint(admin);
    await start();
    const second = await startWebhooks({ prisma: app.db.prisma, logger, databaseUrl: app.db.url, outbound: OUTBOUND, retry: FAST_RETRY, pollMs: 30 });
    try {
      expect(second.queue).toBe("graphile-worker");
      const postings = await Promise.all(Array.from({ length: 40 }, () => createPosting(app.db.prisma, acme.id, { status: "PUBLISHED" })));
      await until(() => receiver.requests.length >= postings.length, "40 deliveries");
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ids = receiver.requests.map((r) => r.headers["webhook-id"]);
      expect(new Set(ids).size).toBe(40);
      expect(ids).toHaveLength(40);
    } finally {
      await second.close();
    }
  }, 60_000);
});
