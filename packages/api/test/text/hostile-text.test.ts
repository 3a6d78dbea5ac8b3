// Pathological and very long input to the text paths: the Markdown renderer (run when a
// description is written), the "Find a job" reader and the JSON-LD reader (both import formats).
// Each must finish (the test timeouts are only a hang guard: the code before the bounds took
// minutes or overflowed the stack on these) and give valid output or a typed refusal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recordsFromDocument } from "../../src/interchange/read.js";
import { boundMarkdown, MARKDOWN_LIMITS, markdownToSafeHtml } from "../../src/text/markdown.js";
import { SAMPLE_ADVERT } from "../support/adverts.js";

const MB = 1_000_000;
const HANG_GUARD = 120_000;

/** Pieces that stress a Markdown or text parser when repeated: nesting, delimiters, brackets, runs of one character. */
const PIECES = [
  "> ",
  "- ",
  "* ",
  "1. ",
  "  ",
  "\t",
  "\n",
  "\n\n",
  "*",
  "_",
  "~",
  "**",
  "__",
  "`",
  "```",
  "[",
  "]",
  "(",
  ")",
  "![",
  "<",
  ">",
  "<div>",
  "&#",
  "\\",
  "|",
  "#",
  "a",
  "1",
  ".",
  ",",
  ";",
  ":",
  "%",
  "£",
  "http://a.",
  "a@b.",
  "hours",
  "remote",
  "up to 3 days",
];

/** A string of `pieces`, each repeated a random number of times, up to `max` characters. */
const pathological = (max: number) =>
  fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 5_000 })), { minLength: 1, maxLength: 12 }).map((runs) =>
    runs
      .map(([piece, times]) => piece.repeat(times))
      .join("")
      .slice(0, max),
  );

/** One piece repeated to about `size` characters. */
const repeated = (size: number) => fc.constantFrom(...PIECES).map((piece) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size));

describe("Markdown rendering", () => {
  it("renders the issue's descriptions (stack overflow, ~35 s before)", { timeout: HANG_GUARD }, () => {
    for (const md of ["> - ".repeat(12_500), "*a_".repeat(16_666), ">".repeat(50_000), "1. ".repeat(16_000)]) {
      expect(markdownToSafeHtml(md).length).toBeGreaterThan(0);
    }
  });

  it("renders any mix of pathological pieces up to a description's 50,000 characters, safely", { timeout: HANG_GUARD }, () => {
    fc.assert(
      fc.property(pathological(50_000), (md) => {
        const html = markdownToSafeHtml(md);
        expect(typeof html).toBe("string");
        expect(html).not.toMatch(/<(script|div|img)\b/i);
      }),
      { numRuns: 15 },
    );
  });

  it("renders a 1 MB line of any one piece", { timeout: HANG_GUARD * 3 }, () => {
    fc.assert(
      fc.property(repeated(MB), (md) => {
        expect(typeof markdownToSafeHtml(md)).toBe("string");
      }),
      { numRuns: 3 },
    );
  });

  it("leaves Markdown within the limits as written, and bounds what is not", () => {
    const advert = "## The role\n\n- **Build** pipelines\n  - with _care_\n\n> A quote\n> - with a list\n\n1. one\n2. two ~~old~~\n";
    expect(boundMarkdown(advert)).toBe(advert);
    const deep = "> ".repeat(MARKDOWN_LIMITS.maxNesting + 5);
    expect(markdownToSafeHtml(deep).match(/<blockquote>/g)?.length).toBe(MARKDOWN_LIMITS.maxNesting);
    const many = "*a* ".repeat(MARKDOWN_LIMITS.maxDelimitersPerBlock);
    expect(markdownToSafeHtml(many).match(/<em>/g)?.length).toBe(MARKDOWN_LIMITS.maxDelimitersPerBlock / 2);
  });
});

/** A record is valid output (a posting to validate) or a typed refusal (its problems). */
function expectRecords(records: ReturnType<typeof recordsFromDocument>) {
  expect(records.length).toBeGreaterThan(0);
  for (const record of records) expect(record.posting !== null || record.problems.length > 0).toBe(true);
}

describe('the "Find a job" reader', () => {
  const LABELS = [
    "Hours",
    "Salary",
    "Location",
    "Locations",
    "Closing date",
    "Posting date",
    "Remote working",
    "Job type",
    "Company",
    "Job reference",
  ];

  it("reads a 1 MB Hours: line of digits (150 KB took ~20 s before, 1 MB would take ~15 min)", { timeout: HANG_GUARD }, () => {
    const advert = SAMPLE_ADVERT.replace(/^Hours: .*$/m, `Hours: ${"1".repeat(MB)}`);
    expectRecords([recordsFromDocument("FIND_A_JOB", advert, "hours.txt")].flat());
  });

  it("reads an advert with a 1 MB line of pathological text in any job detail or the summary", { timeout: HANG_GUARD * 3 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...LABELS, "SUMMARY"), repeated(MB), fc.boolean(), (label, value, upper) => {
        const line = label === "SUMMARY" ? `${upper ? "WORKING PATTERN: " : ""}${value}` : `${label}: ${value}`;
        const advert =
          label === "SUMMARY"
            ? SAMPLE_ADVERT.replace(/^Summary$/m, `Summary\n${line}`)
            : SAMPLE_ADVERT.replace(/^Job details$/m, `Job details\n${line}`);
        expectRecords(recordsFromDocument("FIND_A_JOB", advert, "advert.txt"));
      }),
      { numRuns: 12 },
    );
  });

  it("reads any mix of pathological pieces as a whole document", { timeout: HANG_GUARD }, () => {
    fc.assert(
      fc.property(pathological(200_000), (text) => {
        expectRecords(recordsFromDocument("FIND_A_JOB", text, "advert.txt"));
      }),
      { numRuns: 30 },
    );
  });

  /** The sample advert with `body` as its summary. */
  const withBody = (body: string) => SAMPLE_ADVERT.replace(/^Summary$/m, `Summary\n\n${body}`);
  /** Reads `advert` and says how long it took, in ms. */
  const timed = (advert: string) => {
    const started = performance.now();
    expectRecords(recordsFromDocument("FIND_A_JOB", advert, "advert.txt"));
    return performance.now() - started;
  };
  // The reader's work is linear in the advert (recheck checks its regexes; sections, sentences and
  // hours are found in one pass each): a budget of 5 s for ~1 MB is generous on a loaded machine,
  // and a quadratic step on these inputs takes minutes.
  const BUDGET = 5_000;

  it("reads 10,000 headings, 10,000 lead-ins and 50,000 bullets within the budget", { timeout: HANG_GUARD }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Key responsibilities", "What we offer", "Essential criteria", "About us", "Nice to have", "Why join us?"),
        fc.constantFrom("\n\n", "\n"),
        (heading, gap) => {
          expect(timed(withBody(`${heading}${gap}`.repeat(10_000)))).toBeLessThan(BUDGET);
          expect(timed(withBody(`${heading}:${gap}- an item${gap}`.repeat(10_000)))).toBeLessThan(BUDGET);
          expect(timed(withBody(`${heading}\n\n${"• 37.5 hours per week, £30,000 a year, pension and holiday\n".repeat(50_000)}`))).toBeLessThan(
            BUDGET,
          );
        },
      ),
      { numRuns: 6 },
    );
  });

  it("reads runs of punctuation, numbers, ranges and sentence ends within the budget", { timeout: HANG_GUARD }, () => {
    const RUNS = [". ", "? ", "- ", "– ", "1 ", "1-", "1 to ", "£1 ", "£1k–", "1%", ": ", "A. ", "no. ", "(", ")", "and ", "or ", ", ", "\t", " "];
    fc.assert(
      fc.property(fc.constantFrom(...RUNS), fc.constantFrom("SUMMARY", "Salary", "Hours", "Location", "Remote working"), (run, where) => {
        const value = run.repeat(Math.ceil(MB / run.length)).slice(0, MB);
        const advert =
          where === "SUMMARY" ? withBody(`${value}\n\n${value}`) : SAMPLE_ADVERT.replace(/^Job details$/m, `Job details\n${where}: ${value}`);
        expect(timed(advert)).toBeLessThan(BUDGET);
      }),
      { numRuns: 20 },
    );
  });
});

describe("the JSON-LD reader", () => {
  const posting = (fields: Record<string, unknown>) => ({
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: "Engineer",
    description: "<p>Build things.</p>",
    datePosted: "2026-03-01",
    hiringOrganization: { "@type": "Organization", name: "Acme" },
    jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Leeds", addressCountry: "GB" } },
    ...fields,
  });
  const FIELDS = [
    "title",
    "description",
    "employmentType",
    "datePosted",
    "validThrough",
    "jobBenefits",
    "qualifications",
    "responsibilities",
    "skills",
    "workHours",
  ];

  it("reads a posting with 1 MB of pathological text in any field", { timeout: HANG_GUARD * 3 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), repeated(MB), (field, value) => {
        expectRecords(recordsFromDocument("JSON_LD", JSON.stringify(posting({ [field]: value })), "feed.json"));
      }),
      { numRuns: 12 },
    );
  });

  it("reads deeply nested HTML descriptions and pathological documents", { timeout: HANG_GUARD }, () => {
    // Up to the longest converted (100,000 characters; 4,000 nested <div>s overflowed the stack before), and far past it.
    for (const description of [
      "<div>".repeat(20_000),
      "<ul><li>".repeat(12_500),
      "<div>".repeat(200_000),
      "<a".repeat(300_000),
      "<p>".repeat(10_000) + "a".repeat(MB),
    ]) {
      expectRecords(recordsFromDocument("JSON_LD", JSON.stringify(posting({ description })), "feed.json"));
    }
    fc.assert(
      fc.property(pathological(200_000), (text) => {
        expectRecords(recordsFromDocument("JSON_LD", text, "feed.html"));
      }),
      { numRuns: 30 },
    );
  });
});
