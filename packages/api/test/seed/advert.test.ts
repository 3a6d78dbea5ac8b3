// The hand-typed advert against the advert itself (examples/adverts/lloyds-machine-learning-engineer.txt): every
// line of its text must be found, word for word, in the seed data.
import { describe, expect, it } from "vitest";
import { annualiseSalary } from "../../src/posting/salary.js";
import { ADVERT, ADVERT_EMPLOYER, ADVERT_EMPLOYER_SLUG, ADVERT_POSTING, ADVERT_REFERENCE } from "../../src/seed/advert.js";
import { ACCREDITATION_SCHEMES, BENEFIT_CATALOGUE, BENEFIT_KEYS } from "../../src/seed/catalogue.js";
import { INDUSTRIES, JOB_FAMILIES } from "../../src/seed/content.js";
import { UK_PLACES } from "../../src/seed/places.js";
import { SAMPLE_ADVERT } from "../support/adverts.js";

const advert = SAMPLE_ADVERT;
const lines = advert
  .split("\n")
  .map((line) => line.trim().replace(/^•\s*/, ""))
  .filter(Boolean);
const between = (from: string, to: string) => lines.slice(lines.indexOf(from), lines.indexOf(to) + 1);

/** Page furniture of the "Find a job" service, not the employer's advert. */
const CHROME = new Set(["Menu", "Job details", "Apply for this job", "Summary"]);

describe("the advert seed", () => {
  it("has the body, headings and bullets verbatim in the Markdown description", () => {
    const body = between("About this opportunity", "Ready for a career where you'll learn and thrive? Apply today and find out more.");
    expect(body.length).toBeGreaterThan(30);
    const markdown = ADVERT_POSTING.description.split("\n").filter(Boolean);
    for (const line of body) {
      expect(
        markdown.some((m) => m === line || m === `## ${line}` || m === `- ${line}`),
        line,
      ).toBe(true);
    }
    for (const heading of ["About this opportunity", "What you'll be doing", "Why join us?", "What we're looking for?", "This is a place for you"]) {
      expect(ADVERT_POSTING.description).toContain(`## ${heading}\n`);
    }
  });

  it("finds a home for every other line of the page", () => {
    const body = new Set(between("About this opportunity", "Ready for a career where you'll learn and thrive? Apply today and find out more."));
    const text = JSON.stringify(ADVERT) + JSON.stringify(ACCREDITATION_SCHEMES);
    const structured: Record<string, () => void> = {
      "Machine Learning Engineer": () => expect(ADVERT_POSTING.title).toBe("Machine Learning Engineer"),
      "Posting date: 12 March 2026": () => expect(ADVERT_POSTING.postedAt.toISOString()).toBe("2026-03-12T00:00:00.000Z"),
      "Salary: £61,236 to £68,040 per year": () => expect(ADVERT_POSTING.salaryText).toBe("£61,236 to £68,040 per year"),
      "Hours: Full time": () => expect(ADVERT_POSTING.hoursType).toBe("FULL_TIME"),
      "Closing date: 26 March 2026": () => expect(ADVERT_POSTING.closesAt?.toISOString()).toBe("2026-03-26T23:59:59.000Z"),
      "Location: London, London, EC2V 7AE": () =>
        expect(ADVERT_POSTING.locations[0]).toMatchObject({ name: "London", region: "London", postcode: "EC2V 7AE" }),
      "Remote working: Hybrid - work remotely up to 3 days per week": () =>
        expect(ADVERT_POSTING).toMatchObject({ workplaceType: "HYBRID", remoteDaysPerWeekMax: 3 }),
      "Company: Lloyds Banking Group": () => expect(ADVERT_EMPLOYER.name).toBe("Lloyds Banking Group"),
      "Job type: Permanent": () => expect(ADVERT_POSTING.contractType).toBe("PERMANENT"),
      "Job reference: 153907_1773321498": () => expect(ADVERT_POSTING.reference).toBe("153907_1773321498"),
      "JOB TITLE: Machine Learning Engineer": () => expect(ADVERT_POSTING.title).toBe("Machine Learning Engineer"),
      "SALARY: : £61,236 - £68,040": () => expect([ADVERT_POSTING.salaryMin, ADVERT_POSTING.salaryMax]).toEqual([61236, 68040]),
      "LOCATION(S): London or Bristol": () => expect(ADVERT_POSTING.locations.map((l) => l.name)).toEqual(["London", "Bristol"]),
      "HOURS: Full-time - 35 hours per week": () =>
        expect(ADVERT_POSTING).toMatchObject({ hoursText: "Full-time - 35 hours per week", hoursPerWeek: 35 }),
      "Disability Confident": () => expect(ADVERT_EMPLOYER.accreditations[0]?.scheme).toBe("DISABILITY_CONFIDENT"),
    };
    for (const line of lines) {
      if (CHROME.has(line) || body.has(line)) continue;
      const check = structured[line];
      if (check) check();
      else if (line.startsWith("WORKING PATTERN: ")) expect(ADVERT_POSTING.workplacePolicy).toBe(line.slice("WORKING PATTERN: ".length));
      else if (line.endsWith(" For more details please go to Disability Confident.")) {
        // The scheme's standard explanation, whose last sentence is a link to the scheme.
        expect(ACCREDITATION_SCHEMES.DISABILITY_CONFIDENT.description).toContain(
          line.replace(" For more details please go to Disability Confident.", ""),
        );
        expect(ACCREDITATION_SCHEMES.DISABILITY_CONFIDENT.url).toMatch(/^https:\/\/www\.gov\.uk\//);
      } else expect(text, line).toContain(line);
    }
  });

  it("keeps the lists, summary and working pattern as the advert words them", () => {
    const bullets = (heading: string) => {
      const start = lines.indexOf(heading);
      const raw = advert.split("\n").map((l) => l.trim());
      const from = raw.indexOf(heading);
      const out: string[] = [];
      for (const line of raw.slice(from + 1)) {
        if (line.startsWith("•")) out.push(line.replace(/^•\s*/, ""));
        else if (line && out.length) break;
      }
      expect(start).toBeGreaterThan(-1);
      return out;
    };
    expect(ADVERT_POSTING.responsibilities).toEqual(bullets("What you'll be doing"));
    expect(ADVERT_POSTING.requirementsEssential).toEqual(bullets("What we're looking for?"));
    expect(ADVERT_POSTING.requirementsDesirable).toEqual(bullets("And any experience of these would be great"));
    expect(ADVERT_POSTING.responsibilities).toHaveLength(4);
    expect(ADVERT_POSTING.requirementsEssential).toHaveLength(5);
    expect(ADVERT_POSTING.requirementsDesirable).toHaveLength(6);
    expect(ADVERT_POSTING.summary).toMatch(/^Within the Natural Language Engineering Lab, /);
    expect(advert).toContain(ADVERT_POSTING.summary);
    expect(ADVERT_POSTING.workplacePolicy).toMatch(/^Our work style is hybrid, .*Flexibility Works policy\.$/);
    expect(ADVERT_POSTING).toMatchObject({
      officeDaysPerWeekMin: 2,
      officeTimeShareMin: 40,
      team: "Data Science — Natural Language Engineering Lab",
    });
  });

  it("puts the employer's own paragraphs in its description", () => {
    const paragraphs = (ADVERT_EMPLOYER.description ?? "").split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Lloyds Banking Group is the UK's leading digital franchise, /);
    expect(paragraphs[1]).toMatch(/^We're transforming at pace\./);
    expect(paragraphs[2]).toMatch(/^Our ambition is to be the leading UK business for diversity/);
    for (const p of paragraphs) expect(lines).toContain(p);
    expect(ADVERT_EMPLOYER).toMatchObject({
      slug: ADVERT_EMPLOYER_SLUG,
      brands: ["Lloyds Bank", "Halifax", "Bank of Scotland"],
      industry: "Banking and financial services",
      size: "ENTERPRISE",
      websiteUrl: "https://www.lloydsbankinggroup.com",
      headquarters: { name: "London", locality: "London", region: "London", postcode: "EC2V 7AE", countryCode: "GB" },
    });
  });

  it("keeps every benefit sentence in the employer's benefits, in the advert's order", () => {
    expect(ADVERT_EMPLOYER.benefits.map((b) => b.key)).toEqual([
      "pension",
      "bonus",
      "share-scheme",
      "discounts",
      "holiday",
      "wellbeing",
      "parental-leave",
      "flexible-working",
    ]);
    expect(ADVERT_EMPLOYER.benefits[0]).toEqual({
      key: "pension",
      detail: "A generous pension contribution of up to 15%",
      value: 15,
      unit: "PERCENT",
    });
    expect(ADVERT_EMPLOYER.benefits[4]).toEqual({ key: "holiday", detail: "28 days' holiday, with bank holidays on top", value: 28, unit: "DAYS" });
    const details = ADVERT_EMPLOYER.benefits.map((b) => b.detail?.toLowerCase()).join(" and ");
    for (const bullet of [
      "A generous pension contribution of up to 15%",
      "An annual performance-related bonus",
      "Share schemes including free shares",
      "Benefits you can adapt to your lifestyle, such as discounted shopping",
      "28 days' holiday, with bank holidays on top",
      "A range of wellbeing initiatives and generous parental leave policies",
    ]) {
      expect(details).toContain(bullet.toLowerCase());
    }
    expect(ADVERT_POSTING.benefits).toEqual([]);
    for (const b of ADVERT_EMPLOYER.benefits) expect(BENEFIT_KEYS).toContain(b.key);
  });

  it("normalises the salary with annualiseSalary", () => {
    expect(ADVERT_POSTING).toMatchObject({ salaryCurrency: "GBP", salaryPeriod: "YEAR", salaryAnnualMin: 61236, salaryAnnualMax: 68040 });
    expect(annualiseSalary({ min: 61236, max: 68040, period: "YEAR", hoursPerWeek: 35 })).toEqual({ annualMin: 61236, annualMax: 68040 });
    expect(ADVERT_REFERENCE).toBe("153907_1773321498");
  });
});

describe("the catalogue and vocabularies", () => {
  it("has unique kebab-case keys, including the ones the product names", () => {
    expect(new Set(BENEFIT_KEYS).size).toBe(BENEFIT_KEYS.length);
    expect(BENEFIT_CATALOGUE.length).toBeGreaterThanOrEqual(20);
    for (const key of BENEFIT_KEYS) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const key of [
      "pension",
      "bonus",
      "share-scheme",
      "holiday",
      "parental-leave",
      "wellbeing",
      "discounts",
      "flexible-working",
      "private-healthcare",
      "life-assurance",
      "cycle-to-work",
      "training-budget",
      "enhanced-sick-pay",
      "employee-assistance",
      "season-ticket-loan",
      "hybrid-working",
    ]) {
      expect(BENEFIT_KEYS).toContain(key);
    }
    for (const b of BENEFIT_CATALOGUE) expect(b.description.length).toBeGreaterThan(10);
  });

  it("uses only catalogue keys in the generator's vocabulary", () => {
    for (const family of Object.values(JOB_FAMILIES)) for (const b of family.postingBenefits) expect(BENEFIT_KEYS).toContain(b.key);
    for (const industry of INDUSTRIES) for (const key of industry.typicalBenefits) expect(BENEFIT_KEYS).toContain(key);
  });

  it("describes the Disability Confident scheme as Find a job does", () => {
    expect(ACCREDITATION_SCHEMES.DISABILITY_CONFIDENT.description).toContain(
      "A Disability Confident employer will generally offer an interview to any applicant that declares they have a disability",
    );
  });

  it("places real UK towns with plausible postcodes and coordinates", () => {
    expect(UK_PLACES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(UK_PLACES.map((p) => p.name)).size).toBe(UK_PLACES.length);
    for (const p of UK_PLACES) {
      expect(p.postcode).toMatch(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/);
      expect(p.latitude).toBeGreaterThan(49.8);
      expect(p.latitude).toBeLessThan(60.9);
      expect(p.longitude).toBeGreaterThan(-8.2);
      expect(p.longitude).toBeLessThan(1.8);
      expect(p.weight).toBeGreaterThan(0);
    }
  });
});
