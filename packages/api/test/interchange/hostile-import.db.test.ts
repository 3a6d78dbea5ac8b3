// Imports as an attacker or an unlucky operator would run them: dates in the future, and the same
// import twice at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertBenefitCatalogue } from "../../src/seed/seed.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey } from "../support/auth.js";
import { succeeded } from "../support/writes.js";

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportPostingsInput!) {
    importPostings(input: $input) {
      created updated unchanged failed
      results { position status reference errors { field code message } posting { id postedAt } }
      userErrors { field code message }
    }
  }
`;

const DAY = 86_400_000;

function jobPosting(reference: string, employer: string, overrides: Record<string, unknown> = {}) {
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: `Baker ${reference}`,
    description: "<p>Bake bread.</p>",
    datePosted: new Date(Date.now() - DAY).toISOString(),
    validThrough: new Date(Date.now() + 30 * DAY).toISOString(),
    hiringOrganization: { "@type": "Organization", name: employer },
    jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Leeds", postalCode: "LS1 4AP", addressCountry: "GB" } },
    employmentType: "FULL_TIME",
    identifier: { "@type": "PropertyValue", name: employer, value: reference },
    url: `https://example.com/jobs/${reference}`,
    ...overrides,
  };
}

const jsonLd = (content: unknown) => ({ format: "JSON_LD", content: JSON.stringify(content), name: "feed.json" });

describe("hostile imports", () => {
  let app: TestApp;
  let admin: Record<string, string>;
  const imported = async (input: Record<string, unknown>) => succeeded(await app.execute(IMPORT, { input }, admin), "importPostings");

  beforeAll(async () => {
    app = await createTestApp();
    await upsertBenefitCatalogue(app.db.prisma);
    admin = (await adminKey(app.db.prisma)).headers;
  }, 120_000);
  afterAll(() => app?.close());

  it("refuses a posting date in the future (beyond a few minutes of clock skew), so it cannot top newest-first searches", async () => {
    const result = await imported({
      publish: true,
      documents: [
        jsonLd([
          jobPosting("FUTURE-1", "Clock Co", { datePosted: "2099-01-01T00:00:00Z", validThrough: "2099-02-01T00:00:00Z" }),
          jobPosting("SKEW-1", "Clock Co", { datePosted: new Date(Date.now() + 60_000).toISOString() }),
        ]),
      ],
    });
    expect(result.results.map((r: any) => r.status)).toEqual(["FAILED", "CREATED"]);
    expect(result.results[0].errors).toEqual([expect.objectContaining({ field: ["postedAt"], code: "OUT_OF_RANGE" })]);
    expect(result.results[0].errors[0].message).toMatch(/in the future/);
    expect(await app.db.prisma.posting.count({ where: { reference: "FUTURE-1" } })).toBe(0);
  });

  it("reports two identical imports run at once as CREATED by one and UNCHANGED by the other, never FAILED", async () => {
    // A new employer, created by the import itself, and enough records for a multi-row chunk.
    const input = { documents: [jsonLd(Array.from({ length: 5 }, (_, i) => jobPosting(`RACE-${i}`, "Race Bakery")))] };
    const [a, b] = await Promise.all([imported(input), imported(input)]);
    for (const report of [a, b]) expect(report.results.filter((r: any) => r.status === "FAILED")).toEqual([]);
    for (let i = 0; i < 5; i++) {
      expect([a.results[i].status, b.results[i].status].sort()).toEqual(expect.arrayContaining([expect.stringMatching(/CREATED|UNCHANGED/)]));
      expect(a.results[i].posting.id).toBe(b.results[i].posting.id);
    }
    expect(a.created + b.created).toBe(5);
    expect(a.unchanged + b.unchanged).toBe(5);
    expect(await app.db.prisma.posting.count({ where: { reference: { startsWith: "RACE-" } } })).toBe(5);
    expect(await app.db.prisma.employer.count({ where: { name: "Race Bakery" } })).toBe(1);
  });
});
