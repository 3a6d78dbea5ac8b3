// The "Find a job" reader's warnings: every fact it expected and could not find, or could not
// read confidently, is named in the record (field, code, message), so nothing is lost silently.
// Adverts from the corpus (examples/adverts) and small adverts written here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFindAJobAdvert } from "../../src/interchange/find-a-job.js";
import type { ImportRecord } from "../../src/interchange/record.js";

const corpus = (slug: string) =>
  parseFindAJobAdvert(readFileSync(new URL(`../../../../examples/adverts/${slug}.txt`, import.meta.url), "utf8"), slug);
const codes = (record: ImportRecord) => record.warnings.map((w) => `${w.field} ${w.code}`);

/** A complete advert, with `details` replacing or adding job details and `body` as its summary. */
function advert(details: Record<string, string | null> = {}, body = "We are a friendly team.\n\nYou'll work 37.5 hours per week."): string {
  const all: Record<string, string | null> = {
    "Posting date": "2 March 2026",
    Salary: "£30,000 per year",
    Hours: "Full time",
    "Closing date": "30 March 2026",
    Location: "Leeds, LS1 4DY",
    "Remote working": "On-site only",
    Company: "Acme Ltd",
    "Job type": "Permanent",
    "Job reference": "ACME-1",
    ...details,
  };
  const lines = Object.entries(all)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`);
  return `Clerk\n\nJob details\n${lines.join("\n")}\n\nApply for this job\n\nSummary\n\n${body}\n\nApply for this job\n`;
}

describe("warnings from the corpus", () => {
  it("none for the Lloyds sample, which states every fact", () => {
    expect(corpus("lloyds-machine-learning-engineer").warnings).toEqual([]);
  });

  it("hours per week not stated (a working day with no total is not computed)", () => {
    expect(codes(corpus("a-apprenticeship-engineering-maintenance"))).toEqual(["hours.perWeek MISSING"]);
  });

  it("two salaries that disagree, naming the one used", () => {
    const record = corpus("a-warehouse-operative-nights");
    const conflict = record.warnings.find((w) => w.code === "CONFLICT");
    expect(conflict?.field).toBe("salary");
    expect(conflict?.message).toContain("£13.50 per hour");
    expect(conflict?.message).toContain("the job details' was used");
    expect(codes(record)).toContain("reference MISSING");
  });

  it("no closing date, no salary, no reference (the fallback is named); benefits matching nothing are the import service's to report", () => {
    const record = corpus("a-charity-community-fundraising-volunteer");
    expect(codes(record)).toEqual(["closesAt MISSING", "salary MISSING", "reference MISSING"]);
    expect(record.warnings.find((w) => w.field === "reference")?.message).toContain(String(record.posting.reference));
  });

  it("a salary taken from the text when the details block has none; a region the gazetteer does not know", () => {
    const record = corpus("a-tech-startup-senior-backend-engineer");
    expect(codes(record)).toEqual(["salary UNCLEAR", "locations UNCLEAR", "reference MISSING"]);
  });

  it("a list under a heading the reader could not classify, kept in the description", () => {
    const record = corpus("b-construction-site-manager");
    expect(record.warnings).toEqual([
      expect.objectContaining({ field: "description", code: "UNCLEAR", message: expect.stringContaining("Our values") }),
    ]);
    expect(record.posting.description).toContain("- Safety first, always");
  });

  it("hours type not stated although hours per week are", () => {
    expect(codes(corpus("a-care-home-senior-care-assistant-nights"))).toEqual(["hours.type MISSING", "reference MISSING"]);
  });
});

describe("warnings from small adverts", () => {
  it("none for an advert stating every fact", () => {
    expect(parseFindAJobAdvert(advert()).warnings).toEqual([]);
  });

  it.each([
    [{ Salary: "Competitive" }, "salary UNCLEAR", "states no figure"],
    [{ Salary: null }, "salary MISSING", "No salary"],
    [{ "Closing date": null }, "closesAt MISSING", "closing date"],
    [{ "Job reference": null }, "reference MISSING", "import-"],
    [{ "Job type": "Zero hours" }, "contractType UNCLEAR", "Zero hours"],
    [{ "Job type": null }, "contractType MISSING", "Job type"],
    [{ "Remote working": "Sometimes" }, "workplace.type UNCLEAR", "Sometimes"],
    [{ Location: "Qwxzy Vale" }, "locations UNCLEAR", "Qwxzy Vale"],
    [{ Location: null }, "locations MISSING", "Location"],
    [{ Hours: "Whenever" }, "hours.type UNCLEAR", "Whenever"],
    [{ Company: null }, "employer MISSING", "Company"],
  ])("%o gives %s", (details, code, words) => {
    const record = parseFindAJobAdvert(advert(details));
    expect(codes(record)).toEqual([code]);
    expect(record.warnings[0]?.message).toContain(words);
  });

  it("hours per week not stated, and a salary in the summary that disagrees", () => {
    const record = parseFindAJobAdvert(advert({}, "SALARY: £35,000 per year\n\nWe are a friendly team."));
    expect(codes(record)).toEqual(["salary CONFLICT", "hours.perWeek MISSING"]);
    expect((record.posting.salary as { min: number }).min).toBe(30000);
  });

  it("a list under a heading it cannot classify", () => {
    const record = parseFindAJobAdvert(advert({}, "You'll work 37.5 hours per week.\n\nOur history\n\n- Founded in 1901\n- Moved to Leeds in 1950"));
    expect(codes(record)).toEqual(["description UNCLEAR"]);
    expect(record.posting.description).toContain("- Founded in 1901");
  });
});
