// The "Find a job" parser: the real advert gives the facts seed/advert.ts typed by hand, and the
// format's variations (pay per hour/day/week/month, ranges, "Competitive", part time, remote and
// on-site, several places, missing fields) in adverts written for these tests.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { benefitFigure, mapBenefits } from "../../src/interchange/benefits.js";
import {
  classifyHeading,
  hoursPerWeekIn,
  parseDate,
  parseFindAJobAdvert,
  parseHours,
  parseLocations,
  parseRemoteWorking,
  parseSalary,
} from "../../src/interchange/find-a-job.js";
import { ADVERT } from "../../src/seed/advert.js";
import { BENEFIT_CATALOGUE } from "../../src/seed/catalogue.js";
import { SAMPLE_ADVERT } from "../support/adverts.js";

const SAMPLE = SAMPLE_ADVERT;
const fixture = (name: string) => parseFindAJobAdvert(readFileSync(new URL(`fixtures/adverts/${name}`, import.meta.url), "utf8"), name);
const CATALOGUE = new Set(BENEFIT_CATALOGUE.map((b) => b.key));

describe("the Lloyds Banking Group sample advert", () => {
  const record = parseFindAJobAdvert(SAMPLE, "sample");
  const posting = record.posting as Record<string, any>;
  const seed = ADVERT.posting;

  it("gives the job details the seed has", () => {
    expect(record.problems).toEqual([]);
    expect(record.employer.name).toBe(ADVERT.employer.name);
    expect(posting.reference).toBe(seed.reference);
    expect(posting.title).toBe(seed.title);
    expect(record.postedAt).toEqual(seed.postedAt);
    expect(posting.closesAt).toEqual(seed.closesAt);
    expect(posting.salary).toEqual({
      min: seed.salaryMin,
      max: seed.salaryMax,
      currency: seed.salaryCurrency,
      period: seed.salaryPeriod,
      text: seed.salaryText,
    });
    expect(posting.hours).toEqual({ type: seed.hoursType, perWeek: seed.hoursPerWeek, text: seed.hoursText });
    expect(posting.contractType).toBe(seed.contractType);
    expect(posting.workplace).toEqual({
      type: seed.workplaceType,
      remoteDaysPerWeekMax: seed.remoteDaysPerWeekMax,
      officeDaysPerWeekMin: seed.officeDaysPerWeekMin,
      officeTimeShareMin: seed.officeTimeShareMin,
      policy: seed.workplacePolicy,
    });
    // The "Location:" detail wins (examples/adverts/README.md, Locations): the summary's
    // "LOCATION(S): London or Bristol" is read only when the detail is missing, so Bristol, which
    // the seed adds by hand, is not one of the advert's places.
    expect(posting.locations.map((l: { name: string; postcode: string | null }) => [l.name, l.postcode])).toEqual([["London", "EC2V 7AE"]]);
    expect(seed.locations.map((l) => l.name)).toEqual(["London", "Bristol"]);
  });

  it("gives the seed's description, responsibilities and requirements, word for word", () => {
    expect(posting.description).toBe(seed.description);
    expect(posting.responsibilities).toEqual(seed.responsibilities);
    expect(posting.requirements).toEqual({ essential: seed.requirementsEssential, desirable: seed.requirementsDesirable });
  });

  it("maps the benefits package onto the catalogue as the seed does, splitting the bullet that names two", () => {
    const { benefits, other } = mapBenefits(record.benefitTexts, CATALOGUE);
    // The seed's last entry (flexible working) comes from the WORKING PATTERN paragraph, not a bullet.
    expect(benefits).toEqual(ADVERT.employer.benefits.filter((b) => b.key !== "flexible-working"));
    expect(other).toEqual([]);
  });

  it("reads the Disability Confident statement as the employer's accreditation", () => {
    expect(record.employer.accreditations).toEqual([
      { scheme: "DISABILITY_CONFIDENT", level: "EMPLOYER", statement: "Proud member of the Disability Confident employer scheme" },
    ]);
  });
});

describe("adverts in the same format", () => {
  it("reads part-time hourly pay, on-site work, three kinds of list and benefits the catalogue lacks", () => {
    const record = fixture("care-assistant-part-time-hourly.txt");
    const p = record.posting as Record<string, any>;
    expect(p.salary).toMatchObject({ min: 12.6, max: 12.6, currency: "GBP", period: "HOUR" });
    expect(p.hours).toMatchObject({ type: "PART_TIME", perWeek: 24 });
    expect(p.workplace).toMatchObject({ type: "ON_SITE", remoteDaysPerWeekMax: null });
    expect(p.responsibilities).toHaveLength(3);
    expect(p.requirements.essential).toHaveLength(2);
    expect(p.requirements.desirable).toEqual(["An NVQ Level 2 in Health and Social Care", "Experience of dementia care"]);
    const { benefits, other } = mapBenefits(record.benefitTexts, CATALOGUE);
    expect(benefits.map((b) => [b.key, b.value, b.unit])).toEqual([
      ["holiday", 28, "DAYS"],
      ["pension", 5, "PERCENT"],
    ]);
    expect(other).toEqual(["Paid DBS check", "Free meals on shift", "Refer a friend scheme paying £250"]);
    expect(record.employer.accreditations).toEqual([]);
  });

  it("reads a fully remote contract with undisclosed pay and no reference (one is derived, the same every time)", () => {
    const record = fixture("remote-developer-competitive-contract.txt");
    const p = record.posting as Record<string, any>;
    expect(p.salary).toEqual({ min: null, max: null, currency: null, period: null, text: "Competitive" });
    expect(p.workplace.type).toBe("REMOTE");
    expect(p.locations).toEqual([]);
    expect(p.contractType).toBe("CONTRACT");
    expect(p.reference).toMatch(/^import-/);
    expect(fixture("remote-developer-competitive-contract.txt").posting.reference).toBe(p.reference);
    expect(record.employer.accreditations).toEqual([
      { scheme: "DISABILITY_CONFIDENT", level: "COMMITTED", statement: "Proud member of the Disability Confident committed scheme" },
    ]);
  });

  it("reads weekly pay and several locations with their postcodes", () => {
    const p = fixture("warehouse-weekly-several-locations.txt").posting as Record<string, any>;
    expect(p.salary).toMatchObject({ min: 480, max: 520, period: "WEEK" });
    expect(p.hours).toMatchObject({ type: "FULL_TIME", perWeek: 40 });
    expect(p.contractType).toBe("TEMPORARY");
    expect(p.locations.map((l: { name: string; postcode: string }) => `${l.name} ${l.postcode}`)).toEqual(["Daventry NN11 8QL", "Coventry CV3 4FJ"]);
  });

  it("reads monthly pay, a fixed term and the hybrid split from the working pattern", () => {
    const p = fixture("finance-monthly-hybrid-fixed-term.txt").posting as Record<string, any>;
    expect(p.salary).toMatchObject({ min: 4000, max: 4500, period: "MONTH" });
    expect(p.contractType).toBe("FIXED_TERM");
    expect(p.workplace).toMatchObject({ type: "HYBRID", remoteDaysPerWeekMax: 2, officeDaysPerWeekMin: 3 });
    expect(p.requirements).toEqual({ essential: ["CIMA, ACCA or ACA qualified"], desirable: ["Experience in the housing sector"] });
  });

  it("leaves out what an advert does not say", () => {
    const record = fixture("day-rate-missing-fields.txt");
    const p = record.posting as Record<string, any>;
    expect(record.problems).toEqual([]);
    expect(record.postedAt).toBeNull();
    expect(p.closesAt).toBeNull();
    expect(p.salary).toMatchObject({ min: 450, max: 450, period: "DAY" });
    expect([p.hours, p.contractType, p.workplace]).toEqual([null, null, null]);
    expect(p.locations).toEqual([]);
  });

  it("reads an advert pasted without blank lines: headings among the lines, numbered lists, pay in the text", () => {
    const text = [
      "Data Engineer",
      "Job details",
      "Salary: Competitive",
      "Hours: Full time",
      "Location: Remote (UK)",
      "Remote working: Fully remote",
      "Company: Brightline Analytics Limited",
      "Job type: Contract",
      "Job reference: BL-77",
      "Summary",
      "About us",
      "Brightline Analytics Limited helps retailers understand their customers.",
      "The opportunity",
      "We're offering a day rate of £500 to £550 outside IR35. The contract is 37.5 hours a week.",
      "Key Responsibilities",
      "1) Build and maintain data pipelines in Airflow",
      "2) Model data in dbt",
      "Skills we need",
      "1) Strong SQL",
      "Desirable",
      "1) Experience with Snowflake",
      "Perks",
      "Laptop provided",
      "Monthly remote social",
    ].join("\n");
    const record = parseFindAJobAdvert(text, "pasted");
    const p = record.posting as Record<string, any>;
    expect(p.salary).toMatchObject({ min: 500, max: 550, period: "DAY" });
    expect(p.hours).toMatchObject({ type: "FULL_TIME", perWeek: 37.5 });
    expect(p.responsibilities).toEqual(["Build and maintain data pipelines in Airflow", "Model data in dbt"]);
    expect(p.requirements).toEqual({ essential: ["Strong SQL"], desirable: ["Experience with Snowflake"] });
    expect(mapBenefits(record.benefitTexts, CATALOGUE).other).toEqual(["Laptop provided", "Monthly remote social"]);
    expect(p.description).toContain("## The opportunity");
    expect(record.warnings.map((w) => `${w.field} ${w.code}`)).toEqual(["closesAt MISSING", "salary UNCLEAR"]);
  });

  it("reads invented headings, a lead-in after a paragraph, a list classified by its content, and a golden hello that is not pay", () => {
    const text = [
      "Occupational Therapist",
      "",
      "Job details",
      "Hours: Part time",
      "Company: Fenland Community Health",
      "Job type: Permanent",
      "",
      "Summary",
      "",
      "£2,500 golden hello for therapists who join by June, payable a year after you start.",
      "",
      "The salary is £34,000 to £38,000 a year. This post is 0.8 FTE (30 hours).",
      "",
      "Where you come in",
      "",
      "You'll be part of a small community team covering three market towns.",
      "",
      "Most weeks you will:",
      "1. Assess people at home after a hospital stay",
      "2. Order and fit equipment",
      "",
      "What we ask of you",
      "HCPC registration as an occupational therapist",
      "A full driving licence",
      "",
      "Helpful but not essential",
      "* Experience in a community setting",
      "",
      "Little extras",
      "- NHS Pension Scheme",
      "- 27 days' annual leave plus bank holidays",
      "- A quiet room for writing up notes",
    ].join("\n");
    const record = parseFindAJobAdvert(text, "invented-headings");
    const p = record.posting as Record<string, any>;
    expect(p.salary).toMatchObject({ min: 34000, max: 38000, period: "YEAR" });
    expect(p.hours).toMatchObject({ type: "PART_TIME", perWeek: 30 });
    expect(p.responsibilities).toEqual(["Assess people at home after a hospital stay", "Order and fit equipment"]);
    expect(p.requirements).toEqual({
      essential: ["HCPC registration as an occupational therapist", "A full driving licence"],
      desirable: ["Experience in a community setting"],
    });
    expect(p.description).toContain("You'll be part of a small community team");
    const { benefits, other } = mapBenefits(record.benefitTexts, CATALOGUE);
    expect(benefits.map((b) => b.key)).toEqual(["pension", "holiday"]);
    expect(other).toEqual(["A quiet room for writing up notes"]);
  });

  it("reports a date it cannot read and an advert without a title", () => {
    const record = parseFindAJobAdvert("Job details\nPosting date: sometime soon\nCompany: Acme\n", "bad");
    expect(record.problems.map((p) => [p.field, p.code])).toEqual([
      [["title"], "REQUIRED"],
      [["postedAt"], "INVALID"],
    ]);
  });
});

describe("field readers", () => {
  it.each([
    ["£61,236 to £68,040 per year", 61236, 68040, "YEAR"],
    ["£25,000 per annum", 25000, 25000, "YEAR"],
    ["£30k - £35k", 30000, 35000, "YEAR"],
    ["£2,100 per month", 2100, 2100, "MONTH"],
    ["£450 to £550 per week", 450, 550, "WEEK"],
    ["£300 a day", 300, 300, "DAY"],
    ["£11.44 to £12.00 per hour", 11.44, 12, "HOUR"],
    ["Competitive", null, null, null],
    ["£12 - 14 per hour", 12, 14, "HOUR"],
    ["£25,000 pa", 25000, 25000, "YEAR"],
    ["£28,000 p.a. plus bonus", 28000, 28000, "YEAR"],
    ["Up to £55,000 per year", null, 55000, "YEAR"],
    ["From £12.71 per hour", 12.71, null, "HOUR"],
    ["£70k–£85k a year (DOE) + equity", 70000, 85000, "YEAR"],
    ["GS4 £26,409 - £27,254 y flwyddyn / a year", 26409, 27254, "YEAR"],
    ["£30,000 per year plus 10% bonus", 30000, 30000, "YEAR"],
  ])("salary %s", (text, min, max, period) => {
    expect(parseSalary(text)).toMatchObject({ min, max, period });
  });

  it.each([
    ["Full time", "FULL_TIME", null],
    ["Part time", "PART_TIME", null],
    ["Part-time - 18.5 hours per week", "PART_TIME", 18.5],
    ["Flexible", "FLEXIBLE", null],
    ["Part time, 20 hours", "PART_TIME", 20],
    ["Full time - 8 hours a day", "FULL_TIME", null],
    ["37 hours weekly", null, 37],
  ])("hours %s", (text, type, perWeek) => {
    expect(parseHours(text)).toEqual({ type, perWeek });
  });

  it.each([
    ["This is a permanent part-time role, working 16–24 hours per week.", 16, 24],
    ["You'll work between 45 and 55 hours a week.", 45, 55],
    ["We work a four-day, 32-hour week.", 32, null],
    ["We work a four-day week: 32 hours, Monday to Thursday.", 32, null],
    ["37 awr yr wythnos / 37 hours a week", 37, null],
    ["It isn't 40 hours squeezed into four days, and 24 hours a day is not a week.", null, null],
    ["This post is 0.8 FTE (30 hours), worked flexibly.", 30, null],
    ["A 1.0 FTE (37 hrs) post", 37, null],
    ["We need a 30-hour week from you.", 30, null],
    ["Contracts from 12 to 30 hours a week.", 12, 30],
    ["Three days a week, 7.5 hours a day.", null, null],
    ["0.6 FTE of a team of 12 (hours agreed later)", null, null],
  ])("hours per week in %s", (text, perWeek, perWeekMax) => {
    const found = hoursPerWeekIn(text);
    expect(found ? [found.perWeek, found.perWeekMax] : [null, null]).toEqual([perWeek, perWeekMax]);
  });

  it.each([
    ["Bristol, BS2 0QL and Bath, BA2 3DR", false, ["Bristol BS2 0QL", "Bath BA2 3DR"]],
    ["London, London, EC2V 7AE", false, ["London EC2V 7AE"]],
    ["Caernarfon, ll551sh", false, ["Caernarfon LL55 1SH"]],
    ["Manchester M1 1AA", false, ["Manchester M1 1AA"]],
    ["Nottingham, Leeds or Bradford", true, ["Nottingham null", "Leeds null", "Bradford null"]],
    ["Cardiff and Swansea (project-based, with travel across South Wales)", true, ["Cardiff null", "Swansea null"]],
    ["Multiple locations", false, []],
  ])("locations %s", (text, list, places) => {
    expect(parseLocations(text, list).places.map((p) => `${p.name} ${p.postcode}`)).toEqual(places);
  });

  it.each([
    ["What you’ll be doing", "responsibilities"],
    ["Cyfrifoldebau / Responsibilities", "responsibilities"],
    ["As a Community Fundraising Volunteer you might:", "responsibilities"],
    ["You might be a fit if", "essential"],
    ["Hanfodol / Essential", "essential"],
    ["Desirable criteria", "desirable"],
    ["And any experience of these would be great", "desirable"],
    ["Bonus points", "desirable"],
    ["What you'll get in return", "benefits"],
    ["Buddion / Benefits", "benefits"],
    ["What's on offer", "benefits"],
    ["About the team", null],
    ["How to apply", null],
    // Invented headings whose meaning is clear (the held-out c- adverts' kind, in other words).
    ["Key deliverables", "responsibilities"],
    ["What your day looks like", "responsibilities"],
    ["A typical day", "responsibilities"],
    ["What the role involves", "responsibilities"],
    ["What you’ll get up to", "responsibilities"],
    ["During your shift you will:", "responsibilities"],
    ["What we ask of you", "essential"],
    ["We need you to bring:", "essential"],
    ["What we’re hoping for", "essential"],
    ["Helpful but not essential", "desirable"],
    ["Extra points for", "desirable"],
    ["The good stuff", "benefits"],
    ["Pay and pension", "benefits"],
    ["Why Acme Logistics?", "benefits"],
    ["Why work here", "benefits"],
  ])("heading %s", (heading, role) => {
    expect(classifyHeading(heading).role).toBe(role);
  });

  it.each([
    ["Hybrid - work remotely up to 3 days per week", "HYBRID", 3],
    ["Hybrid", "HYBRID", null],
    ["Fully remote", "REMOTE", null],
    ["On-site only", "ON_SITE", null],
  ])("remote working %s", (text, type, days) => {
    expect(parseRemoteWorking(text)).toEqual({ type, remoteDaysPerWeekMax: days });
  });

  it("dates, and figures in benefits", () => {
    expect(parseDate("26 March 2026")).toEqual(new Date("2026-03-26T00:00:00Z"));
    expect(parseDate("31 February 2026")).toBeNull();
    expect(benefitFigure("Life assurance at 4x salary")).toEqual({ value: 4, unit: "MULTIPLE_OF_SALARY" });
    expect(benefitFigure("Enhanced maternity pay of 26 weeks")).toEqual({ value: 26, unit: "WEEKS" });
  });

  it.each([
    ["A £2,000 golden hello for qualified staff", ["bonus"]],
    ["CPD allowance of £400 a year", ["training-budget"]],
    ["Fully funded CIPD qualifications", ["study-support"]],
    ["A funded Level 2 apprenticeship in retail", ["study-support"]],
    ["20% off in our cafés", ["discounts"]],
    ["Free parking", []],
  ])("benefit %s", (text, keys) => {
    expect(mapBenefits([text], CATALOGUE).benefits.map((b) => b.key)).toEqual(keys);
  });
});
