// Posting.jsonLd against Google's job-posting guidelines, for every seeded posting; the advert's
// JSON-LD as a snapshot; and the NDJSON feed of open postings.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toNumber } from "../../src/graphql/decimal.js";
import { FEED_PATH } from "../../src/interchange/feed.js";
import { type JobPostingJsonLd, jsonLdInclude, postingToJsonLd } from "../../src/interchange/jsonld.js";
import { ADVERT_EMPLOYER_SLUG, ADVERT_REFERENCE } from "../../src/seed/advert.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { createTestApp, type TestApp } from "../support/app.js";

type Row = Parameters<typeof postingToJsonLd>[0];
const EMPLOYMENT_TYPES = new Set(["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]);
const UNITS = new Set(["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]);
const isoDateTime = (v: unknown) => typeof v === "string" && !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}/.test(v);

/** Every way `ld` breaks Google's required and recommended JobPosting properties, given what the posting has. */
function problems(ld: Record<string, any>, p: Row): string[] {
  const out: string[] = [];
  const need = (ok: unknown, what: string) => {
    if (!ok) out.push(what);
  };
  // Required
  need(ld["@type"] === "JobPosting" && [ld["@context"]].flat().includes("https://schema.org"), "@context/@type");
  need(typeof ld.title === "string" && ld.title === p.title, "title");
  need(typeof ld.description === "string" && /^<[a-z]/.test(ld.description), "description as HTML");
  need(isoDateTime(ld.datePosted), "datePosted");
  need(ld.hiringOrganization?.["@type"] === "Organization" && ld.hiringOrganization.name === p.employer.name, "hiringOrganization");
  const remote = p.workplaceType === "REMOTE";
  if (p.locations.length || !remote) {
    const places = [ld.jobLocation].flat();
    need(places.length === p.locations.length && places.length > 0, "jobLocation per location");
    for (const place of places) {
      const a = place?.address;
      need(
        place?.["@type"] === "Place" &&
          a?.["@type"] === "PostalAddress" &&
          a.addressCountry &&
          (a.addressLocality || a.addressRegion || a.postalCode),
        "PostalAddress",
      );
    }
  }
  // Recommended, when the posting has the data
  need(p.closesAt ? ld.validThrough === p.closesAt.toISOString() : ld.validThrough === undefined, "validThrough");
  const types = [ld.employmentType ?? []].flat();
  need(
    types.every((t: string) => EMPLOYMENT_TYPES.has(t)),
    "employmentType values",
  );
  need(
    (p.hoursType != null) === types.some((t: string) => ["FULL_TIME", "PART_TIME", "OTHER"].includes(t)) || p.hoursType === null,
    "employmentType for hours",
  );
  const disclosed = p.salaryMin != null || p.salaryMax != null;
  if (disclosed) {
    const v = ld.baseSalary?.value;
    need(ld.baseSalary?.["@type"] === "MonetaryAmount" && ld.baseSalary.currency === p.salaryCurrency, "baseSalary MonetaryAmount");
    need(
      v?.["@type"] === "QuantitativeValue" && UNITS.has(v.unitText) && v.unitText === p.salaryPeriod,
      "baseSalary QuantitativeValue with unitText",
    );
    // A single figure as `value`; a range (or an open-ended "from"/"up to") as minValue and/or maxValue.
    const bounds = [v?.minValue, v?.maxValue].filter((x) => x !== undefined);
    need(
      typeof v?.value === "number"
        ? bounds.length === 0
        : bounds.length > 0 && bounds.every((x) => typeof x === "number") && (bounds.length < 2 || v.minValue <= v.maxValue),
      "baseSalary amounts",
    );
    need((v?.value ?? v?.minValue ?? null) === toNumber(p.salaryMin) || (p.salaryMin === null && v?.minValue === undefined), "baseSalary minimum");
  } else need(ld.baseSalary === undefined, "no baseSalary when undisclosed");
  need(ld.identifier?.["@type"] === "PropertyValue" && ld.identifier.value === p.reference && ld.identifier.name === p.employer.name, "identifier");
  need(ld.directApply === p.directApply, "directApply");
  need(remote ? ld.jobLocationType === "TELECOMMUTE" : ld.jobLocationType === undefined, "jobLocationType TELECOMMUTE only when fully remote");
  need(
    remote
      ? [ld.applicantLocationRequirements].flat().every((c: any) => c?.["@type"] === "Country" && c.name)
      : ld.applicantLocationRequirements === undefined,
    "applicantLocationRequirements",
  );
  // Jobgraph's extras when present
  need(p.skills.length ? JSON.stringify(ld.skills) === JSON.stringify(p.skills) : ld.skills === undefined, "skills");
  need(p.responsibilities.length ? ld.responsibilities?.length === p.responsibilities.length : ld.responsibilities === undefined, "responsibilities");
  need(
    p.requirementsEssential.length ? ld.qualifications?.length === p.requirementsEssential.length : ld.qualifications === undefined,
    "qualifications",
  );
  const benefitCount = new Set([...p.benefits.map((b) => b.benefitId), ...p.employer.benefits.map((b) => b.benefitId)]).size + p.otherBenefits.length;
  need(benefitCount ? ld.jobBenefits?.length === benefitCount : ld.jobBenefits === undefined, "jobBenefits");
  need(p.hoursText || p.hoursPerWeek ? typeof ld.workHours === "string" : ld.workHours === undefined, "workHours");
  return out;
}

describe("Posting.jsonLd", () => {
  let app: TestApp;
  let rows: Row[];
  beforeAll(async () => {
    app = await createTestApp();
    await seedDatabase(app.db.prisma, { refDate: new Date("2026-11-25T00:00:00Z") });
    rows = await app.db.prisma.posting.findMany({ include: jsonLdInclude, orderBy: { id: "asc" } });
  }, 180_000);
  afterAll(() => app?.close());

  it("meets Google's required and recommended properties for every seeded posting", () => {
    expect(rows.length).toBeGreaterThan(3000);
    const failures = rows.flatMap((row) => problems(postingToJsonLd(row) as Record<string, any>, row).map((p) => `${row.reference}: ${p}`));
    expect(failures.slice(0, 20)).toEqual([]);
    // The seed has remote, hybrid and on-site postings, disclosed and undisclosed pay: every branch above ran.
    expect(new Set(rows.map((r) => r.workplaceType))).toEqual(new Set(["REMOTE", "HYBRID", "ON_SITE"]));
    expect(rows.some((r) => r.salaryMin === null)).toBe(true);
  });

  it("is what the API serves, and the advert's matches its snapshot", async () => {
    const data = await app.query(`{ posting(employerSlug: "${ADVERT_EMPLOYER_SLUG}", reference: "${ADVERT_REFERENCE}") { jsonLd } }`);
    const advert = rows.find((r) => r.reference === ADVERT_REFERENCE) as Row;
    expect(data.posting.jsonLd).toEqual(JSON.parse(JSON.stringify(postingToJsonLd(advert))));
    await expect(`${JSON.stringify(data.posting.jsonLd, null, 2)}\n`).toMatchFileSnapshot("__snapshots__/advert.jsonld");
  });

  it("costs no statement per posting in a page", async () => {
    const statements = async (first: number) => {
      app.db.resetQueryLog();
      await app.query(`{ postings(first: ${first}) { nodes { jsonLd } } }`);
      return app.db.queries.length;
    };
    expect(await statements(100)).toBe(await statements(5));
  });

  it("streams every open posting as NDJSON from /feeds/postings.ndjson", async () => {
    const response = await app.fetch(FEED_PATH);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).trimEnd().split("\n");
    const now = new Date();
    const open = rows.filter((r) => r.status === "PUBLISHED" && (!r.closesAt || r.closesAt > now));
    expect(lines).toHaveLength(open.length);
    const parsed = lines.map((line) => JSON.parse(line) as JobPostingJsonLd);
    expect(new Set(parsed.map((ld) => ld["jobgraph:reference"]))).toEqual(new Set(open.map((r) => r.reference)));
    expect(parsed.every((ld) => ld["@type"] === "JobPosting")).toBe(true);
    expect((await app.fetch(FEED_PATH, { method: "POST" })).status).toBe(405);
  });
});
