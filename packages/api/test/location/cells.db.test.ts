// postings.geo_cells and the location copies (names, coordinates) are kept by triggers in SQL and
// computed in TypeScript for searches and the seed: the two must agree, and the triggers must
// follow every change of a posting's locations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointCells, pointsCells } from "../../src/location/cells.js";
import { ADVERT_EMPLOYER_SLUG } from "../../src/seed/advert.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { createEmployer, createPosting } from "../support/factories.js";

describe("postings.geo_cells", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.close());

  const cellsOf = async (postingId: string) =>
    (await db.prisma.$queryRaw<[{ cells: number[] }]>`SELECT geo_cells AS cells FROM postings WHERE id = ${postingId}::uuid`)[0].cells;
  const copiesOf = async (postingId: string) =>
    (
      await db.prisma.$queryRaw<[{ names: string[]; latitudes: number[]; longitudes: number[] }]>`
        SELECT location_names AS names, location_latitudes AS latitudes, location_longitudes AS longitudes FROM postings WHERE id = ${postingId}::uuid`
    )[0];

  it("computes the same cells in SQL as in TypeScript, on cell edges and at the extremes too", async () => {
    const points = [
      [53.48095, -2.23743],
      [51.5072, -0.1276],
      [0, 0],
      [-33.8688, 151.2093],
      [89.999, 179.999],
      [-90, -180],
      [53.5, -2.5], // on 0.5° and 0.1° edges
      [54.2, -1.3],
    ] as const;
    for (const [lat, lon] of points) {
      const [row] = await db.prisma.$queryRaw<[{ cells: number[] }]>`SELECT jobgraph_geo_cells(${lat}::float8, ${lon}::float8) AS cells`;
      expect(row.cells, `(${lat}, ${lon})`).toEqual(pointCells(lat, lon));
    }
  });

  it("follows a posting's locations as they are added, moved and removed", async () => {
    const employer = await createEmployer(db.prisma);
    const manchester = { latitude: 53.48095, longitude: -2.23743 };
    const leeds = { latitude: 53.79648, longitude: -1.54785 };
    const posting = await createPosting(db.prisma, employer.id, { places: [{ name: "Manchester", ...manchester }, { name: "Nowhere" }] });
    expect(await cellsOf(posting.id)).toEqual(pointsCells([manchester]));
    expect(await copiesOf(posting.id)).toEqual({
      names: ["Manchester", "Nowhere"],
      latitudes: [manchester.latitude],
      longitudes: [manchester.longitude],
    });

    const location = await db.prisma.location.create({ data: { name: "Leeds", ...leeds } });
    await db.prisma.postingLocation.create({ data: { postingId: posting.id, locationId: location.id, position: 2 } });
    expect(await cellsOf(posting.id)).toEqual(pointsCells([manchester, leeds]));
    expect(await copiesOf(posting.id)).toEqual({
      names: ["Leeds", "Manchester", "Nowhere"],
      latitudes: [manchester.latitude, leeds.latitude],
      longitudes: [manchester.longitude, leeds.longitude],
    });

    const york = { latitude: 53.95763, longitude: -1.08271 };
    await db.prisma.location.update({ where: { id: location.id }, data: { name: "York", ...york } });
    expect(await cellsOf(posting.id)).toEqual(pointsCells([manchester, york]));
    expect(await copiesOf(posting.id)).toEqual({
      names: ["Manchester", "Nowhere", "York"],
      latitudes: [manchester.latitude, york.latitude],
      longitudes: [manchester.longitude, york.longitude],
    });

    await db.prisma.postingLocation.deleteMany({ where: { postingId: posting.id, locationId: { not: location.id } } });
    expect(await cellsOf(posting.id)).toEqual(pointsCells([york]));
    expect(await copiesOf(posting.id)).toEqual({ names: ["York"], latitudes: [york.latitude], longitudes: [york.longitude] });

    await db.prisma.postingLocation.deleteMany({ where: { postingId: posting.id } });
    expect(await cellsOf(posting.id)).toEqual([]);
    expect(await copiesOf(posting.id)).toEqual({ names: [], latitudes: [], longitudes: [] });
  });

  it("the seed writes the same cells and copies as the triggers would (it loads with the trigger off)", async () => {
    // The trigger is off for the whole seed here, the hand-typed advert included (which the seed
    // writes with the trigger on): only the generated postings are compared.
    await db.prisma.$executeRawUnsafe("ALTER TABLE posting_locations DISABLE TRIGGER posting_locations_geo_cells_insert");
    try {
      await seedDatabase(db.prisma, { employers: 20, postings: 150, seed: 7 });
    } finally {
      await db.prisma.$executeRawUnsafe("ALTER TABLE posting_locations ENABLE TRIGGER posting_locations_geo_cells_insert");
    }
    // jobgraph_posting_location_copies() is what the triggers write (the test above checks it).
    const [counts] = await db.prisma.$queryRaw<[{ seeded: number; located: number; different: number }]>`
      SELECT count(*)::int AS seeded, count(*) FILTER (WHERE cardinality(location_latitudes) > 0)::int AS located,
        count(*) FILTER (WHERE (geo_cells, location_names, location_latitudes, location_longitudes)
          IS DISTINCT FROM (c.cells, c.names, c.latitudes, c.longitudes))::int AS different
      FROM postings p, jobgraph_posting_location_copies(p.id) c
      WHERE EXISTS (SELECT 1 FROM posting_locations pl WHERE pl.posting_id = p.id)
        AND p.employer_id <> (SELECT id FROM employers WHERE slug = ${ADVERT_EMPLOYER_SLUG})`;
    expect(counts.seeded).toBeGreaterThan(100);
    expect(counts.located).toBeGreaterThan(100);
    expect(counts.different).toBe(0);
  }, 60_000);
});
