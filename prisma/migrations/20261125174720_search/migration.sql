-- Full-text search over postings (issue 3).
--
-- postings.search_vector is a GENERATED column (Prisma's schema cannot say so: it lists the column
-- as Unsupported("tsvector") and this migration defines it). Weights: title A, skills B, summary
-- and description C, employer name D. The employer's name is copied into postings.employer_name
-- by triggers, because a generated column can only read its own row.

-- array_to_string is STABLE in general (it calls element output functions); for text[] it is
-- immutable, which a generated column requires.
CREATE FUNCTION jobgraph_text_array_to_string(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_string($1, ' ') $$;

-- AlterTable
ALTER TABLE "postings" ADD COLUMN "employer_name" TEXT NOT NULL DEFAULT '',
ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce(jobgraph_text_array_to_string("skills"), '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("summary", '') || ' ' || coalesce("description", '')), 'C') ||
  setweight(to_tsvector('english'::regconfig, coalesce("employer_name", '')), 'D')
) STORED;

-- Keep postings.employer_name equal to the employer's name.
CREATE FUNCTION jobgraph_posting_employer_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT name INTO NEW.employer_name FROM employers WHERE id = NEW.employer_id;
  RETURN NEW;
END $$;

CREATE TRIGGER postings_employer_name
  BEFORE INSERT OR UPDATE OF employer_id, employer_name ON postings
  FOR EACH ROW EXECUTE FUNCTION jobgraph_posting_employer_name();

CREATE FUNCTION jobgraph_employer_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE postings SET employer_name = NEW.name WHERE employer_id = NEW.id;
  RETURN NEW;
END $$;

CREATE TRIGGER employers_renamed
  AFTER UPDATE OF name ON employers
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION jobgraph_employer_renamed();

UPDATE postings p SET employer_name = e.name FROM employers e WHERE e.id = p.employer_id;

-- CreateIndex
CREATE INDEX "locations_latitude_longitude_idx" ON "locations"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "postings_status_salary_annual_max_idx" ON "postings"("status", "salary_annual_max");

-- CreateIndex
CREATE INDEX "postings_search_vector_idx" ON "postings" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "postings_skills_idx" ON "postings" USING GIN ("skills");
