-- AlterTable
ALTER TABLE "postings" ADD COLUMN     "geo_cells" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateIndex
CREATE INDEX "postings_geo_cells_idx" ON "postings" USING GIN ("geo_cells");

-- Grid cells of a point at four sizes (10, 2, 0.5 and 0.1 cells per degree), as one integer each:
-- level * 10^8 + row * 10^4 + column. packages/api/src/geo/cells.ts computes the same numbers
-- (same float8 arithmetic) for the cells a search circle covers.
CREATE FUNCTION jobgraph_geo_cells(lat float8, lon float8) RETURNS integer[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT ARRAY(
    SELECT level * 100000000 + floor((lat + 90) * per_degree)::integer * 10000 + floor((lon + 180) * per_degree)::integer
    FROM (VALUES (1, 10::float8), (2, 2::float8), (3, 0.5::float8), (4, 0.1::float8)) AS levels(level, per_degree)
    ORDER BY level)
$$;

-- The cells of all a posting's locations, sorted and without repeats.
CREATE FUNCTION jobgraph_posting_geo_cells(posting uuid) RETURNS integer[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT cell ORDER BY cell), '{}')
  FROM posting_locations pl JOIN locations l ON l.id = pl.location_id, unnest(jobgraph_geo_cells(l.latitude, l.longitude)) AS cell
  WHERE pl.posting_id = posting AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL
$$;

-- Statement-level, so a bulk insert updates each posting once; and only postings whose cells
-- changed (writers that already know the cells, like the seed, cost no second write).
CREATE FUNCTION jobgraph_refresh_geo_cells_from_posting_locations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE postings p SET geo_cells = jobgraph_posting_geo_cells(p.id)
    WHERE p.id IN (SELECT posting_id FROM changed_new) AND p.geo_cells IS DISTINCT FROM jobgraph_posting_geo_cells(p.id);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE postings p SET geo_cells = jobgraph_posting_geo_cells(p.id)
    WHERE p.id IN (SELECT posting_id FROM changed_old) AND p.geo_cells IS DISTINCT FROM jobgraph_posting_geo_cells(p.id);
  ELSE
    UPDATE postings p SET geo_cells = jobgraph_posting_geo_cells(p.id)
    WHERE p.id IN (SELECT posting_id FROM changed_new UNION SELECT posting_id FROM changed_old)
      AND p.geo_cells IS DISTINCT FROM jobgraph_posting_geo_cells(p.id);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER posting_locations_geo_cells_insert AFTER INSERT ON posting_locations
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_geo_cells_from_posting_locations();
CREATE TRIGGER posting_locations_geo_cells_delete AFTER DELETE ON posting_locations
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_geo_cells_from_posting_locations();
CREATE TRIGGER posting_locations_geo_cells_update AFTER UPDATE ON posting_locations
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_geo_cells_from_posting_locations();

-- A location's coordinates changing moves every posting there.
CREATE FUNCTION jobgraph_refresh_geo_cells_from_locations() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE postings p SET geo_cells = jobgraph_posting_geo_cells(p.id)
  WHERE p.id IN (SELECT pl.posting_id FROM posting_locations pl JOIN changed_new n ON n.id = pl.location_id)
    AND p.geo_cells IS DISTINCT FROM jobgraph_posting_geo_cells(p.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER locations_geo_cells_update AFTER UPDATE ON locations
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_geo_cells_from_locations();

-- Existing postings.
UPDATE postings p SET geo_cells = jobgraph_posting_geo_cells(p.id) WHERE EXISTS (SELECT 1 FROM posting_locations pl WHERE pl.posting_id = p.id);
