// The NDJSON feed is bounded like an operation: priced page by page from the client's rate-limit
// allowance, capped in feeds read at once, and ended by a final error record, never silently short.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEED_PAGE_COST, FEED_PATH, FEED_RECORD_FAILED } from "../../src/interchange/feed.js";
import { LimitCode } from "../../src/protection/index.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { createEmployer, createPosting } from "../support/factories.js";

const lines = async (response: Response) =>
  (await response.text())
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { "@type"?: string; error?: { code: string; message: string } });

async function withPostings(app: TestApp, count: number) {
  const employer = await createEmployer(app.db.prisma);
  for (let i = 0; i < count; i++) await createPosting(app.db.prisma, employer.id);
}

describe("the NDJSON feed", () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it("is priced per page from the rate-limit allowance, and ends with a final THROTTLED record when it runs out", async () => {
    // A 50-point allowance (refilled over 50 s): the first page and the second (20 each), not the third.
    const app = await createTestApp({
      feed: { pageSize: 2 },
      protection: { rateLimit: { anonymous: { bucket: 50, restoreRate: 1 }, apiKey: { bucket: 50, restoreRate: 1 } } },
    });
    apps.push(app);
    await withPostings(app, 7);
    expect(FEED_PAGE_COST).toBe(20);

    const response = await app.fetch(FEED_PATH);
    expect(response.status).toBe(200);
    const records = await lines(response);
    expect(records.slice(0, 4).every((record) => record["@type"] === "JobPosting")).toBe(true);
    expect(records).toHaveLength(5);
    expect(records[4]?.error).toMatchObject({ code: LimitCode.THROTTLED });
    expect(records[4]?.error?.message).toMatch(/a page of the feed costs 20/);

    // Out of points: the next feed is refused before it starts, as an operation would be.
    const refused = await app.fetch(FEED_PATH);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await lines(refused))[0]?.error).toMatchObject({ code: LimitCode.THROTTLED });
  });

  it("lets a client read only so many feeds at once", async () => {
    const app = await createTestApp({ feed: { pageSize: 2, maxFeedsPerClient: 2 } });
    apps.push(app);
    await withPostings(app, 3);
    const first = await app.fetch(FEED_PATH);
    const second = await app.fetch(FEED_PATH);
    expect([first.status, second.status]).toEqual([200, 200]);
    const third = await app.fetch(FEED_PATH);
    expect(third.status).toBe(429);
    expect((await lines(third))[0]?.error).toMatchObject({ code: LimitCode.TOO_MANY_FEEDS });

    // Read to the end (or dropped), a feed gives its place back.
    expect(await lines(first)).toHaveLength(3);
    await second.body?.cancel();
    const again = [await app.fetch(FEED_PATH), await app.fetch(FEED_PATH)];
    expect(again.map((response) => response.status)).toEqual([200, 200]);
    for (const response of again) expect(await lines(response)).toHaveLength(3);
  });

  describe("when a record cannot be produced", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp({ feed: { pageSize: 2 } });
      await withPostings(app, 5);
    });

    it("ends with a final error record rather than stopping silently", async () => {
      const response = await app.fetch(FEED_PATH);
      const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
      let text = "";
      while (text.split("\n").length < 3) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        text += chunk.value;
      }
      // The first page is sent; the database goes away before the next is read.
      await app.db.close();
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) break;
        text += chunk.value;
      }
      const records = text
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line) as { "@type"?: string; error?: { code: string; message: string } });
      expect(records.at(-1)?.error).toMatchObject({ code: FEED_RECORD_FAILED });
      expect(records.at(-1)?.error?.message).toMatch(/^The feed stopped after \d+ records/);
      expect(records.slice(0, -1).every((record) => record["@type"] === "JobPosting")).toBe(true);
    }, 20_000);
  });
});
