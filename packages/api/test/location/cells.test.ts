import { describe, expect, it } from "vitest";
import { coveringCells, MAX_COVERING_CELLS, pointCells, pointsCells } from "../../src/location/cells.js";
import { boundingBox, haversineKm } from "../../src/location/distance.js";

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("geo grid cells", () => {
  it("give a point one cell per level, each level in its own range", () => {
    const cells = pointCells(53.48095, -2.23743);
    expect(cells).toHaveLength(4);
    expect(cells.map((cell) => Math.floor(cell / 100_000_000))).toEqual([1, 2, 3, 4]);
    // 0.1° cells: row floor((53.48 + 90) * 10) = 1434, column floor((-2.24 + 180) * 10) = 1777
    expect(cells[0]).toBe(100_000_000 + 1434 * 10_000 + 1777);
  });

  it("merge the cells of several locations, sorted, without repeats and skipping missing coordinates", () => {
    const cells = pointsCells([
      { latitude: 51.5, longitude: -0.12 },
      { latitude: 51.5, longitude: -0.12 },
      { latitude: null, longitude: null },
      { latitude: 53.48, longitude: -2.24 },
    ]);
    expect(cells).toEqual([...new Set([...pointCells(51.5, -0.12), ...pointCells(53.48, -2.24)])].sort((a, b) => a - b));
  });

  it("cover every point within the radius, whatever the radius and place", () => {
    const next = random(7);
    for (let search = 0; search < 300; search++) {
      const lat = next() * 160 - 80;
      const lon = next() * 360 - 180;
      const km = 1 + next() * 999;
      const cells = new Set(coveringCells(boundingBox(lat, lon, km)));
      for (let point = 0; point < 50; point++) {
        // A point at a random bearing and distance within the circle.
        const d = (next() * km) / 6371.0088;
        const bearing = next() * 2 * Math.PI;
        const φ1 = (lat * Math.PI) / 180;
        const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
        const λ2 = (lon * Math.PI) / 180 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
        const pLat = (φ2 * 180) / Math.PI;
        const pLon = (((λ2 * 180) / Math.PI + 540) % 360) - 180;
        if (haversineKm(lat, lon, pLat, pLon) > km) continue;
        const covered = pointCells(pLat, pLon).some((cell) => cells.has(cell));
        if (!covered) expect.fail(`(${pLat}, ${pLon}) is within ${km} km of (${lat}, ${lon}) but in none of its covering cells`);
      }
    }
  });

  it("use fine cells for a town-sized circle and coarse ones for a country-sized one", () => {
    const manchester = coveringCells(boundingBox(53.48, -2.24, 5));
    const britain = coveringCells(boundingBox(54, -2, 600));
    expect(Math.floor(manchester[0]! / 100_000_000)).toBe(1);
    expect(Math.floor(britain[0]! / 100_000_000)).toBeGreaterThan(1);
    expect(manchester.length).toBeLessThanOrEqual(MAX_COVERING_CELLS);
    expect(britain.length).toBeLessThanOrEqual(MAX_COVERING_CELLS);
  });
});
