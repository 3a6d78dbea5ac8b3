// importPostings: both formats, the per-record report, idempotent re-imports, who may import what,
// publishing, batching, and the audit trail.
import { readdir, readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createContext } from "../../src/graphql/context.js";
import { importRecords } from "../../src/interchange/import.service.js";
import { recordsFromDocument } from "../../src/interchange/read.js";
import type { LiveEvents } from "../../src/live/events.js";
import { upsertBenefitCatalogue } from "../../src/seed/seed.js";
import { authenticate } from "../../src/viewer/keys.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey, employerKey } from "../support/auth.js";
import { createEmployer } from "../support/factories.js";
import { jobPosting as jobPostingOf } from "../support/job-posting.js";
import { outcome, succeeded } from "../support/writes.js";

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportPostingsInput!) {
    importPostings(input: $input) {
      created updated unchanged failed
      results { position origin status reference errors { field code message } posting { id status version title employer { slug } otherBenefits benefits { benefit { key } source } } }
      userErrors { field code message }
    }
  }
`;

const FIXTURES = new URL("fixtures/adverts/", import.meta.url);

/** A JobPosting as another system would publish it, closing in a month. */
const SHIFT_LEAD = {
  title: "Shift Lead",
  description: "<p>Lead a team of six.</p>",
  employer: "Acme Retail",
  locality: "Leeds",
  postcode: "LS1 4AP",
};
function jobPosting(reference: string, overrides: Record<string, unknown> = {}) {
  return jobPostingOf(reference, SHIFT_LEAD, {
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "GBP",
      value: { "@type": "QuantitativeValue", minValue: 26000, maxValue: 28000, unitText: "YEAR" },
    },
    employmentType: "FULL_TIME",
    url: `https://acme.example/jobs/${reference}`,
    jobBenefits: ["Pension with 6% employer contribution", "Staff discount of 20%", "Free parking"],
    ...overrides,
  });
}

const jsonLd = (content: unknown, name = "feed.json") => ({ format: "JSON_LD", content: JSON.stringify(content), name });

describe("importPostings", () => {
  let app: TestApp;
  let admin: Record<string, string>;
  const run = (input: Record<string, unknown>, headers = admin) => app.execute(IMPORT, { input }, headers);
  const imported = async (input: Record<string, unknown>, headers = admin) => succeeded(await run(input, headers), "importPostings");

  beforeAll(async () => {
    app = await createTestApp();
    await upsertBenefitCatalogue(app.db.prisma);
    admin = (await adminKey(app.db.prisma)).headers;
  }, 120_000);
  afterAll(() => app?.close());
  beforeEach(() => app.db.resetQueryLog());

  it("needs an API key that writes postings", async () => {
    const input = { documents: [jsonLd(jobPosting("K-1"))] };
    expect(outcome(await app.execute(IMPORT, { input }), "importPostings")).toBe("ERROR:UNAUTHENTICATED");
    await createEmployer(app.db.prisma, { slug: "reader-co", name: "Reader Co" });
    const reader = await employerKey(app.db.prisma, "reader-co", ["READ_DRAFTS"]);
    expect(outcome(await run(input, reader.headers), "importPostings")).toBe("ERROR:FORBIDDEN");
  });

  it("imports Find a job adverts and JSON-LD in one call, reporting every reason a bad record failed and writing nothing of it", async () => {
    const adverts = await Promise.all(
      (await readdir(FIXTURES))
        .sort()
        .map(async (name) => ({ format: "FIND_A_JOB", content: await readFile(new URL(name, FIXTURES), "utf8"), name })),
    );
    const bad = jobPosting("BAD-1", {
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "GBP",
        value: { "@type": "QuantitativeValue", minValue: 30000, maxValue: 20000, unitText: "YEAR" },
      },
      jobLocation: {
        "@type": "Place",
        address: { "@type": "PostalAddress", addressLocality: "Leeds", postalCode: "NOT A POSTCODE", addressCountry: "GB" },
      },
      validThrough: "2001-01-01T00:00:00Z",
    });
    const before = await app.db.prisma.posting.count();
    const result = await imported({
      documents: [
        ...adverts,
        jsonLd([jobPosting("GOOD-1"), bad, jobPosting("GOOD-2")], "acme.json"),
        { format: "JSON_LD", content: "{oops", name: "broken.json" },
      ],
    });

    expect(result.results.map((r: any) => [r.position, r.status])).toEqual([
      [0, "CREATED"],
      [1, "CREATED"],
      [2, "CREATED"],
      [3, "CREATED"],
      [4, "CREATED"],
      [5, "CREATED"],
      [6, "FAILED"],
      [7, "CREATED"],
      [8, "FAILED"],
    ]);
    expect([result.created, result.updated, result.unchanged, result.failed]).toEqual([7, 0, 0, 2]);
    const failure = result.results[6];
    expect(failure.origin).toBe("acme.json #2");
    expect(failure.posting).toBeNull();
    expect(failure.errors.map((e: any) => [e.field.join("."), e.code])).toEqual(
      expect.arrayContaining([
        ["locations.0.postcode", "INVALID"],
        ["salary.max", "INVALID"],
        ["closesAt", "INVALID"],
      ]),
    );
    expect(result.results[8]).toMatchObject({ origin: "broken.json", reference: null, errors: [{ field: null, code: "INVALID" }] });
    expect(await app.db.prisma.posting.count()).toBe(before + 7);
    expect(await app.db.prisma.posting.count({ where: { reference: "BAD-1" } })).toBe(0);

    // Employers were created from the records, with the Disability Confident statement of the advert that has one.
    const northwind = await app.db.prisma.employer.findUnique({ where: { slug: "northwind-digital" }, include: { accreditations: true } });
    expect(northwind?.accreditations.map((a) => [a.scheme, a.level])).toEqual([["DISABILITY_CONFIDENT", "COMMITTED"]]);
    // Benefits: catalogue entries where they match, the rest kept as text.
    const good = result.results[5].posting;
    expect(good.status).toBe("DRAFT");
    expect(good.benefits.map((b: any) => b.benefit.key)).toEqual(["pension", "discounts"]);
    expect(good.otherBenefits).toEqual(["Free parking"]);
  });

  it("updates in place on re-import and never duplicates: unchanged records write nothing", async () => {
    const documents = [jsonLd([jobPosting("RE-1"), jobPosting("RE-2")])];
    expect((await imported({ documents })).created).toBe(2);
    const again = await imported({ documents });
    expect(again.results.map((r: any) => r.status)).toEqual(["UNCHANGED", "UNCHANGED"]);
    expect(again.results[0].posting.version).toBe(1);

    const changed = await imported({ documents: [jsonLd([jobPosting("RE-1", { title: "Senior Shift Lead" }), jobPosting("RE-2")])] });
    expect(changed.results.map((r: any) => r.status)).toEqual(["UPDATED", "UNCHANGED"]);
    expect(changed.results[0].posting).toMatchObject({ title: "Senior Shift Lead", version: 2 });
    expect(await app.db.prisma.posting.count({ where: { reference: { in: ["RE-1", "RE-2"] } } })).toBe(2);
    const ids = changed.results.map((r: any) => Buffer.from(r.posting.id, "base64").toString().split(":")[1]);
    const events = await app.db.prisma.auditEvent.findMany({ where: { objectId: { in: ids } } });
    // RE-1: created, then updated; RE-2: created, and nothing for the unchanged re-imports.
    expect(ids.map((id: string) => events.filter((e) => e.objectId === id).map((e) => e.mutation))).toEqual([
      ["importPostings", "importPostings"],
      ["importPostings"],
    ]);
  });

  it("lets an employer key import for its own employer only", async () => {
    await createEmployer(app.db.prisma, { slug: "beta-foods", name: "Beta Foods" });
    const beta = await employerKey(app.db.prisma, "beta-foods", ["WRITE_POSTINGS"]);
    const result = await imported(
      {
        documents: [
          jsonLd([
            jobPosting("B-1", { hiringOrganization: { "@type": "Organization", name: "Beta Foods" } }),
            jobPosting("B-2", { hiringOrganization: { "@type": "Organization", name: "Someone Else Ltd" } }),
            jobPosting("B-3", { hiringOrganization: undefined }),
          ]),
        ],
      },
      beta.headers,
    );
    expect(result.results.map((r: any) => [r.status, r.posting?.employer.slug ?? null])).toEqual([
      ["CREATED", "beta-foods"],
      ["FAILED", null],
      ["CREATED", "beta-foods"],
    ]);
    expect(result.results[1].errors).toMatchObject([{ field: ["employer"], code: "FORBIDDEN" }]);
    expect(await app.db.prisma.employer.count({ where: { name: "Someone Else Ltd" } })).toBe(0);
  });

  it("publishes on request, failing records that are not publishable with NOT_PUBLISHABLE", async () => {
    const result = await imported({
      publish: true,
      documents: [jsonLd([jobPosting("P-1"), jobPosting("P-2", { validThrough: undefined, url: undefined })])],
    });
    expect(result.results.map((r: any) => [r.status, r.posting?.status ?? null])).toEqual([
      ["CREATED", "PUBLISHED"],
      ["FAILED", null],
    ]);
    expect(result.results[1].errors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["closesAt", "NOT_PUBLISHABLE"],
      ["apply", "NOT_PUBLISHABLE"],
    ]);
    const republished = await imported({ publish: true, documents: [jsonLd([jobPosting("RE-2")])] });
    expect(republished.results[0]).toMatchObject({ status: "UPDATED", posting: { status: "PUBLISHED" } });
  });

  it("refuses unknown employers without createEmployers, and too many records at once", async () => {
    const result = await imported({ createEmployers: false, documents: [jsonLd(jobPosting("N-1", { hiringOrganization: { name: "Nobody Yet" } }))] });
    expect(result.results[0].errors).toMatchObject([{ field: ["employer"], code: "NOT_FOUND" }]);
    const response = await run({ documents: [jsonLd(Array.from({ length: 1001 }, (_, i) => jobPosting(`M-${i}`)))] });
    const many = response.data?.importPostings;
    expect(many.userErrors).toMatchObject([{ field: ["input", "documents"], code: "TOO_LONG" }]);
    expect(many.results).toEqual([]);
    expect(await app.db.prisma.posting.count({ where: { reference: { startsWith: "M-" } } })).toBe(0);
  });

  it("costs the same SQL statements for 60 new postings of a new employer as for 6, payload included", async () => {
    const statements = async (prefix: string, n: number) => {
      app.db.resetQueryLog();
      const result = await imported({
        documents: [jsonLd(Array.from({ length: n }, (_, i) => jobPosting(`${prefix}-${i}`, { hiringOrganization: { name: `${prefix} Co` } })))],
      });
      expect(result.created).toBe(n);
      // The import's own lookups and writes, and the payload's postings (Prisma batches their loads);
      // not the API key's occasional last-used stamp.
      const statements = app.db.queries.filter((q) => !q.includes('"api_keys"'));
      if (process.env.SHOW_SQL) console.info(statements.map((q) => q.slice(0, 120)).join("\n"));
      return statements.length;
    };
    const small = await statements("S", 6);
    const large = await statements("L", 60);
    expect(large).toBe(small);
  });

  it("writes chunks side by side, yet a posting repeated in a later chunk updates what the earlier one wrote", async () => {
    const viewer = await authenticate(app.db.prisma, admin.authorization ?? "", new Date());
    const ctx = createContext({ prisma: app.db.prisma, requestId: "chunks", viewer });
    const records = recordsFromDocument(
      "JSON_LD",
      JSON.stringify([jobPosting("C-1"), jobPosting("C-1", { title: "Night Shift Lead" }), jobPosting("C-2"), jobPosting("C-2"), jobPosting("C-3")]),
      "chunks.json",
    );
    const progress: number[] = [];
    const results = await importRecords(ctx, records, { chunkSize: 1, onProgress: (done) => progress.push(done) });
    expect(results.map((r) => [r.position, r.reference, r.status])).toEqual([
      [0, "C-1", "CREATED"],
      [1, "C-1", "UPDATED"],
      [2, "C-2", "CREATED"],
      [3, "C-2", "UNCHANGED"],
      [4, "C-3", "CREATED"],
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(
      await app.db.prisma.posting.findMany({ where: { reference: { startsWith: "C-" } }, select: { title: true }, orderBy: { reference: "asc" } }),
    ).toEqual([{ title: "Night Shift Lead" }, { title: "Shift Lead C-2" }, { title: "Shift Lead C-3" }]);
  });

  it("announces what it publishes and changes to live subscribers, after the commit, and nothing for drafts", async () => {
    const heard: Array<[string, string]> = [];
    const events = { publish: (kind: string, event: { postingId: string }) => heard.push([kind, event.postingId]) } as unknown as LiveEvents;
    const viewer = await authenticate(app.db.prisma, admin.authorization ?? "", new Date());
    const ctx = createContext({ prisma: app.db.prisma, requestId: "live", viewer, events });
    const read = (content: unknown[]) => recordsFromDocument("JSON_LD", JSON.stringify(content), "live.json");

    const drafts = await importRecords(ctx, read([jobPosting("L-1")]));
    expect(drafts[0]?.status).toBe("CREATED");
    expect(heard).toEqual([]);
    const live = await importRecords(ctx, read([jobPosting("L-2"), jobPosting("L-3")]), { publish: true });
    expect(heard).toEqual(live.map((r) => ["published", r.postingId]));
    heard.length = 0;
    const changed = await importRecords(ctx, read([jobPosting("L-2", { title: "Head Barista" })]));
    expect(changed[0]?.status).toBe("UPDATED");
    expect(heard).toEqual([["updated", changed[0]?.postingId]]);
  });
});
