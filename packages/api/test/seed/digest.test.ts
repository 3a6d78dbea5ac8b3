// The generator's output, pinned: a SHA-256 of every employer (with its sites, accreditations and
// benefits), every posting and the benefit catalogue of the default seed at a fixed reference
// date. Any change to the seed data, the vocabulary files or the generator's logic changes the
// digest and fails this test, which is what proves a restructuring of src/seed/ changed nothing
// (the docs' examples, test/docs/examples.db.test.ts, depend on exactly this data). A deliberate
// change to the data updates the expected digests here, and the docs' examples with them.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BENEFIT_CATALOGUE } from "../../src/seed/catalogue.js";
import { DEFAULT_EMPLOYERS, DEFAULT_POSTINGS, DEFAULT_SEED, SeedGenerator } from "../../src/seed/generate.js";

const refDate = new Date("2026-11-25T00:00:00.000Z");

function sha256(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

describe("the default seed's data", () => {
  const gen = new SeedGenerator({ employers: DEFAULT_EMPLOYERS, postings: DEFAULT_POSTINGS, seed: DEFAULT_SEED, refDate });
  const employers = [...gen.employers()];
  const postings = [...gen.postings()];

  it("is the default size", () => {
    expect([DEFAULT_SEED, DEFAULT_EMPLOYERS, DEFAULT_POSTINGS]).toEqual([20260312, 200, 3000]);
    expect(employers).toHaveLength(200);
    expect(postings).toHaveLength(3000);
  });

  it("has the same employers, sites, accreditations and benefits", () => {
    expect(sha256(employers)).toBe("518f9c88611f92077e2a0087ff8bb7a175f9e4fad109a7e6e24941545c7d7306");
  });

  it("has the same postings", () => {
    expect(sha256(postings)).toBe("6fc552aec1c0ce555d1830749bc4026666776157df747c75478190da586fef7d");
  });

  it("has the same benefit catalogue", () => {
    expect(sha256(BENEFIT_CATALOGUE)).toBe("f2dc1177733732782b00aad89826c9d1294b1d709b6dff1859688048a91ece71");
  });
});
