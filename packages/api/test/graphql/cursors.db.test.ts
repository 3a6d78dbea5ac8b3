// Cursors are signed and bound to their connection (graphql/cursor.ts), and a cursor naming a
// posting the caller may not read positions nothing (posting/nested-postings.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { employerKey } from "../support/auth.js";
import { createEmployer, createPosting } from "../support/factories.js";

const EMPLOYER_POSTINGS = `query ($after: String, $statuses: [PostingStatus!]) {
  employers { nodes { postings(first: 10, after: $after, statuses: $statuses) { edges { cursor node { title status } } } } }
}`;
const SEARCH = `query ($after: String, $orderBy: PostingOrder) {
  postings(first: 1, after: $after, orderBy: $orderBy) { pageInfo { endCursor } nodes { title } }
}`;

const base64url = (value: string) => Buffer.from(value).toString("base64url");
const expectInvalidCursor = (result: Awaited<ReturnType<TestApp["execute"]>>, argument = "after") => {
  expect(result.errors?.[0]?.message).toMatch(new RegExp(`"${argument}" is not a valid cursor`));
  expect(result.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", argument })]);
};

describe("cursors", () => {
  let app: TestApp;
  let draftId: string;
  let ownKey: Record<string, string>;
  beforeAll(async () => {
    app = await createTestApp();
    const employer = await createEmployer(app.db.prisma, { slug: "cursor-co" });
    for (let i = 0; i < 3; i++) await createPosting(app.db.prisma, employer.id, { title: `Open ${i}`, postedAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    // The newest posting is a draft: a page after it would list every open posting.
    const draft = await createPosting(app.db.prisma, employer.id, {
      title: "Secret draft",
      status: "DRAFT",
      postedAt: new Date(Date.UTC(2026, 5, 1)),
    });
    draftId = draft.id;
    ownKey = (await employerKey(app.db.prisma, "cursor-co")).headers;
  });
  afterAll(() => app?.close());

  it("refuses a forged cursor naming a draft, sent anonymously to Employer.postings", async () => {
    const forged = Buffer.from(`GPC:S:${draftId}`).toString("base64");
    expectInvalidCursor(await app.execute(EMPLOYER_POSTINGS, { after: forged }));
  });

  it("positions nothing at a draft whose genuine cursor is replayed by a caller who may not read it", async () => {
    const own = await app.execute(EMPLOYER_POSTINGS, { statuses: ["DRAFT", "PUBLISHED"] }, ownKey);
    const edges = own.data?.employers.nodes[0].postings.edges as Array<{ cursor: string; node: { title: string } }>;
    expect(edges.map((e) => e.node.title)).toEqual(["Secret draft", "Open 2", "Open 1", "Open 0"]);
    const draftCursor = edges[0]?.cursor;
    // The owner pages on from it as usual.
    const ownNext = await app.execute(EMPLOYER_POSTINGS, { statuses: ["DRAFT", "PUBLISHED"], after: draftCursor }, ownKey);
    expect(ownNext.data?.employers.nodes[0].postings.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      "Open 2",
      "Open 1",
      "Open 0",
    ]);
    // Anonymously, the same cursor finds no posting to stand on: an empty page, as for a deleted one.
    for (const statuses of [undefined, ["DRAFT", "PUBLISHED"]]) {
      const anonymous = await app.execute(EMPLOYER_POSTINGS, { statuses, after: draftCursor });
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data?.employers.nodes[0].postings.edges).toEqual([]);
    }
  });

  it("refuses a search cursor whose content was edited (the fingerprint was an unkeyed hash)", async () => {
    const first = await app.query(SEARCH);
    const [payload] = (first.postings.pageInfo.endCursor as string).split(".");
    const [fingerprint, , id] = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8"));
    for (const key of ["not-a-date", "2099-01-01 00:00:00+00"]) {
      expectInvalidCursor(await app.execute(SEARCH, { after: base64url(JSON.stringify([fingerprint, key, id])) }));
    }
    expectInvalidCursor(await app.execute(SEARCH, { after: `${first.postings.pageInfo.endCursor}x` }));
  });

  it("refuses a cursor from another connection", async () => {
    const employers = await app.query(`{ employers(first: 1) { pageInfo { endCursor } } }`);
    expectInvalidCursor(await app.execute(EMPLOYER_POSTINGS, { after: employers.employers.pageInfo.endCursor }));
    const search = await app.query(SEARCH);
    expectInvalidCursor(await app.execute(EMPLOYER_POSTINGS, { after: search.postings.pageInfo.endCursor }));
  });

  it("accepts a cursor from another process with the same CURSOR_SECRET, and refuses one signed with another secret", async () => {
    const secret = "s".repeat(32);
    const [a, b, other] = await Promise.all([secret, secret, "t".repeat(32)].map((cursorSecret) => createTestApp({ db: app.db, cursorSecret })));
    try {
      const page = await a!.query(SEARCH);
      const next = await b!.query(SEARCH, { after: page.postings.pageInfo.endCursor });
      expect(next.postings.nodes).toHaveLength(1);
      expectInvalidCursor(await other!.execute(SEARCH, { after: page.postings.pageInfo.endCursor }));
    } finally {
      await Promise.all([a, b, other].map((x) => x?.close()));
    }
  });

  it("signs cursors however they are selected: through fragments, aliases and directives, as through plain fields", async () => {
    const plain = await app.query(SEARCH);
    const selections = [
      `query ($after: String) { postings(first: 1, after: $after) { ...Page } } fragment Page on PostingSearchConnection { pageInfo { endCursor } }`,
      `query ($after: String) { postings(first: 1, after: $after) { ... on PostingSearchConnection { edges { c: cursor } } } }`,
      `query ($after: String, $yes: Boolean!) { postings(first: 1, after: $after) { pageInfo @include(if: $yes) { endCursor } } }`,
      `query ($after: String) { postings(first: 1, after: $after) { pageInfo { ...Cursor } } } fragment Cursor on PageInfo { endCursor }`,
    ];
    for (const query of selections) {
      const data = await app.query(query, { yes: true });
      const cursor = (data.postings.pageInfo?.endCursor ?? data.postings.edges?.[0]?.c) as string;
      // Signed (payload.tag) and accepted back; the same cursor as a plain selection's.
      expect(cursor).toBe(plain.postings.pageInfo.endCursor);
      expect((await app.execute(SEARCH, { after: cursor })).errors).toBeUndefined();
    }
  });
});
