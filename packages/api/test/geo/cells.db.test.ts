// postings.geo_cells is kept by triggers in SQL and computed in TypeScript for searches and the
// seed: the two must agree, and the triggers must follow every change of a posting's locations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pointCells, pointsCells } from "../../src/geo/cells.js";
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

    const location = await db.prisma.location.create({ data: { name: "Leeds", ...leeds } });
    await db.prisma.postingLocation.create({ data: { postingId: posting.id, locationId: location.id, position: 2 } });
    expect(await cellsOf(posting.id)).toEqual(pointsCells([manchester, leeds]));

    const york = { latitude: 53.95763, longitude: -1.08271 };
    await db.prisma.location.update({ where: { id: location.id }, data: york });
    expect(await cellsOf(posting.id)).toEqual(pointsCells([manchester, york]));

    await db.prisma.postingLocation.deleteMany({ where: { postingId: posting.id, locationId: { not: location.id } } });
    expect(await cellsOf(posting.id)).toEqual(pointsCells([york]));

    await db.prisma.postingLocation.deleteMany({ where: { postingId: posting.id } });
    expect(await cellsOf(posting.id)).toEqual([]);
  });
});
