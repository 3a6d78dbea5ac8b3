// The change feed through the SDK against the real API process over HTTP, on a database of its own
// (empty but for what these tests write with the SDK's own mutations and an admin key):
// client.changes.iterate pages in the server's order; client.sync keeps an anonymous mirror equal to
// what the public may see while writes happen, across an abort and a resume, handing no change twice;
// a cursor older than what retention pruned (pruneChanges, run on the server's database between a
// stop and a start) resets the mirror and rebuilds it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyChange,
  type Change,
  type ChangeNode,
  createClient,
  type FetchLike,
  type JobgraphClient,
  type SyncStore,
  throwOnUserErrors,
} from "../../src/index.js";
import { type ApiServer, apiDir, startApiServer } from "../support/api-server.js";

const run = promisify(execFile);

let server: ApiServer;
let admin: JobgraphClient;
let anonymous: JobgraphClient;
let employerId: string;
/** Every posting these tests created. */
const postingIds: string[] = [];
/** `${objectId} ${kind}` of every write, in the order it was made (each mutation is one transaction). */
const written: string[] = [];

const postingInput = (reference: string) => ({
  employerId,
  reference,
  title: `Feed Engineer ${reference}`,
  description: "Keep a copy of the job data in step.",
  contractType: "PERMANENT" as const,
  salary: { min: 40_000, max: 50_000, currency: "GBP", period: "YEAR" as const },
  locations: [{ name: "Leeds", postcode: "LS1 4DY" }],
  closesAt: new Date(Date.now() + 60 * 86_400_000).toISOString(),
  apply: { url: `https://careers.example.com/${reference}` },
});

let references = 0;
async function createPosting(): Promise<{ id: string; version: number }> {
  const { posting } = throwOnUserErrors((await admin.createPosting({ input: postingInput(`FE-${++references}`) })).createPosting, "CreatePosting");
  postingIds.push(posting!.id);
  written.push(`${posting!.id} CREATED`);
  return posting!;
}
async function publish(id: string) {
  throwOnUserErrors((await admin.publishPosting({ id })).publishPosting, "PublishPosting");
  written.push(`${id} PUBLISHED`);
}
async function retitle(id: string, title: string) {
  throwOnUserErrors((await admin.updatePosting({ id, input: { title } })).updatePosting, "UpdatePosting");
  written.push(`${id} UPDATED`);
}
async function close(id: string) {
  throwOnUserErrors((await admin.closePosting({ id })).closePosting, "ClosePosting");
  written.push(`${id} CLOSED`);
}
async function archive(id: string) {
  throwOnUserErrors((await admin.archivePosting({ id })).archivePosting, "ArchivePosting");
  written.push(`${id} ARCHIVED`);
}

/** Opens the server's database (while the server is stopped) and prunes as if `days` had passed. */
const PRUNE = (days: number) => `
import { pruneChanges } from "./src/changes/feed.ts";
import { databaseConfigFromEnv, openDatabase } from "./src/db/database.ts";
const db = await openDatabase(databaseConfigFromEnv());
console.log(await pruneChanges(db.prisma, new Date(Date.now() + ${days} * 86_400_000)));
await db.close();
`;

/** A store in memory that records what sync asked of it. */
function memoryStore(mirror: Map<string, ChangeNode>) {
  const calls: string[] = [];
  let cursor: string | null = null;
  const store: SyncStore = {
    load: () => {
      calls.push("load");
      return cursor;
    },
    save: async (next) => {
      calls.push("save");
      await new Promise((resolve) => setTimeout(resolve, 0));
      cursor = next;
    },
    reset: () => {
      calls.push("reset");
      mirror.clear();
      cursor = null;
    },
  };
  return { store, calls, cursor: () => cursor };
}

/** The mirror holds exactly the postings and the employer the public may see now, as they are now. */
async function expectMirrorIsThePublicData(mirror: Map<string, ChangeNode>, ids = postingIds, employer = employerId) {
  const visible: string[] = [];
  for (const id of ids) {
    const { posting } = await anonymous.getPosting({ id });
    const copy = mirror.get(id);
    if (!posting) {
      expect(copy, `${id} is not public, so not in the mirror`).toBeUndefined();
      continue;
    }
    visible.push(id);
    expect(["PUBLISHED", "CLOSED"]).toContain(posting.status);
    expect(copy?.__typename, id).toBe("Posting");
    if (copy?.__typename !== "Posting") continue;
    expect({ version: copy.version, title: copy.title, status: copy.status }, id).toEqual({
      version: posting.version,
      title: posting.title,
      status: posting.status,
    });
  }
  const mirrored = [...mirror.values()].filter((node) => node.__typename === "Posting").map((node) => node.id);
  expect(mirrored.sort()).toEqual(visible.sort());
  // Published, closed and archived postings were all written: the check covers each.
  expect(visible.length).toBeGreaterThan(3);
  expect(visible.length).toBeLessThan(ids.length);
  const { employer: current } = await anonymous.getEmployer({ id: employer });
  const copy = mirror.get(employer);
  expect(copy?.__typename === "Employer" && { version: copy.version, name: copy.name, description: copy.description }).toEqual({
    version: current!.version,
    name: current!.name,
    description: current!.description,
  });
}

/** The ids of every change the caller may see, read from the start with raw pages of 7 (not through iterate), and their cursors. */
async function rawFeed(client: JobgraphClient): Promise<string[] & { cursors: string[] }> {
  const ids: string[] = [];
  const cursors: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { changes: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } =
      await client.request(
        "query Raw($after: String) { changes(after: $after, first: 7) { edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }",
        {
          after,
        },
      );
    ids.push(...page.changes.edges.map((edge) => edge.node.id));
    cursors.push(...page.changes.edges.map((edge) => edge.cursor));
    if (!page.changes.pageInfo.hasNextPage) return Object.assign(ids, { cursors });
    after = page.changes.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  const allowance = { BUCKET: "1000000", RESTORE_RATE: "50000" };
  const env = Object.fromEntries(
    ["ANONYMOUS", "KEY"].flatMap((who) => Object.entries(allowance).map(([name, value]) => [`RATE_LIMIT_${who}_${name}`, value])),
  );
  server = await startApiServer({ seed: false, adminKey: true, env });
  admin = createClient({ endpoint: server.endpoint, apiKey: server.adminKey! });
  anonymous = createClient({ endpoint: server.endpoint });
  const { employer } = throwOnUserErrors(
    (await admin.createEmployer({ input: { name: "Feed Mirror Ltd", slug: "feed-mirror", description: "We keep copies." } })).createEmployer,
  );
  employerId = employer!.id;
  written.push(`${employerId} CREATED`);
}, 180_000);

afterAll(() => server?.stop());

describe("client.changes.iterate", () => {
  it("pages through a feed of more than 250 changes, 100 a request, in the order the writes committed", { timeout: 120_000 }, async () => {
    for (let i = 0; i < 140; i++) {
      const { id } = await createPosting();
      if (i < 120) await publish(id);
    }
    expect(written.length).toBeGreaterThan(250);

    let requests = 0;
    const counting: FetchLike = (url, init) => {
      if (String(init.body).includes('"operationName":"Changes"')) requests++;
      return fetch(url, init);
    };
    const client = createClient({ endpoint: server.endpoint, apiKey: server.adminKey!, fetch: counting });
    const feed = client.changes.iterate({ pageSize: 100 });
    expect(feed.cursor).toBeUndefined();
    const items: { change: Change; cursor: string }[] = [];
    for await (const item of feed) items.push(item);

    expect(items.map(({ change }) => `${change.objectId} ${change.kind}`)).toEqual(written);
    expect(requests).toBe(Math.ceil(written.length / 100));
    // The changes and their cursors are the server's own, in its order.
    const raw = await rawFeed(admin);
    expect(items.map(({ change }) => change.id)).toEqual([...raw]);
    expect(items.map(({ cursor }) => cursor)).toEqual(raw.cursors);
    // The nodes are the objects as they are now, one union on __typename.
    const first = items.find(({ change }) => change.objectType === "POSTING")!.change;
    expect(first.node).toMatchObject({ __typename: "Posting", id: first.objectId, status: "PUBLISHED", employer: { id: employerId } });
    expect(items[0]!.change.node).toMatchObject({ __typename: "Employer", id: employerId, description: "We keep copies." });

    // The final cursor reads on from the end: nothing more, and still a cursor to save.
    expect(feed.cursor).toEqual(expect.any(String));
    const after = await client.changes({ after: feed.cursor, first: 100 });
    expect(after.changes.edges).toEqual([]);
    expect(after.changes.pageInfo).toEqual({ endCursor: expect.any(String), hasNextPage: false });
  });

  it("returns the final cursor as the iterator's value, and starts after a given cursor", async () => {
    const feed = admin.changes.iterate({ pageSize: 50 });
    let step = await feed.next();
    const seen: string[] = [];
    while (!step.done) {
      seen.push(step.value.cursor);
      step = await feed.next();
    }
    expect(step.value).toBe(feed.cursor);
    const middle = seen[130]!;
    const rest: string[] = [];
    for await (const { cursor } of admin.changes.iterate({ after: middle, pageSize: 100 })) rest.push(cursor);
    expect(rest).toEqual(seen.slice(131));
  });

  it("reports a malformed cursor as BAD_USER_INPUT and refuses a page size the API would refuse", async () => {
    await expect(admin.changes.iterate({ after: "nope" }).next()).rejects.toMatchObject({ name: "GraphQLRequestError", code: "BAD_USER_INPUT" });
    expect(() => admin.changes.iterate({ pageSize: 0 })).toThrow(RangeError);
    expect(() => admin.changes.iterate({ pageSize: 101 })).toThrow(RangeError);
  });
});

describe("client.sync", () => {
  const mirror = new Map<string, ChangeNode>();
  const { store, calls, cursor } = memoryStore(mirror);
  /** The cursor of every change handed to onChange, across runs. */
  const handed: string[] = [];

  it("mirrors what the public may see while writes happen, across an abort and a resume, handing no change twice", { timeout: 120_000 }, async () => {
    let writing = true;
    const writer = (async () => {
      await admin.updateEmployer({ id: employerId, input: { description: "We keep copies, in step." } });
      for (let i = 0; i < 40; i++) {
        const { id } = await createPosting();
        await publish(id);
        if (i % 5 === 0) {
          await retitle(id, `First title ${i}`);
          await retitle(id, `Second title ${i}`);
        }
        if (i % 4 === 1) await retitle(id, `Retitled ${i}`);
        if (i % 4 === 2) await close(id);
        if (i % 4 === 3) await archive(id);
        // Some of the earlier postings change too: the mirror must follow them out of view.
        if (i % 10 === 0) await archive(postingIds[i]!);
      }
      writing = false;
    })();

    // First run: stopped after 150 changes, mid-catch-up.
    const first = new AbortController();
    let firstRun = 0;
    await client().sync({
      store,
      pollIntervalMs: 50,
      signal: first.signal,
      onChange: (change) => {
        handed.push(change.id);
        applyChange(mirror, change);
        if (++firstRun === 150) first.abort();
      },
    });
    expect(firstRun).toBe(150);
    // The saved cursor is the 150th change's: reading after it starts with the 151st.
    const next = await anonymous.changes({ after: cursor(), first: 1 });
    expect(next.changes.edges.map(({ change }) => change.id)).not.toContain(handed.at(-1));

    // Second run: resumes from the saved cursor, and runs until it has caught up after the writes ended.
    const second = new AbortController();
    let caughtUpAfterWrites = 0;
    await client().sync({
      store,
      pollIntervalMs: 50,
      signal: second.signal,
      onChange: (change) => {
        handed.push(change.id);
        applyChange(mirror, change);
      },
      onCaughtUp: ({ cursor: at }) => {
        expect(at).toBe(cursor());
        if (!writing && ++caughtUpAfterWrites === 2) second.abort();
      },
    });
    await writer;

    expect(new Set(handed).size).toBe(handed.length);
    // No skip either: exactly what the public may see of the feed, in its order.
    expect(handed).toEqual([...(await rawFeed(anonymous))]);
    expect(calls.filter((call) => call === "load")).toHaveLength(2);
    expect(calls).not.toContain("reset");
    await expectMirrorIsThePublicData(mirror);
  });
});

describe("client.sync after retention pruned past its cursor", () => {
  // One employer's postings (filter.employerIds), so that the feed read again from the beginning is one
  // page: the API refuses the second page of such a read (see the next test).
  const mirror = new Map<string, ChangeNode>();
  const { store, calls, cursor } = memoryStore(mirror);
  const ids: string[] = [];
  let other: string;

  it("on CURSOR_EXPIRED resets the store and rebuilds the mirror from the beginning", { timeout: 120_000 }, async () => {
    const { employer } = throwOnUserErrors((await admin.createEmployer({ input: { name: "Expiry Ltd", slug: "expiry-ltd" } })).createEmployer);
    other = employer!.id;
    const create = async () => {
      const { posting } = throwOnUserErrors(
        (await admin.createPosting({ input: { ...postingInput(`EX-${ids.length + 1}`), employerId: other } })).createPosting,
      );
      ids.push(posting!.id);
      return posting!.id;
    };
    for (let i = 0; i < 8; i++) {
      const id = await create();
      if (i > 0) await publish(id);
      if (i === 2) await close(id);
      if (i === 3) await archive(id);
    }
    const sync = (onChange: (change: Change) => void) => {
      const stop = new AbortController();
      return client().sync({
        store,
        filter: { employerIds: [other] },
        pollIntervalMs: 50,
        signal: stop.signal,
        onChange: (change) => {
          onChange(change);
          applyChange(mirror, change);
        },
        onCaughtUp: () => stop.abort(),
        onError: (error) => {
          throw error;
        },
      });
    };
    await sync(() => {});
    const saved = cursor();
    expect(saved).toEqual(expect.any(String));
    await expectMirrorIsThePublicData(mirror, ids, other);

    // After the saved cursor: a posting retitled twice (the first retitle will be pruned, past the
    // saved cursor), one archived, and a new published posting the stale mirror has never seen.
    await retitle(ids[1]!, "Pruned title");
    await retitle(ids[1]!, "Kept title");
    await archive(ids[4]!);
    const fresh = await create();
    await publish(fresh);

    // Retention, as if 31 days had passed: only the latest change of each object stays.
    await server.restart(async (env) => {
      const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", PRUNE(31)], { cwd: apiDir, env });
      expect(Number(stdout.trim())).toBeGreaterThan(0);
    });
    await expect(anonymous.changes({ after: saved })).rejects.toMatchObject({ name: "GraphQLRequestError", code: "CURSOR_EXPIRED" });

    const rebuilt: Change[] = [];
    await sync((change) => rebuilt.push(change));
    expect(calls.filter((call) => call === "reset")).toHaveLength(1);
    // From the beginning after pruning: the latest change of each object, each once.
    const objects = rebuilt.map((change) => change.objectId);
    expect(new Set(objects).size).toBe(objects.length);
    expect(objects).toContain(fresh);
    expect(mirror.get(ids[1]!)).toMatchObject({ title: "Kept title" });
    expect(mirror.has(ids[4]!)).toBe(false);
    await expectMirrorIsThePublicData(mirror, ids, other);
  });

  // A read from the beginning after pruning pages on past the pruned position: its cursors are
  // snapshot cursors until it catches up, and only an older, ordinary cursor expires.
  it("after pruning, a read from the beginning pages through every page without CURSOR_EXPIRED", async () => {
    const changes: string[] = [];
    for await (const { cursor: at } of anonymous.changes.iterate({ pageSize: 5 })) changes.push(at);
    expect(changes.length).toBeGreaterThan(5);
  });
});

/** An anonymous client with quick retries. */
const client = () => createClient({ endpoint: server.endpoint, retry: { baseDelayMs: 10 } });
