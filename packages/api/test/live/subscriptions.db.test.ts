// Live updates over real HTTP Server-Sent Events, in one process: the write path announces a
// posting after its transaction commits, and each subscription hears the events its filter matches.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobgraphYoga } from "../../src/http/yoga.js";
import { createLiveEvents, type LiveEvents } from "../../src/live/events.js";
import { logger } from "../../src/observability/logger.js";
import { employerKey } from "../support/auth.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { createEmployer, createPosting } from "../support/factories.js";
import { type SseSubscription, subscribe, until } from "../support/sse.js";
import { globalId, M, succeeded } from "../support/writes.js";

let db: TestDatabase;
let events: LiveEvents;
let server: Server;
let endpoint: string;
let acme: { id: string; headers: Record<string, string> };
let other: { id: string };
const open: SseSubscription[] = [];

const POSTING = "id title status version employer { slug }";
const S = {
  published: `subscription ($filter: PostingEventFilter) { postingPublished(filter: $filter) { ${POSTING} } }`,
  closed: `subscription ($filter: PostingEventFilter) { postingClosed(filter: $filter) { ${POSTING} } }`,
  updated: `subscription ($filter: PostingEventFilter) { postingUpdated(filter: $filter) { ${POSTING} } }`,
};

async function graphql(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Opens a subscription and waits until this process is listening for it. */
async function listen(kind: keyof typeof S, filter?: Record<string, unknown>): Promise<SseSubscription> {
  const before = events.listening(kind);
  const subscription = await subscribe(endpoint, S[kind], filter ? { filter } : {});
  open.push(subscription);
  await until(() => events.listening(kind) > before, `a ${kind} subscriber`);
  return subscription;
}

const draft = (employerId: string, data: Record<string, unknown> = {}) =>
  createPosting(db.prisma, employerId, { status: "DRAFT", applyUrl: "https://example.com/apply", ...data });

beforeAll(async () => {
  db = await createTestDatabase();
  events = createLiveEvents();
  const yoga = createJobgraphYoga({ prisma: db.prisma, logger, events });
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  acme = { id: (await createEmployer(db.prisma, { slug: "acme" })).id, headers: {} };
  acme.headers = (await employerKey(db.prisma, "acme", ["WRITE_POSTINGS"])).headers;
  other = { id: (await createEmployer(db.prisma, { slug: "other" })).id };
});

afterAll(async () => {
  for (const subscription of open) subscription.close();
  await events?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

describe("live updates over SSE", () => {
  it("announces a publication to subscribers whose filter matches, with the posting as it is now", async () => {
    const byEmployer = await listen("published", { employerIds: [globalId("Employer", acme.id)] });
    const contracts = await listen("published", { contractTypes: ["CONTRACT"] });
    const byKeyword = await listen("published", { keywords: "lighthouse" });

    const permanent = await draft(acme.id, { contractType: "PERMANENT", title: "Data engineer" });
    succeeded(await graphql(M.publishPosting, { id: globalId("Posting", permanent.id) }, acme.headers), "publishPosting");
    const contract = await draft(acme.id, { contractType: "CONTRACT", title: "Lighthouse keeper" });
    succeeded(await graphql(M.publishPosting, { id: globalId("Posting", contract.id) }, acme.headers), "publishPosting");

    expect((await byEmployer.next()).data.postingPublished).toEqual({
      id: globalId("Posting", permanent.id),
      title: "Data engineer",
      status: "PUBLISHED",
      version: 2,
      employer: { slug: "acme" },
    });
    expect((await byEmployer.next()).data.postingPublished.id).toBe(globalId("Posting", contract.id));
    // The first event each of the others hears is the contract: the permanent posting did not match.
    expect((await contracts.next()).data.postingPublished.id).toBe(globalId("Posting", contract.id));
    expect((await byKeyword.next()).data.postingPublished).toMatchObject({ title: "Lighthouse keeper" });
  });

  it("never announces a write that rolled back, a draft, or another employer's posting to an employer filter", async () => {
    const updates = await listen("updated");
    const acmeUpdates = await listen("updated", { employerSlugs: ["acme"] });
    const published = await createPosting(db.prisma, acme.id, { applyUrl: "https://example.com/apply" });
    const unpublished = await draft(acme.id);
    const foreign = await createPosting(db.prisma, other.id, { applyUrl: "https://example.com/apply" });
    const adminless = await employerKey(db.prisma, "other", ["WRITE_POSTINGS"]);

    // Refused (a user error rolls the transaction back): nothing is announced.
    const refused = await graphql(M.updatePosting, { id: globalId("Posting", published.id), input: { title: "" } }, acme.headers);
    expect(refused.data.updatePosting.userErrors.length).toBeGreaterThan(0);
    // A stale version: refused too.
    const stale = await graphql(M.updatePosting, { id: globalId("Posting", published.id), input: { title: "x" }, expectedVersion: 99 }, acme.headers);
    expect(stale.data.updatePosting.userErrors[0].code).toBe("CONFLICT");
    // A draft's change is the employer's business only.
    succeeded(
      await graphql(M.updatePosting, { id: globalId("Posting", unpublished.id), input: { title: "Secret plans" } }, acme.headers),
      "updatePosting",
    );
    // Another employer's posting: heard by the unfiltered subscription only.
    succeeded(
      await graphql(M.updatePosting, { id: globalId("Posting", foreign.id), input: { title: "Theirs" } }, adminless.headers),
      "updatePosting",
    );
    // Then a change that commits.
    succeeded(await graphql(M.updatePosting, { id: globalId("Posting", published.id), input: { title: "Renamed" } }, acme.headers), "updatePosting");

    expect((await updates.next()).data.postingUpdated).toMatchObject({ id: globalId("Posting", foreign.id), title: "Theirs" });
    expect((await updates.next()).data.postingUpdated).toMatchObject({ id: globalId("Posting", published.id), title: "Renamed", version: 2 });
    expect((await acmeUpdates.next()).data.postingUpdated).toMatchObject({ id: globalId("Posting", published.id), title: "Renamed" });

    // Benefits are part of the posting too.
    succeeded(await graphql(M.setPostingBenefits, { id: globalId("Posting", published.id), benefits: [] }, acme.headers), "setPostingBenefits");
    expect((await acmeUpdates.next()).data.postingUpdated).toMatchObject({ id: globalId("Posting", published.id), version: 3 });
  });

  it("announces a closing, and not an archiving", async () => {
    const closed = await listen("closed");
    const first = await createPosting(db.prisma, acme.id, { applyUrl: "https://example.com/apply" });
    const second = await createPosting(db.prisma, acme.id, { applyUrl: "https://example.com/apply" });
    succeeded(await graphql(M.archivePosting, { id: globalId("Posting", first.id) }, acme.headers), "archivePosting");
    succeeded(await graphql(M.closePosting, { id: globalId("Posting", second.id) }, acme.headers), "closePosting");
    expect((await closed.next()).data.postingClosed).toMatchObject({ id: globalId("Posting", second.id), status: "CLOSED" });
  });

  it("refuses a bad filter with a typed error before listening", async () => {
    const subscription = await subscribe(endpoint, S.published, { filter: { near: { place: "Xyzzyville", radius: 10 } } });
    open.push(subscription);
    const result = await subscription.next();
    expect(result.errors?.[0]).toMatchObject({ message: 'Unknown place "Xyzzyville" in filter.near.place.', extensions: { code: "BAD_USER_INPUT" } });
  });
});
