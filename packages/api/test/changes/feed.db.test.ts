// The change feed: what each write records, who sees which change, cursors, retention, and the
// order under concurrent writers (a reader never skips a change that commits later).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeFilterSql, changeMatches, FEED_START, pruneChanges, readChangePage } from "../../src/changes/feed.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey, employerKey } from "../support/auth.js";
import { testEngine } from "../support/database.js";
import { createEmployer, createPosting } from "../support/factories.js";
import { jobPosting } from "../support/job-posting.js";
import { globalId, M, outcome, postingInput, succeeded } from "../support/writes.js";

const FEED = /* GraphQL */ `
  query Feed($after: String, $first: Int, $filter: ChangeFilter) {
    changes(after: $after, first: $first, filter: $filter) {
      pageInfo { endCursor hasNextPage }
      edges { cursor node { id kind objectType objectId employerId changedFields at node { __typename ... on Posting { id title status } ... on Employer { id name } ... on Benefit { id key } } } }
    }
  }
`;

interface ChangeShape {
  id: string;
  kind: string;
  objectType: string;
  objectId: string;
  employerId: string | null;
  changedFields: string[];
  node: { __typename: string; id: string; title?: string; status?: string; name?: string } | null;
}

let app: TestApp;
let acme: { id: string; headers: Record<string, string> };
let globex: { id: string; headers: Record<string, string> };
let admin: Record<string, string>;

beforeAll(async () => {
  app = await createTestApp();
  const prisma = app.db.prisma;
  acme = { id: (await createEmployer(prisma, { slug: "acme", name: "Acme" })).id, headers: (await employerKey(prisma, "acme")).headers };
  globex = { id: (await createEmployer(prisma, { slug: "globex", name: "Globex" })).id, headers: (await employerKey(prisma, "globex")).headers };
  admin = (await adminKey(prisma)).headers;
}, 60_000);
afterAll(() => app?.close());

async function feed(headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const result = await app.execute(FEED, variables, headers);
  if (result.errors) return { errors: result.errors, changes: [] as ChangeShape[], endCursor: "", hasNextPage: false };
  const page = result.data?.changes as { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: Array<{ cursor: string; node: ChangeShape }> };
  return { errors: undefined, changes: page.edges.map((e) => e.node), cursors: page.edges.map((e) => e.cursor), ...page.pageInfo };
}

/** Every change after `after` the viewer sees, page by page. */
async function all(headers: Record<string, string> = {}, after?: string, first = 7): Promise<{ changes: ChangeShape[]; endCursor: string }> {
  const changes: ChangeShape[] = [];
  let cursor = after;
  for (;;) {
    const page = await feed(headers, { after: cursor, first });
    expect(page.errors, JSON.stringify(page.errors)).toBeUndefined();
    changes.push(...page.changes);
    cursor = page.endCursor;
    if (!page.hasNextPage) return { changes, endCursor: cursor };
  }
}

const about = (changes: ChangeShape[], id: string) => changes.filter((c) => c.objectId === id).map((c) => c.kind);

describe("what a posting's life records", () => {
  let postingId: string;
  let start: string;
  beforeAll(async () => {
    start = (await all(admin)).endCursor;
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput({ title: "Draft role" }) }, acme.headers), "createPosting");
    postingId = created.posting.id;
    succeeded(
      await app.execute(
        M.updatePosting,
        { id: postingId, input: { title: "Better role", salary: { min: 60000, max: 70000, currency: "GBP", period: "YEAR" } } },
        acme.headers,
      ),
      "updatePosting",
    );
    succeeded(await app.execute(M.publishPosting, { id: postingId }, acme.headers), "publishPosting");
    succeeded(await app.execute(M.updatePosting, { id: postingId, input: { team: "Data" } }, acme.headers), "updatePosting");
    succeeded(await app.execute(M.closePosting, { id: postingId }, acme.headers), "closePosting");
    succeeded(await app.execute(M.archivePosting, { id: postingId }, acme.headers), "archivePosting");
  }, 60_000);

  it("gives its own employer and admins every change, in order, with the fields each changed", async () => {
    for (const headers of [acme.headers, admin]) {
      const { changes } = await all(headers, start);
      const mine = changes.filter((c) => c.objectId === postingId);
      expect(mine.map((c) => c.kind)).toEqual(["CREATED", "UPDATED", "PUBLISHED", "UPDATED", "CLOSED", "ARCHIVED"]);
      expect(mine[1]?.changedFields).toEqual(["salary", "title"]);
      // Publishing sets the posting date too.
      expect(mine[2]?.changedFields).toEqual(["postedAt", "status"]);
      expect(mine[3]?.changedFields).toEqual(["team"]);
      expect(mine[0]?.changedFields).toEqual([]);
      expect(mine.every((c) => c.employerId === globalId("Employer", acme.id))).toBe(true);
      // The object as it is now: archived, still readable by its employer and admins.
      expect(mine.every((c) => c.node?.status === "ARCHIVED" && c.node.title === "Better role")).toBe(true);
    }
  });

  it("gives the public only what it could see: published, changed while public, closed, and the archive as a tombstone", async () => {
    for (const headers of [{}, globex.headers]) {
      const { changes } = await all(headers, start);
      const seen = changes.filter((c) => c.objectId === postingId);
      expect(seen.map((c) => c.kind)).toEqual(["PUBLISHED", "UPDATED", "CLOSED", "ARCHIVED"]);
      // Not visible now: every change's node is null, so a mirror removes it.
      expect(seen.every((c) => c.node === null)).toBe(true);
    }
  });

  it("filters by kind, type and employer", async () => {
    const kinds = await all(admin, start);
    const published = (await feed(admin, { after: start, filter: { kinds: ["PUBLISHED", "CLOSED"] } })).changes;
    expect(published.map((c) => c.kind)).toEqual(kinds.changes.filter((c) => c.kind === "PUBLISHED" || c.kind === "CLOSED").map((c) => c.kind));
    expect((await feed(admin, { after: start, filter: { types: ["EMPLOYER"] } })).changes).toEqual([]);
    expect((await feed(admin, { after: start, filter: { employerIds: [globalId("Employer", globex.id)] } })).changes).toEqual([]);
    expect(about((await feed(admin, { after: start, filter: { employerIds: [globalId("Employer", acme.id)] } })).changes, postingId)).toHaveLength(6);
  });
});

describe("the filter's two forms", () => {
  it("agree: the SQL the feed reads with, and the test webhook endpoints match with", async () => {
    const prisma = app.db.prisma;
    const read = async (condition: ReturnType<typeof changeFilterSql>) => (await readChangePage(prisma, FEED_START, 100, condition)).rows;
    const everything = await read(changeFilterSql(null));
    expect(everything.length).toBeGreaterThan(5);
    const filters = [
      {},
      { types: ["POSTING" as const] },
      { kinds: ["CREATED" as const, "ARCHIVED" as const] },
      { employerIds: [acme.id] },
      { types: ["EMPLOYER" as const], employerIds: [globex.id] },
      { types: ["BENEFIT" as const], employerIds: [acme.id] },
      { types: [] },
    ];
    for (const filter of filters) {
      const bySql = (await read(changeFilterSql(filter))).map((c) => `${c.txid}.${c.seq}`);
      const byTest = everything.filter((c) => changeMatches(filter, c)).map((c) => `${c.txid}.${c.seq}`);
      expect(bySql, JSON.stringify(filter)).toEqual(byTest);
    }
  });
});

describe("writes that are not mutations", () => {
  it("records bulk and direct SQL writes, merging one transaction's writes to an object into one change", async () => {
    const { endCursor } = await all(admin);
    const prisma = app.db.prisma;
    const posting = await createPosting(prisma, globex.id, { status: "PUBLISHED", places: [{ name: "Leeds" }] });
    await prisma.$transaction([
      prisma.posting.update({ where: { id: posting.id }, data: { title: "Renamed" } }),
      prisma.posting.update({ where: { id: posting.id }, data: { summary: "Short" } }),
    ]);
    await prisma.employer.update({ where: { id: globex.id }, data: { name: "Globex Corp" } });
    const { changes } = await all({}, endCursor);
    expect(changes.map((c) => [c.objectType, c.kind, c.changedFields])).toEqual([
      ["POSTING", "CREATED", []],
      ["POSTING", "UPDATED", ["summary", "title"]],
      ["EMPLOYER", "UPDATED", ["name"]],
    ]);
    // The employer's rename rewrites its postings' search copy: not a change of theirs.
    expect(changes.filter((c) => c.objectType === "POSTING")).toHaveLength(2);
  });

  it("records an import: each posting it creates, and the employer it creates", async () => {
    const { endCursor } = await all(admin);
    const documents = [
      {
        format: "JSON_LD",
        name: "feed.json",
        content: JSON.stringify(
          ["IMP-1", "IMP-2", "IMP-3"].map((reference) =>
            jobPosting(
              reference,
              { title: "Importer", description: "<p>Imported.</p>", employer: "Imported Co", locality: "Leeds", postcode: "LS1 4AP" },
              { url: `https://imported.example/jobs/${reference}` },
            ),
          ),
        ),
      },
    ];
    const result = succeeded(
      await app.execute(
        `mutation ($input: ImportPostingsInput!) { importPostings(input: $input) { created failed results { errors { code message } } userErrors { code } } }`,
        { input: { documents, publish: true } },
        admin,
      ),
      "importPostings",
    );
    expect(result.created, JSON.stringify(result.results)).toBe(3);
    const { changes } = await all({}, endCursor);
    const postings = changes.filter((c) => c.objectType === "POSTING");
    expect(postings).toHaveLength(3);
    expect(postings.every((c) => c.node?.status === "PUBLISHED")).toBe(true);
    expect(changes.filter((c) => c.objectType === "EMPLOYER").map((c) => [c.kind, c.node?.name])).toEqual([["CREATED", "Imported Co"]]);
  });

  it("records nothing for a write that rolls back", async () => {
    const { endCursor } = await all(admin);
    const prisma = app.db.prisma;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.employer.update({ where: { id: acme.id }, data: { name: "Never" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // A mutation refused with a user error writes nothing either.
    const refused = await app.execute(
      M.updatePosting,
      { id: globalId("Posting", (await createPosting(prisma, acme.id)).id), input: { title: "" } },
      acme.headers,
    );
    expect(outcome(refused, "updatePosting")).toMatch(/^USER_ERROR:/);
    const { changes } = await all(admin, endCursor);
    expect(changes.map((c) => [c.objectType, c.kind])).toEqual([["POSTING", "CREATED"]]);
  });
});

describe("cursors", () => {
  it("moves past what the caller may not see once caught up, so polling re-reads nothing", async () => {
    const { endCursor } = await all({});
    await createPosting(app.db.prisma, acme.id, { status: "DRAFT" });
    const page = await feed({}, { after: endCursor });
    expect(page.changes).toEqual([]);
    expect(page.hasNextPage).toBe(false);
    expect(page.endCursor).not.toBe(endCursor);
    // The admin still gets the draft after the anonymous caller's first cursor.
    expect((await feed(admin, { after: endCursor })).changes.map((c) => c.kind)).toEqual(["CREATED"]);
  });

  it("refuses a cursor that is not one", async () => {
    for (const after of ["nope", "chg1_", "chg1_zzzzzzzzzzzzzz_1", "chg1_1_1_1", `chg1_${"1".repeat(50)}_1`]) {
      const { errors } = await feed({}, { after });
      expect(errors?.[0]?.extensions?.code, after).toBe("BAD_USER_INPUT");
    }
  });

  it("refuses a page size out of range", async () => {
    expect((await feed({}, { first: 101 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("expires cursors from before what retention pruned, and the start still holds the latest change of every object", async () => {
    const prisma = app.db.prisma;
    const before = await all(admin);
    const old = before.endCursor;
    const posting = await createPosting(prisma, acme.id, { status: "PUBLISHED" });
    await prisma.posting.update({ where: { id: posting.id }, data: { title: "Second" } });
    // A public posting archived (the public's tombstone), then changed where only its employer sees:
    // the later change must not prune the tombstone away.
    const archived = await createPosting(prisma, acme.id, { status: "PUBLISHED" });
    await prisma.posting.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    await prisma.posting.update({ where: { id: archived.id }, data: { team: "Hidden" } });
    // Everything so far is "old": prune as if 31 days had passed.
    const pruned = await pruneChanges(prisma, new Date(Date.now() + 31 * 86_400_000));
    expect(pruned).toBeGreaterThan(0);
    const expired = await feed({}, { after: old });
    expect(expired.errors?.[0]?.extensions?.code).toBe("CURSOR_EXPIRED");
    expect(expired.errors?.[0]?.message).toMatch(/from the start/);
    // From the start (in pages that pass the pruned position: a read from the start never expires):
    // one change per object, the latest (the archived posting keeps its public tombstone too).
    const fromStart = (await all(admin, undefined, 10)).changes;
    const ids = fromStart.map((c) => c.objectId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([globalId("Posting", archived.id)]);
    expect(fromStart.find((c) => c.objectId === globalId("Posting", posting.id))?.kind).toBe("UPDATED");
    // The public still gets the tombstone, from the start and from any cursor before it.
    const publicFromStart = (await all({}, undefined, 10)).changes.filter((c) => c.objectId === globalId("Posting", archived.id));
    expect(publicFromStart.map((c) => [c.kind, c.node])).toEqual([["ARCHIVED", null]]);
    // A cursor after the pruned position still works.
    const latest = await all(admin);
    expect((await feed({}, { after: latest.endCursor })).errors).toBeUndefined();
  });
});

describe("statements", () => {
  it("reads a page of 100 changes with their objects in a bounded number of statements", async () => {
    const prisma = app.db.prisma;
    for (let i = 0; i < 100; i++) await createPosting(prisma, acme.id, { status: "PUBLISHED" });
    const NESTED = /* GraphQL */ `
      query ($first: Int) {
        changes(first: $first) {
          nodes {
            id kind
            node {
              ... on Posting { title employer { name headquarters { name } } locations { name } benefits { benefit { key } detail } }
              ... on Employer { name benefits { benefit { key } } accreditations { scheme } }
              ... on Benefit { key }
            }
          }
        }
      }`;
    const counts: number[] = [];
    for (const first of [5, 100]) {
      app.db.resetQueryLog();
      const page = await app.execute(NESTED, { first }, admin);
      expect(page.errors).toBeUndefined();
      expect((page.data?.changes as { nodes: unknown[] } | undefined)?.nodes).toHaveLength(first);
      counts.push(app.db.queries.length);
    }
    // The page, then the objects of each type, then each relation once for the page: never per
    // change (the two pages differ only in which types they hold).
    expect(counts[0]).toBeLessThanOrEqual(12);
    expect(counts[1]).toBeLessThanOrEqual(12);
  });
});

describe.skipIf(testEngine !== "postgres")("concurrent writers", () => {
  const connect = async () => {
    const client = new pg.Client({ connectionString: app.db.url });
    await client.connect();
    return client;
  };

  it("never hands out a change committed after one with a later position", async () => {
    const [slow, fast] = [await connect(), await connect()];
    try {
      const { endCursor } = await all(admin);
      const [p1, p2] = [
        await createPosting(app.db.prisma, acme.id, { status: "PUBLISHED" }),
        await createPosting(app.db.prisma, acme.id, { status: "PUBLISHED" }),
      ];
      const mark = (await all(admin, endCursor)).endCursor;
      // The slow transaction writes first (earlier transaction id and position), commits last.
      await slow.query("BEGIN");
      await slow.query("UPDATE postings SET title = 'slow' WHERE id = $1", [p1.id]);
      await fast.query("UPDATE postings SET title = 'fast' WHERE id = $1", [p2.id]);
      const during = await all(admin, mark);
      expect(during.changes).toEqual([]);
      await slow.query("COMMIT");
      const after = await all(admin, during.endCursor);
      expect(after.changes.map((c) => c.node?.title).sort()).toEqual(["fast", "slow"]);
    } finally {
      await Promise.all([slow.end(), fast.end()]);
    }
  });

  it("gives a reader polling during 8 concurrent writers every change exactly once", async () => {
    const prisma = app.db.prisma;
    const postings = await Promise.all(Array.from({ length: 8 }, () => createPosting(prisma, acme.id, { status: "PUBLISHED" })));
    const start = (await all(admin)).endCursor;
    const writers = await Promise.all(postings.map(() => connect()));
    let writing = true;
    const seen: string[] = [];
    const reader = (async () => {
      let cursor = start;
      for (;;) {
        const stop = !writing;
        const page = await all(admin, cursor, 50);
        seen.push(...page.changes.map((c) => c.id));
        cursor = page.endCursor;
        if (stop) return;
      }
    })();
    const written: number[] = [];
    await Promise.all(
      writers.map(async (client, w) => {
        for (let i = 0; i < 25; i++) {
          await client.query("BEGIN");
          await client.query("UPDATE postings SET title = $2 WHERE id = $1", [postings[w]?.id, `w${w}-${i}`]);
          // Hold some transactions open while others commit.
          if (i % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 5 + ((i * 7 + w) % 11)));
          await client.query("COMMIT");
          written.push(w);
        }
      }),
    );
    writing = false;
    await reader;
    await Promise.all(writers.map((client) => client.end()));
    expect(written).toHaveLength(200);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(200);
  }, 60_000);
});
