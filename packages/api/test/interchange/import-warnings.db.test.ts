// Import warnings (issue 15): every result carries the reader's warnings and the import service's
// own (benefits matching no catalogue entry, an employer matched by name when its slug matched
// none, no posting date); `strict` fails a warned-of record and writes nothing of it. Through the
// service and through the importPostings mutation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../src/graphql/context.js";
import { importRecords } from "../../src/interchange/import.service.js";
import { recordsFromDocument } from "../../src/interchange/read.js";
import type { ImportRecord, ImportWarning } from "../../src/interchange/record.js";
import { upsertBenefitCatalogue } from "../../src/seed/seed.js";
import { authenticate } from "../../src/viewer/keys.js";
import type { WriteContext } from "../../src/write/transaction.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey } from "../support/auth.js";
import { createEmployer } from "../support/factories.js";
import { jobPosting as jobPostingOf } from "../support/job-posting.js";
import { succeeded } from "../support/writes.js";

/** A JobPosting as another system publishes it, closing in a month, with catalogue benefits. */
const NIGHT_PORTER = {
  title: "Night Porter",
  description: "<p>Keep the hotel safe overnight.</p>",
  employer: "Warning Hotels",
  locality: "York",
  postcode: "YO1 7HH",
};
function jobPosting(reference: string, overrides: Record<string, unknown> = {}) {
  return jobPostingOf(reference, NIGHT_PORTER, {
    baseSalary: { "@type": "MonetaryAmount", currency: "GBP", value: { "@type": "QuantitativeValue", value: 12.6, unitText: "HOUR" } },
    employmentType: "FULL_TIME",
    jobBenefits: ["Pension with 5% employer contribution", "Free meals on shift"],
    ...overrides,
  });
}

const read = (postings: unknown[], name = "feed.json"): ImportRecord[] => recordsFromDocument("JSON_LD", JSON.stringify(postings), name);

/** The reader's warning, as a reader that could not find hours per week reports it. */
const HOURS: ImportWarning = { field: "hours.perWeek", code: "MISSING", message: "Hours per week not stated." };

describe("import warnings", () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let ctx: WriteContext;

  beforeAll(async () => {
    app = await createTestApp();
    await upsertBenefitCatalogue(app.db.prisma);
    admin = (await adminKey(app.db.prisma)).headers;
    const viewer = await authenticate(app.db.prisma, admin.authorization ?? "", new Date());
    ctx = createContext({ prisma: app.db.prisma, requestId: "warnings", viewer });
  }, 120_000);
  afterAll(() => app?.close());

  /** Everything an import writes: postings, employers, audit events. */
  const written = async () => ({
    postings: await app.db.prisma.posting.count(),
    employers: await app.db.prisma.employer.count(),
    audits: await app.db.prisma.auditEvent.count(),
  });

  describe("the import service", () => {
    it("carries the reader's warnings into the result and writes the record", async () => {
      const records = read([jobPosting("W-1"), jobPosting("W-2")]);
      records[0]?.warnings.push(HOURS);
      const results = await importRecords(ctx, records);
      expect(results.map((r) => [r.reference, r.status, r.warnings])).toEqual([
        ["W-1", "CREATED", [HOURS]],
        ["W-2", "CREATED", []],
      ]);
    });

    it("warns UNMATCHED when benefits were found and none matched the catalogue, saying how many were kept as text", async () => {
      const results = await importRecords(
        ctx,
        read([
          jobPosting("W-3", { jobBenefits: ["Free meals on shift", "Uniform provided", "Staff parties"] }),
          jobPosting("W-4", { jobBenefits: ["Free meals on shift", "A generous pension"] }),
        ]),
      );
      expect(results[0]?.status).toBe("CREATED");
      expect(results[0]?.warnings).toEqual([
        {
          field: "benefits",
          code: "UNMATCHED",
          message: "3 benefits found, none matching the benefit catalogue: 3 kept as text in otherBenefits.",
        },
      ]);
      const posting = await app.db.prisma.posting.findUniqueOrThrow({ where: { id: results[0]?.postingId as string } });
      expect(posting.otherBenefits).toEqual(["Free meals on shift", "Uniform provided", "Staff parties"]);
      // One matched (the pension): the other is kept as text, as always, and is no cause for doubt.
      expect(results[1]?.warnings).toEqual([]);
    });

    it("leaves a field the reader warned of to the reader: one warning per fact", async () => {
      const [record] = read([jobPosting("W-5", { jobBenefits: ["Free meals on shift"] })]);
      const own: ImportWarning = { field: "benefits", code: "UNCLEAR", message: "A benefits paragraph, not a list." };
      record?.warnings.push(own);
      const [result] = await importRecords(ctx, [record as ImportRecord]);
      expect(result?.warnings).toEqual([own]);
    });

    it("warns MISSING when no posting date is stated, and the import's time is used", async () => {
      const { datePosted: _none, ...undated } = jobPosting("W-6");
      const [result] = await importRecords(ctx, read([undated]));
      expect(result?.status).toBe("CREATED");
      expect(result?.warnings).toEqual([{ field: "postedAt", code: "MISSING", message: "No posting date stated: the import's time is used." }]);
    });

    it("warns UNCLEAR when the record's slug matches no employer and its name matches one", async () => {
      await createEmployer(app.db.prisma, { slug: "harbour-inns", name: "Harbour Inns" });
      const named = (slug: string) => ({ "@type": "Organization", name: "Harbour Inns", "jobgraph:slug": slug });
      const results = await importRecords(
        ctx,
        read([
          jobPosting("W-7", { hiringOrganization: named("harbour-inns-ltd") }),
          jobPosting("W-8", { hiringOrganization: named("harbour-inns") }),
        ]),
      );
      const employer = await app.db.prisma.employer.findUniqueOrThrow({ where: { slug: "harbour-inns" } });
      expect(results.map((r) => r.status)).toEqual(["CREATED", "CREATED"]);
      expect(await app.db.prisma.posting.count({ where: { employerId: employer.id } })).toBe(2);
      expect(await app.db.prisma.employer.count({ where: { slug: "harbour-inns-ltd" } })).toBe(0);
      expect(results[0]?.warnings).toEqual([
        {
          field: "employer",
          code: "UNCLEAR",
          message: 'No employer has the slug "harbour-inns-ltd"; the employer named "Harbour Inns" (slug "harbour-inns") was used.',
        },
      ]);
      expect(results[1]?.warnings).toEqual([]);
    });

    it("with strict, fails every warned-of record with its warnings as errors and writes nothing of it, not even its employer", async () => {
      const before = await written();
      const records = read([
        jobPosting("S-1", { hiringOrganization: { "@type": "Organization", name: "Strictly New Ltd" } }),
        jobPosting("S-2", { jobBenefits: ["Free meals on shift"] }),
        jobPosting("S-3"),
        jobPosting("S-4", { hiringOrganization: { "@type": "Organization", name: "Harbour Inns", "jobgraph:slug": "harbour-inns-ltd" } }),
      ]);
      records[0]?.warnings.push(HOURS);
      const results = await importRecords(ctx, records, { strict: true });
      expect(results.map((r) => [r.reference, r.status])).toEqual([
        ["S-1", "FAILED"],
        ["S-2", "FAILED"],
        ["S-3", "CREATED"],
        ["S-4", "FAILED"],
      ]);
      expect(results[0]?.errors).toEqual([
        { field: ["hours", "perWeek"], code: "REQUIRED", message: "Strict import: Hours per week not stated. [MISSING]" },
      ]);
      expect(results[0]?.warnings).toEqual([HOURS]);
      expect(results[1]?.errors).toEqual([
        { field: ["benefits"], code: "INVALID", message: expect.stringMatching(/^Strict import: 1 benefit found, none matching .*\[UNMATCHED\]$/) },
      ]);
      expect(results[3]?.errors.map((e) => [e.field, e.code])).toEqual([[["employer"], "INVALID"]]);
      expect(results.filter((r) => r.status === "FAILED").every((r) => r.postingId === null)).toBe(true);
      // Only S-3 was written: one posting, its audit event, and no employer for S-1.
      expect(await written()).toEqual({ postings: before.postings + 1, employers: before.employers, audits: before.audits + 1 });
      expect(await app.db.prisma.employer.count({ where: { name: "Strictly New Ltd" } })).toBe(0);
      expect(await app.db.prisma.posting.count({ where: { reference: { in: ["S-1", "S-2", "S-4"] } } })).toBe(0);
    });

    it("with strict, leaves an existing posting as it was when the record that would change it has a warning", async () => {
      const [first] = await importRecords(ctx, read([jobPosting("S-5")]));
      const [changed] = read([jobPosting("S-5", { title: "Head Night Porter" })]);
      changed?.warnings.push(HOURS);
      const [result] = await importRecords(ctx, [changed as ImportRecord], { strict: true });
      expect(result?.status).toBe("FAILED");
      const posting = await app.db.prisma.posting.findUniqueOrThrow({ where: { id: first?.postingId as string } });
      expect([posting.title, posting.version]).toEqual(["Night Porter S-5", 1]);
    });
  });

  describe("the importPostings mutation", () => {
    const IMPORT = /* GraphQL */ `
      mutation Import($input: ImportPostingsInput!) {
        importPostings(input: $input) {
          created failed
          results { reference status posting { id otherBenefits } errors { field code message } warnings { field code message } }
          userErrors { field code message }
        }
      }
    `;
    const documents = [
      {
        format: "JSON_LD",
        name: "gql.json",
        content: JSON.stringify([jobPosting("G-1", { jobBenefits: ["Free meals on shift"] }), jobPosting("G-2")]),
      },
    ];
    const imported = async (input: Record<string, unknown>) => succeeded(await app.execute(IMPORT, { input }, admin), "importPostings");

    it("reports each record's warnings, and with strict: true fails those records and writes nothing of them", async () => {
      const strict = await imported({ documents, strict: true });
      expect([strict.created, strict.failed]).toEqual([1, 1]);
      expect(strict.results).toEqual([
        {
          reference: "G-1",
          status: "FAILED",
          posting: null,
          errors: [{ field: ["benefits"], code: "INVALID", message: expect.stringContaining("Strict import: 1 benefit found") }],
          warnings: [{ field: "benefits", code: "UNMATCHED", message: expect.stringContaining("1 kept as text in otherBenefits") }],
        },
        {
          reference: "G-2",
          status: "CREATED",
          posting: { id: expect.any(String), otherBenefits: ["Free meals on shift"] },
          errors: [],
          warnings: [],
        },
      ]);
      expect(await app.db.prisma.posting.count({ where: { reference: "G-1" } })).toBe(0);

      // strict defaults to false: the warned-of record is written, its warning reported.
      const lenient = await imported({ documents });
      expect(lenient.results.map((r: { reference: string; status: string }) => [r.reference, r.status])).toEqual([
        ["G-1", "CREATED"],
        ["G-2", "UNCHANGED"],
      ]);
      expect(lenient.results[0].warnings).toEqual(strict.results[0].warnings);
      expect(lenient.results[0].posting.otherBenefits).toEqual(["Free meals on shift"]);
    });
  });
});
