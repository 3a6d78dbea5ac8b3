// The seed's data files are read through zod: a file that does not fit its schema, or is missing,
// fails loudly with the file and the bad value instead of seeding odd data.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { check, readData } from "../../src/seed/read-data.js";

describe("readData", () => {
  it("returns a data file parsed by its schema", () => {
    const places = readData("places.json", z.array(z.object({ name: z.string() })));
    expect(places.map((p) => p.name)).toContain("London");
  });

  it("names the file and the path of a value that does not fit", () => {
    const strict = z.array(z.strictObject({ name: z.string(), region: z.string(), postcode: z.number() }));
    expect(() => readData("places.json", strict)).toThrow(/data\/places\.json is malformed:[\s\S]*at \[0\]\.postcode/);
  });

  it("names a file that cannot be read", () => {
    expect(() => readData("no-such-file.json", z.unknown())).toThrow(/data\/no-such-file\.json is not readable JSON/);
  });
});

describe("check", () => {
  it("throws with the file and the message when a cross-check fails", () => {
    expect(() => check(false, "industries.json", 'industry "X" hires unknown family "y"')).toThrow(
      'Seed data data/industries.json is inconsistent: industry "X" hires unknown family "y"',
    );
    expect(() => check(true, "industries.json", "fine")).not.toThrow();
  });
});
