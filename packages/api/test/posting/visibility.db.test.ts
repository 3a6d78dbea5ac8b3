// The visibility rules (src/posting/visibility.ts) are each written once and compiled to three
// forms. Here every form is asked about every posting of a table of cases — each status, closing
// dates past, future and absent, two employers — for every kind of viewer, and all three must
// give the same answer, which must also be the answer written out by hand below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.js";
import type { PostingStatus } from "../../src/generated/prisma/enums.js";
import {
  isPostingOpen,
  openPosting,
  type PostingCondition,
  postingMatches,
  postingSql,
  postingWhere,
  publicPosting,
  readablePosting,
  readableStatusesSql,
} from "../../src/posting/visibility.js";
import type { Viewer } from "../../src/viewer/viewer.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { createEmployer, createPosting } from "../support/factories.js";

const DAY = 86_400_000;
const now = new Date("2026-06-01T12:00:00Z");
const closings = { never: null, past: new Date(now.getTime() - DAY), future: new Date(now.getTime() + DAY), atNow: now } as const;
const statuses: PostingStatus[] = ["DRAFT", "PUBLISHED", "CLOSED", "ARCHIVED"];

interface Case {
  id: string;
  name: string;
  status: PostingStatus;
  closesAt: Date | null;
  employerId: string;
  own: boolean;
}

describe("each visibility rule gives the same answer as a Prisma where, as SQL and as a JS predicate", () => {
  let db: TestDatabase;
  const cases: Case[] = [];
  let ownEmployer = "";
  beforeAll(async () => {
    db = await createTestDatabase();
    ownEmployer = (await createEmployer(db.prisma, { slug: "own" })).id;
    const otherEmployer = (await createEmployer(db.prisma, { slug: "other" })).id;
    for (const employerId of [ownEmployer, otherEmployer]) {
      for (const status of statuses) {
        for (const [closing, closesAt] of Object.entries(closings)) {
          const name = `${employerId === ownEmployer ? "own" : "other"}-${status}-${closing}`;
          const { id } = await createPosting(db.prisma, employerId, { status, closesAt, reference: name, title: name });
          cases.push({ id, name, status, closesAt, employerId, own: employerId === ownEmployer });
        }
      }
    }
  });
  afterAll(() => db?.close());

  const viewers = (): Record<string, Viewer> => ({
    anonymous: { kind: "ANONYMOUS" },
    "employer key with READ_DRAFTS": { kind: "EMPLOYER", keyId: "k1", prefix: "p1", employerId: ownEmployer, scopes: ["READ_DRAFTS"] },
    "employer key with WRITE_POSTINGS": { kind: "EMPLOYER", keyId: "k2", prefix: "p2", employerId: ownEmployer, scopes: ["WRITE_POSTINGS"] },
    "employer key without draft scopes": { kind: "EMPLOYER", keyId: "k3", prefix: "p3", employerId: ownEmployer, scopes: ["MANAGE_EMPLOYER"] },
    admin: { kind: "ADMIN", keyId: "k4", prefix: "p4", scopes: [] },
  });

  /** The answer of each form, as the sorted names of the postings it admits. */
  async function forms(condition: PostingCondition) {
    const ids = cases.map((c) => c.id);
    const byWhere = await db.prisma.posting.findMany({ where: { AND: [{ id: { in: ids } }, postingWhere(condition)] }, select: { reference: true } });
    const bySql = await db.prisma.$queryRaw<Array<{ reference: string }>>(
      Prisma.sql`SELECT p.reference FROM postings p WHERE p.id = ANY(${ids}::uuid[]) AND ${postingSql(condition)}`,
    );
    const byPredicate = cases.filter((c) => postingMatches(condition, c));
    return {
      where: byWhere.map((r) => r.reference).sort(),
      sql: bySql.map((r) => r.reference).sort(),
      predicate: byPredicate.map((c) => c.name).sort(),
    };
  }

  const expectAll = async (condition: PostingCondition, expected: (c: Case) => boolean) => {
    const answer = await forms(condition);
    const wanted = cases
      .filter(expected)
      .map((c) => c.name)
      .sort();
    expect(wanted.length).toBeGreaterThan(0);
    expect(answer).toEqual({ where: wanted, sql: wanted, predicate: wanted });
  };

  it("public: published or closed, whatever the closing date", async () => {
    await expectAll(publicPosting, (c) => c.status === "PUBLISHED" || c.status === "CLOSED");
  });

  it("open: published and closing after now, or never (closing exactly now is closed)", async () => {
    await expectAll(openPosting(now), (c) => c.status === "PUBLISHED" && (c.closesAt === null || c.closesAt > now));
    for (const c of cases) expect(isPostingOpen(c, now), c.name).toBe(c.status === "PUBLISHED" && (c.closesAt === null || c.closesAt > now));
  });

  it("readable: public postings, plus the viewer's own employer's with a draft scope, plus everything for an admin", async () => {
    const expected: Record<string, (c: Case) => boolean> = {
      anonymous: (c) => c.status === "PUBLISHED" || c.status === "CLOSED",
      "employer key with READ_DRAFTS": (c) => c.own || c.status === "PUBLISHED" || c.status === "CLOSED",
      "employer key with WRITE_POSTINGS": (c) => c.own || c.status === "PUBLISHED" || c.status === "CLOSED",
      "employer key without draft scopes": (c) => c.status === "PUBLISHED" || c.status === "CLOSED",
      admin: () => true,
    };
    for (const [name, viewer] of Object.entries(viewers())) await expectAll(readablePosting(viewer), expected[name] as (c: Case) => boolean);
  });

  it("Employer.postings(statuses): the statuses asked for, limited to what the viewer may read", async () => {
    for (const [name, viewer] of Object.entries(viewers())) {
      for (const wanted of [["DRAFT"], ["PUBLISHED", "ARCHIVED"], statuses] as PostingStatus[][]) {
        const rows = await db.prisma.$queryRaw<Array<{ reference: string }>>(
          Prisma.sql`SELECT p.reference FROM postings p WHERE p.id = ANY(${cases.map((c) => c.id)}::uuid[]) AND ${readableStatusesSql(viewer, wanted)}`,
        );
        const readable = readablePosting(viewer);
        const expected = cases.filter((c) => wanted.includes(c.status) && postingMatches(readable, c)).map((c) => c.name);
        expect(rows.map((r) => r.reference).sort(), `${name} asking for ${wanted.join(",")}`).toEqual(expected.sort());
      }
    }
  });

  it("a rule that needs a fact the caller did not load says so instead of guessing", () => {
    expect(() => postingMatches(openPosting(now), { status: "PUBLISHED" })).toThrow(/closesAt/);
    expect(() => postingMatches({ employerIs: ownEmployer }, { status: "PUBLISHED" })).toThrow(/employerId/);
  });
});
