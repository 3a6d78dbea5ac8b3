// The real "Find a job" advert (examples/adverts/lloyds-machine-learning-engineer.txt), seeded by hand, read back
// through GraphQL: every fact must survive. Lists are checked against the advert text itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../src/seed/seed.js";
import { SAMPLE_ADVERT } from "../support/adverts.js";
import { createTestApp, type TestApp } from "../support/app.js";

/** The "•" bullets that follow a heading line in the advert, up to the next paragraph. */
function bulletsAfter(text: string, heading: string): string[] {
  const lines = text.split("\n").map((line) => line.trim());
  const start = lines.indexOf(heading);
  expect(start, `heading "${heading}" in the advert`).toBeGreaterThan(-1);
  const bullets: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("•")) bullets.push(line.replace(/^•\s*/, ""));
    else if (line && bullets.length) break;
  }
  return bullets;
}

const QUERY = /* GraphQL */ `
  query Advert {
    posting(employerSlug: "lloyds-banking-group", reference: "153907_1773321498") {
      id reference title summary description descriptionHtml team
      responsibilities requirements { essential desirable } skills
      salary { min max currency period text annualMin annualMax disclosed }
      hours { type perWeek text }
      contractType
      workplace { type remoteDaysPerWeekMax officeDaysPerWeekMin officeTimeShareMin policy }
      locations { name locality region postcode countryCode latitude longitude }
      postedAt closesAt status isOpen
      apply { method url directApply }
      source { name }
      benefits { benefit { key name category } detail value unit source }
      employer {
        slug name brands industry size description websiteUrl
        headquarters { name postcode countryCode }
        accreditations { scheme level statement }
      }
    }
  }
`;

describe("the Lloyds Banking Group advert", () => {
  let app: TestApp;
  let advert: string;
  let posting: any;

  beforeAll(async () => {
    app = await createTestApp();
    advert = SAMPLE_ADVERT;
    await seedDatabase(app.db.prisma, { employers: 2, postings: 5 });
    posting = (await app.query(QUERY)).posting;
  }, 120_000);
  afterAll(() => app?.close());

  it("keeps the job details", () => {
    expect(posting).toMatchObject({
      reference: "153907_1773321498",
      title: "Machine Learning Engineer",
      status: "PUBLISHED",
      contractType: "PERMANENT",
    });
    expect(posting.postedAt.slice(0, 10)).toBe("2026-03-12");
    expect(posting.closesAt.slice(0, 10)).toBe("2026-03-26");
    expect(posting.source).toEqual({ name: "Find a job" });
    expect(posting.apply).toMatchObject({ method: "WEBSITE", directApply: false });
  });

  it("keeps the salary as stated and normalised to a year", () => {
    expect(posting.salary).toEqual({
      min: 61236,
      max: 68040,
      currency: "GBP",
      period: "YEAR",
      text: "£61,236 to £68,040 per year",
      annualMin: 61236,
      annualMax: 68040,
      disclosed: true,
    });
  });

  it("keeps hours apart from the contract type", () => {
    expect(posting.hours).toMatchObject({ type: "FULL_TIME", perWeek: 35 });
    expect(posting.hours.text).toContain("35 hours per week");
  });

  it("keeps the hybrid pattern: up to 3 remote days, at least two office days or 40%", () => {
    expect(posting.workplace).toMatchObject({ type: "HYBRID", remoteDaysPerWeekMax: 3, officeDaysPerWeekMin: 2, officeTimeShareMin: 40 });
    expect(advert).toContain(posting.workplace.policy);
    expect(posting.workplace.policy).toContain("Flexibility Works policy");
  });

  it("keeps both locations: London EC2V 7AE and Bristol", () => {
    expect(posting.locations).toHaveLength(2);
    expect(posting.locations[0]).toMatchObject({ name: "London", postcode: "EC2V 7AE", countryCode: "GB" });
    expect(posting.locations[1]).toMatchObject({ name: "Bristol", countryCode: "GB" });
    for (const location of posting.locations) {
      expect(location.latitude).toBeTypeOf("number");
      expect(location.longitude).toBeTypeOf("number");
    }
  });

  it("keeps every responsibility and requirement, word for word", () => {
    expect(posting.responsibilities).toEqual(bulletsAfter(advert, "What you'll be doing"));
    expect(posting.requirements.essential).toEqual(bulletsAfter(advert, "What we're looking for?"));
    expect(posting.requirements.desirable).toEqual(bulletsAfter(advert, "And any experience of these would be great"));
  });

  it("keeps the team and the full description, rendered to safe HTML", () => {
    expect(posting.team).toMatch(/Data Science/);
    expect(posting.team).toMatch(/Natural Language Engineering Lab/);
    for (const paragraph of [
      "About this opportunity",
      "Why join us?",
      "This is a place for you",
      "We know that great talent comes from many backgrounds.",
    ]) {
      expect(posting.description).toContain(paragraph);
    }
    expect(posting.descriptionHtml).toContain("<h2>About this opportunity</h2>");
    expect(posting.descriptionHtml).toContain("<li>");
    expect(posting.summary && advert).toContain(posting.summary);
  });

  it("keeps every benefit of the package, with the pension's 15% and the 28 days", () => {
    const stated = bulletsAfter(advert, "We also offer a wide-ranging benefits package, which includes:");
    const details = posting.benefits.map((b: { detail: string }) => b.detail).join(" | ");
    for (const phrase of [
      "pension contribution of up to 15%",
      "annual performance-related bonus",
      "free shares",
      "discounted shopping",
      "28 days' holiday",
      "wellbeing initiatives",
      "parental leave",
    ]) {
      expect(details).toContain(phrase);
    }
    expect(stated.length).toBeGreaterThanOrEqual(6);
    const byKey = Object.fromEntries(posting.benefits.map((b: any) => [b.benefit.key, b]));
    expect(byKey.pension).toMatchObject({ value: 15, unit: "PERCENT", source: "EMPLOYER" });
    expect(byKey.holiday).toMatchObject({ value: 28, unit: "DAYS" });
  });

  it("keeps the employer: its three brands and Disability Confident", () => {
    expect(posting.employer).toMatchObject({ slug: "lloyds-banking-group", name: "Lloyds Banking Group", size: "ENTERPRISE" });
    expect(posting.employer.brands).toEqual(["Lloyds Bank", "Halifax", "Bank of Scotland"]);
    expect(posting.employer.accreditations).toContainEqual({
      scheme: "DISABILITY_CONFIDENT",
      level: "EMPLOYER",
      statement: "Proud member of the Disability Confident employer scheme",
    });
    expect(posting.employer.description).toContain("13 million active online customers");
  });
});
