import { describe, expect, it } from "vitest";
import { annualiseSalary } from "../../src/posting/salary.js";
import { BENEFIT_KEYS } from "../../src/seed/catalogue.js";
import { allocate, createSeededRandomizer, generateSeedData, SeedGenerator, startOfUtcDay, uuidv7 } from "../../src/seed/generate.js";

const refDate = new Date("2026-11-25T00:00:00.000Z");
const DAY = 86_400_000;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("the generator is deterministic", () => {
  it("gives deep-equal data for the same seed and reference date", () => {
    const a = generateSeedData({ employers: 25, postings: 300, seed: 42, refDate });
    const b = generateSeedData({ employers: 25, postings: 300, seed: 42, refDate });
    expect(b).toEqual(a);
    expect(a.employers).toHaveLength(25);
    expect(a.postings).toHaveLength(300);
  });

  it("gives different data for a different seed", () => {
    const a = generateSeedData({ employers: 10, postings: 50, seed: 1, refDate });
    const b = generateSeedData({ employers: 10, postings: 50, seed: 2, refDate });
    expect(b.employers.map((e) => e.slug)).not.toEqual(a.employers.map((e) => e.slug));
    expect(b.postings.map((p) => p.id)).not.toEqual(a.postings.map((p) => p.id));
    expect(b.postings.map((p) => p.title)).not.toEqual(a.postings.map((p) => p.title));
  });

  it("moves the dates, not the data, with the reference date", () => {
    const a = generateSeedData({ employers: 5, postings: 40, seed: 3, refDate });
    const later = new Date(refDate.getTime() + 10 * DAY);
    const b = generateSeedData({ employers: 5, postings: 40, seed: 3, refDate: later });
    expect(b.postings.map((p) => p.title)).toEqual(a.postings.map((p) => p.title));
    expect(b.postings.map((p) => p.status)).toEqual(a.postings.map((p) => p.status));
    for (const [k, p] of b.postings.entries()) expect(p.postedAt.getTime() - a.postings[k]!.postedAt.getTime()).toBe(10 * DAY);
  });

  it("generates any item from its index alone, whatever came before", () => {
    const gen = new SeedGenerator({ employers: 30, postings: 400, seed: 9, refDate });
    const streamed = [...gen.postings()];
    const employers = [...gen.employers()];
    const fresh = new SeedGenerator({ employers: 30, postings: 400, seed: 9, refDate });
    for (const target of [streamed[streamed.length - 1]!, streamed[123]!]) {
      const owner = employers.find((e) => e.id === target.employerId)!;
      expect(fresh.posting(fresh.employer(owner.index), target.index)).toEqual(target);
    }
    expect(fresh.employer(7)).toEqual(employers[7]);
  });

  it("defaults the reference date to today at 00:00 UTC", () => {
    const gen = new SeedGenerator({ employers: 1, postings: 1 });
    expect(gen.refDate.getTime()).toBe(startOfUtcDay(new Date()).getTime());
    expect(gen.refDate.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });
});

describe("generated data is valid", () => {
  const gen = new SeedGenerator({ employers: 400, postings: 6000, seed: 20260312, refDate });
  const employers = [...gen.employers()];
  const postings = [...gen.postings()];
  const byId = new Map(employers.map((e) => [e.id, e]));

  it("spreads exactly the postings asked for, skewed towards a few big employers", () => {
    expect(postings).toHaveLength(6000);
    const counts = employers.map((e) => gen.postingsOf(e.index)).sort((a, b) => b - a);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6000);
    expect(counts.at(-1)).toBeGreaterThanOrEqual(1);
    expect(counts[0]!).toBeGreaterThan(8 * counts[200]!);
  });

  it("has unique ids (UUID v7), slugs and employer references", () => {
    const ids = [...employers.map((e) => e.id), ...postings.map((p) => p.id), ...employers.flatMap((e) => e.sites.map((s) => s.id))];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(employers.map((e) => e.slug)).size).toBe(employers.length);
    for (const e of employers) expect(e.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const refs = postings.map((p) => `${p.employerId} ${p.reference}`);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it("keeps slugs unique far beyond the default scale", () => {
    const big = new SeedGenerator({ employers: 20000, postings: 0, seed: 77, refDate });
    const slugs = new Set<string>();
    for (let j = 0; j < big.employerCount; j++) slugs.add(big.employer(j).slug);
    expect(slugs.size).toBe(20000);
  });

  it("gives every posting 1 to 3 of its employer's sites", () => {
    for (const p of postings) {
      expect(p.locations.length).toBeGreaterThanOrEqual(1);
      expect(p.locations.length).toBeLessThanOrEqual(3);
      const sites = new Set(byId.get(p.employerId)!.sites.map((s) => s.id));
      for (const l of p.locations) expect(sites.has(l.id)).toBe(true);
      expect(new Set(p.locations.map((l) => l.id)).size).toBe(p.locations.length);
    }
  });

  it("states salaries consistently and annualises them with annualiseSalary", () => {
    let undisclosed = 0;
    for (const p of postings) {
      if (p.salaryMin != null && p.salaryMax != null) expect(p.salaryMin).toBeLessThanOrEqual(p.salaryMax);
      if (p.salaryPeriod == null) {
        undisclosed++;
        expect([p.salaryMin, p.salaryMax, p.salaryCurrency, p.salaryAnnualMin, p.salaryAnnualMax]).toEqual([null, null, null, null, null]);
        expect(p.salaryText).toBeTruthy();
        continue;
      }
      expect(p.salaryCurrency).toBe("GBP");
      expect(p.salaryMin ?? p.salaryMax).not.toBeNull();
      expect({ annualMin: p.salaryAnnualMin, annualMax: p.salaryAnnualMax }).toEqual(
        annualiseSalary({ min: p.salaryMin, max: p.salaryMax, period: p.salaryPeriod, hoursPerWeek: p.hoursPerWeek }),
      );
      if (p.salaryPeriod === "HOUR" && p.contractType !== "APPRENTICESHIP") expect(p.salaryMin ?? p.salaryMax!).toBeGreaterThanOrEqual(12.21);
      if (p.salaryAnnualMin != null) expect(p.salaryAnnualMin).toBeGreaterThan(10_000);
      if (p.salaryAnnualMax != null) expect(p.salaryAnnualMax).toBeLessThan(400_000);
    }
    expect(undisclosed / postings.length).toBeGreaterThan(0.05);
    expect(undisclosed / postings.length).toBeLessThan(0.2);
    const periods = new Set(postings.map((p) => p.salaryPeriod));
    for (const period of ["YEAR", "HOUR", "DAY"]) expect(periods).toContain(period);
  });

  it("posts in the 60 days before the reference date and closes 7 to 60 days later", () => {
    for (const p of postings) {
      expect(p.postedAt.getTime()).toBeLessThan(refDate.getTime());
      expect(p.postedAt.getTime()).toBeGreaterThanOrEqual(refDate.getTime() - 60 * DAY);
      expect(p.closesAt).not.toBeNull();
      const open = p.closesAt!.getTime() - p.postedAt.getTime();
      expect(open).toBeGreaterThan(0);
      expect(open).toBeGreaterThanOrEqual(7 * DAY);
      expect(open).toBeLessThanOrEqual(61 * DAY);
      expect(p.createdAt.getTime()).toBeLessThanOrEqual(p.postedAt.getTime());
      if (p.status === "PUBLISHED") expect(p.closesAt!.getTime()).toBeGreaterThan(refDate.getTime());
    }
    const statuses = new Map<string, number>();
    for (const p of postings) statuses.set(p.status, (statuses.get(p.status) ?? 0) + 1);
    expect([...statuses.keys()].sort()).toEqual(["ARCHIVED", "CLOSED", "DRAFT", "PUBLISHED"]);
    expect(statuses.get("PUBLISHED")! / postings.length).toBeGreaterThan(0.5);
  });

  it("keeps the workplace pattern coherent", () => {
    for (const p of postings) {
      if (p.workplaceType === "HYBRID") {
        expect(p.officeDaysPerWeekMin).toBeGreaterThanOrEqual(1);
        expect(p.remoteDaysPerWeekMax).toBeGreaterThanOrEqual(1);
        expect(p.officeDaysPerWeekMin! + p.remoteDaysPerWeekMax!).toBeLessThanOrEqual(5);
        expect(p.workplacePolicy).toBeTruthy();
      } else if (p.workplaceType === "ON_SITE") {
        expect([p.remoteDaysPerWeekMax, p.officeDaysPerWeekMin, p.officeTimeShareMin]).toEqual([null, null, null]);
      }
      if (p.hoursType === "FULL_TIME") expect(p.hoursPerWeek).toBeGreaterThanOrEqual(30);
      if (p.hoursType === "PART_TIME") expect(p.hoursPerWeek).toBeLessThan(31);
    }
  });

  it("writes real adverts: titles, Markdown sections and lists, benefits from the catalogue", () => {
    const catalogue = new Set<string>(BENEFIT_KEYS);
    for (const p of postings.slice(0, 500)) {
      expect(p.title).not.toMatch(/lorem|ipsum/i);
      expect(p.description).toMatch(/^## /);
      expect(p.description).toContain("\n- ");
      expect(p.responsibilities.length).toBeGreaterThanOrEqual(4);
      expect(p.requirementsEssential.length).toBeGreaterThanOrEqual(3);
      expect(p.skills.length).toBeGreaterThanOrEqual(2);
      expect(p.description).not.toContain("{");
      for (const b of p.benefits) expect(catalogue.has(b.key)).toBe(true);
      expect(new Set(p.benefits.map((b) => b.key)).size).toBe(p.benefits.length);
    }
    for (const e of employers) {
      expect(e.benefits[0]?.key).toBe("pension");
      for (const b of e.benefits) expect(catalogue.has(b.key)).toBe(true);
      expect(new Set(e.benefits.map((b) => b.key)).size).toBe(e.benefits.length);
      expect(e.headquarters).toBe(e.sites[0]);
      expect(new Set(e.accreditations.map((a) => a.scheme)).size).toBe(e.accreditations.length);
    }
    expect(new Set(postings.map((p) => p.title)).size).toBeGreaterThan(150);
    expect(postings.some((p) => p.benefits.length > 0)).toBe(true);
    expect(employers.some((e) => e.accreditations.some((a) => a.scheme === "DISABILITY_CONFIDENT"))).toBe(true);
    expect(employers.some((e) => e.accreditations.some((a) => a.scheme === "LIVING_WAGE" && a.level === "ACCREDITED"))).toBe(true);
    expect(employers.some((e) => e.brands.length > 0)).toBe(true);
  });
});

describe("building blocks", () => {
  it("uuidv7 carries the time and version 7", () => {
    const rng = createSeededRandomizer();
    rng.seed([1, 2, 3]);
    const id = uuidv7(Date.UTC(2026, 2, 12), rng.nextUint32);
    expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(Date.UTC(2026, 2, 12));
  });

  it("the randomizer depends on every element of an array seed", () => {
    const rng = createSeededRandomizer();
    const draw = (seed: number[]) => {
      rng.seed(seed);
      return [rng.nextUint32(), rng.nextUint32()];
    };
    expect(draw([1, 3, 0, 0])).toEqual(draw([1, 3, 0, 0]));
    expect(draw([1, 3, 0, 1])).not.toEqual(draw([1, 3, 0, 0]));
    expect(draw([1, 3, 1, 0])).not.toEqual(draw([1, 3, 0, 1]));
  });

  it("allocate gives exactly the total, at least one each when it can", () => {
    const counts = allocate(100, new Float64Array([1, 1, 10, 0.5]));
    expect([...counts].reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect([...allocate(2, new Float64Array([1, 5, 1]))].reduce((a, b) => a + b, 0)).toBe(2);
  });
});
