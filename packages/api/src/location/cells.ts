// A grid over the globe at four sizes, for index-backed location search. Each posting stores the
// cells of its locations (postings.geo_cells, kept by triggers: see the geo_cells migration, whose
// jobgraph_geo_cells() is this file's pointCells() in SQL, with the same float8 arithmetic). A
// search near a place asks for postings in the cells that cover its circle, so PostgreSQL can
// intersect that GIN index with the keyword index before reading a row; the exact distance is
// then checked on what is left.

/** Cells per degree at each level: 0.1°, 0.5°, 2° and 10° cells. */
const LEVELS = [
  { level: 1, perDegree: 10 },
  { level: 2, perDegree: 2 },
  { level: 3, perDegree: 0.5 },
  { level: 4, perDegree: 0.1 },
];
// Written as multipliers so that SQL and JS multiply by the same float8.
const FINEST_FIRST = [...LEVELS].sort((a, b) => b.perDegree - a.perDegree);

/** Above this many cells a coarser level is used: fewer index keys to look up, more rows to check. */
export const MAX_COVERING_CELLS = 64;

const cellId = (level: number, row: number, column: number) => level * 100_000_000 + row * 10_000 + column;
const rowOf = (lat: number, perDegree: number) => Math.floor((lat + 90) * perDegree);
const columnOf = (lon: number, perDegree: number) => Math.floor((lon + 180) * perDegree);

/** The cells of a point at every level (as jobgraph_geo_cells(lat, lon) in SQL). */
export function pointCells(latitude: number, longitude: number): number[] {
  return LEVELS.map(({ level, perDegree }) => cellId(level, rowOf(latitude, perDegree), columnOf(longitude, perDegree)));
}

/** Sorted, distinct cells of several points (as postings.geo_cells). */
export function pointsCells(points: Iterable<{ latitude: number | null; longitude: number | null }>): number[] {
  const cells = new Set<number>();
  for (const { latitude, longitude } of points) {
    if (latitude == null || longitude == null) continue;
    for (const cell of pointCells(latitude, longitude)) cells.add(cell);
  }
  return [...cells].sort((a, b) => a - b);
}

/**
 * The cells, at the finest level that needs at most MAX_COVERING_CELLS of them, that together
 * contain a lat/lon box. Any point in the box is in one of them.
 */
export function coveringCells(box: { minLat: number; maxLat: number; minLon: number; maxLon: number }): number[] {
  const minLat = Math.max(-90, box.minLat);
  const maxLat = Math.min(90, box.maxLat);
  // A box across the antimeridian would wrap; it is widened to the whole band of longitudes instead.
  const wraps = box.minLon < -180 || box.maxLon > 180;
  const minLon = wraps ? -180 : box.minLon;
  const maxLon = wraps ? 180 : box.maxLon;
  for (const [i, { level, perDegree }] of FINEST_FIRST.entries()) {
    const rows = [rowOf(minLat, perDegree), rowOf(maxLat, perDegree)] as const;
    const columns = [columnOf(minLon, perDegree), columnOf(maxLon, perDegree)] as const;
    const count = (rows[1] - rows[0] + 1) * (columns[1] - columns[0] + 1);
    if (count > MAX_COVERING_CELLS && i < FINEST_FIRST.length - 1) continue;
    const cells: number[] = [];
    for (let row = rows[0]; row <= rows[1]; row++)
      for (let column = columns[0]; column <= columns[1]; column++) cells.push(cellId(level, row, column));
    return cells;
  }
  throw new Error("unreachable: the coarsest level always covers");
}
