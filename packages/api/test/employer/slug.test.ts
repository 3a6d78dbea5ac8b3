import { describe, expect, it } from "vitest";
import { SLUG_MAX, slugify } from "../../src/employer/slug.js";

describe("an employer's slug from its name (one rule for the seed and every importer)", () => {
  it.each([
    ["Lloyds Banking Group", "lloyds-banking-group"],
    ["M&S", "m-s"],
    ["Marks & Spencer plc", "marks-spencer-plc"],
    ["O'Neill & Sons Ltd", "oneill-sons-ltd"],
    ["Sainsbury’s", "sainsburys"],
    ["Café Nérō (UK)", "cafe-nero-uk"],
    ["  --Leading and trailing--  ", "leading-and-trailing"],
    ["NHS Greater Glasgow & Clyde", "nhs-greater-glasgow-clyde"],
    ["ÆON 株式会社", "on"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("fits the slug field and never ends with a hyphen when cut", () => {
    const slug = slugify(`${"a".repeat(SLUG_MAX - 1)} b`);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug.endsWith("-")).toBe(false);
  });
});
