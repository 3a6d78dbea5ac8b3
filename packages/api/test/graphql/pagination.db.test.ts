import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { createEmployer, createPosting } from "../support/factories.js";

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: PostingOrder) {
  postings(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { title } }
  }
}`;

describe("posting connections", () => {
  let app: TestApp;
  const titles: string[] = [];
  beforeAll(async () => {
    app = await createTestApp();
    const employer = await createEmployer(app.db.prisma);
    const sameInstant = new Date("2026-11-01T09:00:00Z");
    // 25 postings; groups of five share a posting time, so ordering depends on the id tie-break.
    for (let i = 0; i < 25; i++) {
      const posting = await createPosting(app.db.prisma, employer.id, {
        title: `P${String(i).padStart(2, "0")}`,
        postedAt: new Date(sameInstant.getTime() + Math.floor(i / 5) * 3_600_000),
        closesAt: i % 3 === 0 ? null : new Date(Date.now() + (30 - i) * 86_400_000),
      });
      titles.push(posting.title);
    }
  });
  afterAll(() => app?.close());

  async function walk(variables: Record<string, unknown>, forward = true) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 20; guard++) {
      const data: any = await app.query(PAGE, { ...variables, ...(forward ? { after: cursor } : { before: cursor }) });
      const page = data.postings;
      expect(page.totalCount).toBe(25);
      const nodes = page.edges.map((e: { node: { title: string } }) => e.node.title);
      seen.push(...(forward ? nodes : nodes.reverse()));
      if (!(forward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage)) break;
      cursor = forward ? page.pageInfo.endCursor : page.pageInfo.startCursor;
    }
    return forward ? seen : seen.reverse();
  }

  it("pages forward through every posting exactly once, newest first, with ties broken stably", async () => {
    const seen = await walk({ first: 7 });
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const full = await app.query(PAGE, { first: 25 });
    expect(seen).toEqual(full.postings.edges.map((e: { node: { title: string } }) => e.node.title));
  });

  it("pages backward with last/before to the same order", async () => {
    const forward = await walk({ first: 6 });
    const backward = await walk({ last: 6 }, false);
    expect(backward).toEqual(forward);
  });

  it("sorts by closing date ascending with open-ended postings last, across pages", async () => {
    const seen = await walk({ first: 4, orderBy: { field: "CLOSES_AT", direction: "ASC" } });
    expect(seen).toHaveLength(25);
    const openEnded = titles.filter((_, i) => i % 3 === 0);
    expect(seen.slice(-openEnded.length).sort()).toEqual(openEnded.sort());
    const dated = seen.slice(0, 25 - openEnded.length);
    expect(dated).toEqual([...dated].sort().reverse()); // later titles close sooner
  });

  it("defaults to 20 per page and allows up to 100", async () => {
    const data = await app.query(`{ postings { nodes { id } } big: postings(first: 100) { nodes { id } } }`);
    expect(data.postings.nodes).toHaveLength(20);
    expect(data.big.nodes).toHaveLength(25);
  });

  it("pages an employer's nested postings (batched SQL) exactly like the top-level list, both ways and in every order", async () => {
    const NESTED = `query ($first: Int, $after: String, $last: Int, $before: String, $orderBy: PostingOrder) {
      employers { nodes { postings(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title } } } } }
    }`;
    for (const orderBy of [
      undefined,
      { field: "CLOSES_AT", direction: "ASC" },
      { field: "CLOSES_AT", direction: "DESC" },
      { field: "POSTED_AT", direction: "ASC" },
    ]) {
      const top = await app.query(PAGE, { first: 25, orderBy });
      const expected = top.postings.edges.map((e: { node: { title: string } }) => e.node.title);
      for (const forward of [true, false]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        for (let guard = 0; guard < 10; guard++) {
          const data: any = await app.query(NESTED, forward ? { first: 6, after: cursor, orderBy } : { last: 6, before: cursor, orderBy });
          const page = data.employers.nodes[0].postings;
          expect(page.totalCount).toBe(25);
          const titles = page.edges.map((e: { node: { title: string } }) => e.node.title);
          seen.push(...(forward ? titles : titles.reverse()));
          if (!(forward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage)) break;
          cursor = forward ? page.pageInfo.endCursor : page.pageInfo.startCursor;
        }
        expect(forward ? seen : seen.reverse(), `${JSON.stringify(orderBy)} ${forward ? "forward" : "backward"}`).toEqual(expected);
      }
    }
  });

  it("rejects a malformed cursor", async () => {
    for (const query of [
      `{ postings(after: "garbage") { nodes { id } } }`,
      `{ employers { nodes { postings(before: "garbage", last: 2) { nodes { id } } } } }`,
    ]) {
      const result = await app.execute(query);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
