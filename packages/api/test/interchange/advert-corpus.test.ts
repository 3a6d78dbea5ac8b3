// The corpus in examples/adverts: every advert read by the "Find a job" reader gives every fact
// its .expected.json lists (the reading conventions are in examples/adverts/README.md). The
// comparison is advert-facts.ts's, the one the report (scripts/advert-report.ts) uses.
import { describe, expect, it } from "vitest";
import { checkAdvert, readCorpus } from "../../src/interchange/advert-facts.js";

const FOLDER = new URL("../../../../examples/adverts/", import.meta.url).pathname;
const adverts = await readCorpus(FOLDER);

describe("the advert corpus", () => {
  it("has the adverts the README lists", () => {
    expect(adverts.length).toBeGreaterThanOrEqual(31);
  });

  it.each(adverts.map((a) => [a.slug, a] as const))("%s gives every expected fact", (_slug, advert) => {
    const wrong = checkAdvert(advert)
      .filter((f) => !f.ok)
      .map((f) => ({ kind: f.kind, expected: f.expected, actual: f.actual }));
    expect(wrong).toEqual([]);
  });
});
