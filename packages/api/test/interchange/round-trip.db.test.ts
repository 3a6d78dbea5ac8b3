// The advert sample imported from text, exported as JSON-LD, imported again from that JSON-LD (into
// a database that has never seen it, and into the same one) gives back the same posting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertBenefitCatalogue } from "../../src/seed/seed.js";
import { SAMPLE_ADVERT } from "../support/adverts.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey } from "../support/auth.js";
import { succeeded } from "../support/writes.js";

export const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportPostingsInput!) {
    importPostings(input: $input) {
      created updated unchanged failed
      results { position origin status reference errors { field code message } posting { id jsonLd } }
      userErrors { field code message }
    }
  }
`;

/** Everything a posting says, as GraphQL serves it (no ids, versions or timestamps of the record itself). */
const POSTING = /* GraphQL */ `
  query Posting($slug: String!, $reference: String!) {
    posting(employerSlug: $slug, reference: $reference) {
      reference title summary description descriptionHtml team responsibilities skills otherBenefits
      requirements { essential desirable }
      salary { min max currency period text annualMin annualMax disclosed }
      hours { type perWeek text }
      contractType
      workplace { type remoteDaysPerWeekMax officeDaysPerWeekMin officeTimeShareMin policy }
      locations { name addressLine locality region postcode countryCode latitude longitude }
      postedAt closesAt status
      apply { method url email instructions directApply }
      benefits { benefit { key } detail value unit source }
      source { name url id }
      employer { slug name brands websiteUrl accreditations { scheme level statement } }
    }
  }
`;

describe("round trip: Find a job text → JSON-LD → import", () => {
  let first: TestApp;
  let second: TestApp;
  let firstAdmin: Record<string, string>;
  let secondAdmin: Record<string, string>;
  beforeAll(async () => {
    [first, second] = await Promise.all([createTestApp(), createTestApp()]);
    for (const app of [first, second]) await upsertBenefitCatalogue(app.db.prisma);
    firstAdmin = (await adminKey(first.db.prisma)).headers;
    secondAdmin = (await adminKey(second.db.prisma)).headers;
  }, 120_000);
  afterAll(async () => Promise.all([first?.close(), second?.close()]));

  const importInto = async (app: TestApp, headers: Record<string, string>, format: string, content: string) =>
    succeeded(await app.execute(IMPORT, { input: { documents: [{ format, content, name: "sample" }] } }, headers), "importPostings");
  const read = async (app: TestApp, headers: Record<string, string>) =>
    (await app.execute(POSTING, { slug: "lloyds-banking-group", reference: "153907_1773321498" }, headers)).data?.posting;

  it("gives back the same posting", async () => {
    const text = SAMPLE_ADVERT;
    const fromText = await importInto(first, firstAdmin, "FIND_A_JOB", text);
    expect(fromText.results[0].errors).toEqual([]);
    expect(fromText.created).toBe(1);
    const original = await read(first, firstAdmin);
    expect(original.title).toBe("Machine Learning Engineer");

    const jsonLd = JSON.stringify(fromText.results[0].posting.jsonLd);
    const intoFresh = await importInto(second, secondAdmin, "JSON_LD", jsonLd);
    expect(intoFresh.results[0].errors).toEqual([]);
    expect(intoFresh.created).toBe(1);
    expect(await read(second, secondAdmin)).toEqual(original);

    // Into the database it came from: the same posting, so nothing to write.
    const again = await importInto(first, firstAdmin, "JSON_LD", jsonLd);
    expect(again.results[0].status).toBe("UNCHANGED");
    expect(await read(first, firstAdmin)).toEqual(original);
  });
});
