// The response cache for anonymous reads: a repeated read costs no SQL, a write through the API
// evicts what it changed, and nothing is cached for API keys or for failed requests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { employerKey } from "../support/auth.js";
import { createEmployer, createPosting } from "../support/factories.js";

const SEARCH = `query { postings(first: 5, filter: { keywords: "cached" }) { totalCount nodes { id title } facets { workplaceTypes { value count } } } }`;
const UPDATE = `mutation ($id: ID!, $title: String!) { updatePosting(id: $id, input: { title: $title }) { posting { id title } userErrors { code message } } }`;

describe("response cache (anonymous reads)", () => {
  let app: TestApp;
  let headers: Record<string, string>;
  beforeAll(async () => {
    app = await createTestApp({ responseCacheTtlMs: 60_000 });
    const employer = await createEmployer(app.db.prisma, { slug: "cache-co" });
    await createPosting(app.db.prisma, employer.id, { title: "Cached engineer" });
    headers = (await employerKey(app.db.prisma, "cache-co")).headers;
  });
  afterAll(() => app?.close());

  async function statements(run: () => Promise<unknown>) {
    app.db.resetQueryLog();
    const result = await run();
    return { result: result as any, statements: app.db.queries.length };
  }

  it("answers a repeated anonymous search from memory, and a write evicts what it changed", async () => {
    const first = await statements(() => app.query(SEARCH));
    expect(first.statements).toBeGreaterThan(0);
    const again = await statements(() => app.query(SEARCH));
    expect(again.statements).toBe(0);
    expect(again.result).toEqual(first.result);

    const id = first.result.postings.nodes[0].id;
    const update = await app.execute(UPDATE, { id, title: "Cached engineer (renamed)" }, headers);
    expect(update.data?.updatePosting.userErrors).toEqual([]);

    const afterWrite = await statements(() => app.query(SEARCH));
    expect(afterWrite.statements).toBeGreaterThan(0);
    expect(afterWrite.result.postings.nodes[0].title).toBe("Cached engineer (renamed)");
  });

  it("never caches requests with an API key", async () => {
    const query = `query { posting(employerSlug: "cache-co", reference: "nope") { id } viewer { kind } }`;
    await app.execute(query, {}, headers);
    const again = await statements(() => app.execute(query, {}, headers));
    expect(again.statements).toBeGreaterThan(0);
  });

  it("never caches the change feed: a caught-up poller hears of a change as soon as it commits", async () => {
    const feed = `query { changes(first: 100) { pageInfo { endCursor } nodes { id } } }`;
    const first = await statements(() => app.query(feed));
    const employer = await createEmployer(app.db.prisma, { slug: "cache-co-2" });
    const again = await statements(() => app.query(feed));
    expect(again.statements).toBeGreaterThan(0);
    expect(again.result.changes.nodes.length).toBe(first.result.changes.nodes.length + 1);
    expect(employer.id).toBeTruthy();
  });

  it("never caches a response with errors", async () => {
    const missing = `query { posting(employerSlug: "cache-co", reference: "no-such-reference") { id } }`;
    const first = await statements(() => app.execute(missing));
    expect(first.result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(first.statements).toBeGreaterThan(0);
    const second = await statements(() => app.execute(missing));
    expect(second.result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(second.statements).toBeGreaterThan(0);
  });
});
