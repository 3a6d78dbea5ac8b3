// The corpus in examples/adverts: every advert read by the "Find a job" reader gives every fact
// its .expected.json lists (the reading conventions are in examples/adverts/README.md). The
// comparison is advert-facts.ts's, the one the report (scripts/advert-report.ts) uses.
import { describe, expect, it } from "vitest";
import { checkAdvert, type ExpectedFacts, readCorpus, reportAdverts } from "../../src/interchange/advert-facts.js";

const FOLDER = new URL("../../../../examples/adverts/", import.meta.url).pathname;
const adverts = await readCorpus(FOLDER);

describe("the advert corpus", () => {
  it("has the adverts the README lists", () => {
    expect(adverts.length).toBeGreaterThanOrEqual(41);
    // The held-out quarter: written after the reader, by an author who had not read it.
    expect(adverts.filter((a) => a.slug.startsWith("c-")).length).toBe(10);
  });

  it.each(adverts.map((a) => [a.slug, a] as const))("%s gives every expected fact", (_slug, advert) => {
    const wrong = checkAdvert(advert)
      .filter((f) => !f.ok)
      .map((f) => ({ kind: f.kind, expected: f.expected, actual: f.actual }));
    expect(wrong).toEqual([]);
  });
});

describe("the comparison and the report", () => {
  it("finds a wrong fact of each kind (the test above can fail)", () => {
    const lloyds = adverts.find((a) => a.slug === "lloyds-machine-learning-engineer");
    if (!lloyds) throw new Error("the Lloyds sample is missing from the corpus");
    const wrong: ExpectedFacts = {
      ...lloyds.expected,
      salary: { min: 61236, max: 68040, period: "MONTH" },
      hours: { type: "FULL_TIME", perWeek: 35, perWeekMax: 40 },
      benefits: [...lloyds.expected.benefits, "gym-membership"],
      responsibilities: lloyds.expected.responsibilities.slice(1),
      essential: ["Not a prefix", ...lloyds.expected.essential.slice(1)],
      description: ["A phrase the advert does not contain"],
    };
    const failed = checkAdvert({ ...lloyds, expected: wrong })
      .filter((f) => !f.ok)
      .map((f) => f.kind);
    expect(failed).toEqual(["salary", "hours", "benefits", "responsibilities", "essential", "description"]);
  });

  it("reports each fact kind's score, the overall score and the throughput", async () => {
    const report = await reportAdverts(FOLDER, 100);
    expect(report).toMatch(/^salary +41\/41 +100\.0 %$/m);
    expect(report).toMatch(/^overall +697\/697 +100\.0 %$/m);
    expect(report).toMatch(/^Throughput: 100 adverts in [\d.]+ s, \d+ adverts\/s$/m);
  });
});
