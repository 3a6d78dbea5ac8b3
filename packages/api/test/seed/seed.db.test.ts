// Seeding a fresh, migrated database (PGlite, and PostgreSQL when TEST_DATABASE_URL is set).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADVERT_EMPLOYER_SLUG, ADVERT_REFERENCE } from "../../src/seed/advert.js";
import { BENEFIT_CATALOGUE } from "../../src/seed/catalogue.js";
import { generateSeedData } from "../../src/seed/generate.js";
import { SeedConflictError, type SeedResult, seedDatabase, upsertBenefitCatalogue } from "../../src/seed/seed.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";

const options = { employers: 20, postings: 200, seed: 5, refDate: new Date("2026-11-25T00:00:00.000Z") };
const expected = generateSeedData(options);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("seedDatabase", () => {
  let db: TestDatabase;
  let result: SeedResult;
  const progress: Array<[number, number]> = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    result = await seedDatabase(db.prisma, { ...options, batchSize: 64, onProgress: (done, total) => progress.push([done, total]) });
  }, 120_000);
  afterAll(() => db?.close());

  it("inserts the generated employers and postings plus the advert", async () => {
    expect(result).toMatchObject({ employers: 21, postings: 201 });
    expect(await db.prisma.employer.count()).toBe(21);
    expect(await db.prisma.posting.count()).toBe(201);
    expect(await db.prisma.benefit.count()).toBe(BENEFIT_CATALOGUE.length);
  });

  it("inserts every related row", async () => {
    const { employers, postings } = expected;
    // The advert adds its headquarters (also its first location) and Bristol; 8 benefits; 1 accreditation.
    const counts = {
      locations: sum(employers.map((e) => e.sites.length)) + 2,
      employerBenefits: sum(employers.map((e) => e.benefits.length)) + 8,
      accreditations: sum(employers.map((e) => e.accreditations.length)) + 1,
      postingLocations: sum(postings.map((p) => p.locations.length)) + 2,
      postingBenefits: sum(postings.map((p) => p.benefits.length)),
    };
    expect({
      locations: await db.prisma.location.count(),
      employerBenefits: await db.prisma.employerBenefit.count(),
      accreditations: await db.prisma.employerAccreditation.count(),
      postingLocations: await db.prisma.postingLocation.count(),
      postingBenefits: await db.prisma.postingBenefit.count(),
    }).toEqual(counts);
    expect(result.rows).toBe(21 + 201 + BENEFIT_CATALOGUE.length + sum(Object.values(counts)));
  });

  it("stores a generated posting exactly as generated", async () => {
    const generated = expected.postings.find((p) => p.benefits.length > 0 && p.salaryPeriod === "HOUR") ?? expected.postings[17]!;
    const stored = await db.prisma.posting.findUniqueOrThrow({
      where: { id: generated.id },
      include: { locations: { orderBy: { position: "asc" } }, benefits: { orderBy: { position: "asc" }, include: { benefit: true } } },
    });
    const num = (d: { toNumber(): number } | null) => (d == null ? null : d.toNumber());
    expect({
      employerId: stored.employerId,
      reference: stored.reference,
      title: stored.title,
      description: stored.description,
      responsibilities: stored.responsibilities,
      skills: stored.skills,
      salaryMin: num(stored.salaryMin),
      salaryMax: num(stored.salaryMax),
      salaryPeriod: stored.salaryPeriod,
      salaryText: stored.salaryText,
      salaryAnnualMin: num(stored.salaryAnnualMin),
      salaryAnnualMax: num(stored.salaryAnnualMax),
      hoursPerWeek: num(stored.hoursPerWeek),
      officeTimeShareMin: num(stored.officeTimeShareMin),
      postedAt: stored.postedAt,
      closesAt: stored.closesAt,
      status: stored.status,
      directApply: stored.directApply,
      locationIds: stored.locations.map((l) => l.locationId),
      benefits: stored.benefits.map((b) => ({ key: b.benefit.key, detail: b.detail, value: num(b.value), unit: b.unit })),
    }).toEqual({
      employerId: generated.employerId,
      reference: generated.reference,
      title: generated.title,
      description: generated.description,
      responsibilities: generated.responsibilities,
      skills: generated.skills,
      salaryMin: generated.salaryMin,
      salaryMax: generated.salaryMax,
      salaryPeriod: generated.salaryPeriod,
      salaryText: generated.salaryText,
      salaryAnnualMin: generated.salaryAnnualMin,
      salaryAnnualMax: generated.salaryAnnualMax,
      hoursPerWeek: generated.hoursPerWeek,
      officeTimeShareMin: generated.officeTimeShareMin,
      postedAt: generated.postedAt,
      closesAt: generated.closesAt,
      status: generated.status,
      directApply: generated.directApply,
      locationIds: generated.locations.map((l) => l.id),
      benefits: generated.benefits,
    });
    const employer = await db.prisma.employer.findUniqueOrThrow({ where: { id: generated.employerId }, include: { headquarters: true } });
    const generatedEmployer = expected.employers.find((e) => e.id === generated.employerId)!;
    expect(employer).toMatchObject({
      slug: generatedEmployer.slug,
      name: generatedEmployer.name,
      brands: generatedEmployer.brands,
      size: generatedEmployer.size,
    });
    expect(employer.headquarters).toMatchObject({ id: generatedEmployer.headquarters.id, postcode: generatedEmployer.headquarters.postcode });
  });

  it("shares the advert's headquarters row with its first location", async () => {
    const posting = await db.prisma.posting.findFirstOrThrow({
      where: { reference: ADVERT_REFERENCE, employer: { slug: ADVERT_EMPLOYER_SLUG } },
      include: { employer: true, locations: { orderBy: { position: "asc" }, include: { location: true } } },
    });
    expect(posting.locations.map((l) => l.location.name)).toEqual(["London", "Bristol"]);
    expect(posting.locations[0]?.locationId).toBe(posting.employer.headquartersId);
    expect(posting.salaryAnnualMin?.toNumber()).toBe(61236);
  });

  it("reports progress up to the total", () => {
    expect(progress[0]).toEqual([0, 220]);
    expect(progress.at(-1)).toEqual([220, 220]);
  });

  it("refuses to seed twice, and upserts the catalogue without duplicating it", async () => {
    await expect(seedDatabase(db.prisma, options)).rejects.toBeInstanceOf(SeedConflictError);
    await upsertBenefitCatalogue(db.prisma);
    expect(await db.prisma.benefit.count()).toBe(BENEFIT_CATALOGUE.length);
    expect(await db.prisma.employer.count()).toBe(21);
  });
});
