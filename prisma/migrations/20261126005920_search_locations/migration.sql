-- AlterTable
ALTER TABLE "postings" ADD COLUMN     "location_latitudes" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
ADD COLUMN     "location_longitudes" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
ADD COLUMN     "location_names" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The search reads these per candidate row (distance, the places facet), as it reads geo_cells and
-- skills: MAIN keeps them in the row (compressed if need be) rather than in the TOAST table, and a
-- row target of 512 bytes moves the long texts (description, requirements, the search document...)
-- out of it instead, so a bitmap scan over thousands of matches reads a narrow heap.
ALTER TABLE "postings" ALTER COLUMN "geo_cells" SET STORAGE MAIN,
  ALTER COLUMN "skills" SET STORAGE MAIN,
  ALTER COLUMN "location_names" SET STORAGE MAIN,
  ALTER COLUMN "location_latitudes" SET STORAGE MAIN,
  ALTER COLUMN "location_longitudes" SET STORAGE MAIN,
  SET (toast_tuple_target = 512);

-- What a posting's copies of its locations should be: its grid cells, its locations' distinct names,
-- and the coordinates of those that have them in position order (latitudes[i] with longitudes[i]).
CREATE FUNCTION jobgraph_posting_location_copies(posting uuid,
  OUT cells integer[], OUT names text[], OUT latitudes float8[], OUT longitudes float8[])
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT jobgraph_posting_geo_cells(posting),
    coalesce((SELECT array_agg(DISTINCT l.name COLLATE "C" ORDER BY l.name COLLATE "C") FROM posting_locations pl JOIN locations l ON l.id = pl.location_id
              WHERE pl.posting_id = posting), '{}'),
    coalesce((SELECT array_agg(l.latitude ORDER BY pl.position, l.id) FROM posting_locations pl JOIN locations l ON l.id = pl.location_id
              WHERE pl.posting_id = posting AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL), '{}'),
    coalesce((SELECT array_agg(l.longitude ORDER BY pl.position, l.id) FROM posting_locations pl JOIN locations l ON l.id = pl.location_id
              WHERE pl.posting_id = posting AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL), '{}')
$$;

-- Writes the copies of the postings given, only where they changed (writers that already know
-- them, like the seed, cost no second write).
CREATE FUNCTION jobgraph_refresh_posting_locations(postings_changed uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE postings p
  SET geo_cells = s.cells, location_names = s.names, location_latitudes = s.latitudes, location_longitudes = s.longitudes
  FROM (SELECT x.id, c.* FROM (SELECT DISTINCT unnest(postings_changed) AS id) x, jobgraph_posting_location_copies(x.id) c) s
  WHERE p.id = s.id
    AND (p.geo_cells, p.location_names, p.location_latitudes, p.location_longitudes) IS DISTINCT FROM (s.cells, s.names, s.latitudes, s.longitudes)
$$;

-- The geo_cells triggers (same names, same statement-level transition tables) now keep every copy.
CREATE OR REPLACE FUNCTION jobgraph_refresh_geo_cells_from_posting_locations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM jobgraph_refresh_posting_locations(ARRAY(SELECT posting_id FROM changed_new));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM jobgraph_refresh_posting_locations(ARRAY(SELECT posting_id FROM changed_old));
  ELSE
    PERFORM jobgraph_refresh_posting_locations(ARRAY(SELECT posting_id FROM changed_new UNION SELECT posting_id FROM changed_old));
  END IF;
  RETURN NULL;
END
$$;

-- A location renamed or moved changes every posting there.
CREATE OR REPLACE FUNCTION jobgraph_refresh_geo_cells_from_locations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM jobgraph_refresh_posting_locations(ARRAY(SELECT pl.posting_id FROM posting_locations pl JOIN changed_new n ON n.id = pl.location_id));
  RETURN NULL;
END
$$;

-- Existing postings.
SELECT jobgraph_refresh_posting_locations(ARRAY(SELECT DISTINCT posting_id FROM posting_locations));
