// Reading schema.org JobPosting JSON-LD as other systems publish it: in HTML pages, lists and
// graphs, with Google's vocabulary only (no jobgraph: properties).
import { describe, expect, it } from "vitest";
import { htmlToMarkdown, jobPostingToRecord, readJsonLdDocument } from "../../src/interchange/jsonld-read.js";
import { recordsFromDocument } from "../../src/interchange/read.js";

const posting = (title: string, extra: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "JobPosting",
  title,
  description: "<p>Build <strong>things</strong>.</p><ul><li>One</li><li>Two</li></ul>",
  datePosted: "2026-11-01",
  validThrough: "2026-12-31T23:59:00Z",
  hiringOrganization: { "@type": "Organization", name: "Acme Retail", sameAs: "https://acme.example" },
  ...extra,
});

describe("JSON-LD documents", () => {
  it("finds postings in an HTML page's ld+json scripts, skipping other scripts and types", () => {
    const html = `<!doctype html><html><head>
      <script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "BreadcrumbList" })}</script>
      <script>var x = "<script type=\\"application/ld+json\\">";</script>
      <script type="application/ld+json">${JSON.stringify(posting("Store Manager"))}</script>
    </head><body><h1>Store Manager</h1></body></html>`;
    expect(readJsonLdDocument(html, "page.html").postings.map((p) => p.title)).toEqual(["Store Manager"]);
  });

  it("reads one object, an array, an ItemList, a @graph and NDJSON", () => {
    const titles = (text: string) => readJsonLdDocument(text, "doc").postings.map((p) => p.title);
    expect(titles(JSON.stringify(posting("A")))).toEqual(["A"]);
    expect(titles(JSON.stringify([posting("A"), posting("B")]))).toEqual(["A", "B"]);
    const list = { "@type": "ItemList", itemListElement: [{ "@type": "ListItem", position: 1, item: posting("A") }, posting("B")] };
    expect(titles(JSON.stringify(list))).toEqual(["A", "B"]);
    expect(titles(JSON.stringify({ "@context": "https://schema.org", "@graph": [{ "@type": "WebPage" }, posting("C")] }))).toEqual(["C"]);
    expect(titles(`${JSON.stringify(posting("D"))}\n${JSON.stringify(posting("E"))}\n`)).toEqual(["D", "E"]);
  });

  it("turns what cannot be read into a failing record that says where", () => {
    const records = recordsFromDocument("JSON_LD", `${JSON.stringify(posting("A"))}\n{not json\n`, "feed.ndjson");
    expect(records.map((r) => [r.origin, r.unreadable ?? false])).toEqual([
      ["feed.ndjson", false],
      ["feed.ndjson line 2", true],
    ]);
    expect(recordsFromDocument("JSON_LD", "{}", "empty.json")[0]?.problems[0]?.message).toMatch(/No schema.org JobPosting/);
  });
});

describe("a JobPosting in Google's vocabulary", () => {
  it("maps employment type, pay, places, remote work and the identifier onto a posting", () => {
    const record = jobPostingToRecord(
      posting("Data Analyst", {
        employmentType: ["PART_TIME", "CONTRACTOR"],
        baseSalary: {
          "@type": "MonetaryAmount",
          currency: "GBP",
          value: { "@type": "QuantitativeValue", minValue: 200, maxValue: 250, unitText: "DAY" },
        },
        jobLocation: {
          "@type": "Place",
          address: { "@type": "PostalAddress", addressLocality: "Leeds", postalCode: "LS1 4AP", addressCountry: "GB" },
        },
        identifier: { "@type": "PropertyValue", name: "Acme Retail", value: "ACME-77" },
        jobBenefits: "Pension\nFree parking",
        qualifications: ["SQL"],
        url: "https://acme.example/jobs/77",
      }),
      "x",
    );
    expect(record.employer).toMatchObject({ name: "Acme Retail", websiteUrl: "https://acme.example" });
    expect(record.postedAt).toEqual(new Date("2026-11-01T00:00:00Z"));
    expect(record.benefitTexts).toEqual(["Pension", "Free parking"]);
    expect(record.posting).toMatchObject({
      reference: "ACME-77",
      description: "Build **things**.\n\n- One\n- Two",
      salary: { min: 200, max: 250, currency: "GBP", period: "DAY" },
      hours: { type: "PART_TIME" },
      contractType: "CONTRACT",
      locations: [{ name: "Leeds", locality: "Leeds", postcode: "LS1 4AP", countryCode: "GB" }],
      requirements: { essential: ["SQL"], desirable: [] },
      apply: { method: "WEBSITE", url: "https://acme.example/jobs/77" },
      closesAt: new Date("2026-12-31T23:59:00Z"),
    });
    expect(jobPostingToRecord(posting("Remote", { jobLocationType: "TELECOMMUTE" }), "x").posting.workplace).toEqual({ type: "REMOTE" });
  });

  it("reports a date that is not ISO 8601", () => {
    expect(jobPostingToRecord(posting("A", { datePosted: "last Tuesday" }), "x").problems.map((p) => p.field)).toEqual([["postedAt"]]);
  });

  it("writes HTML lists and headings as the Markdown Jobgraph stores", () => {
    expect(htmlToMarkdown("<h2>The role</h2><p>Hello</p><ol><li>a</li><li>b</li></ol>")).toBe("## The role\n\nHello\n\n1. a\n2. b");
  });
});
