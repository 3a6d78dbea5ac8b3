-- AlterTable
ALTER TABLE "postings" ADD COLUMN     "benefit_ids" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateIndex
CREATE INDEX "postings_benefit_ids_idx" ON "postings" USING GIN ("benefit_ids");

-- Read per candidate row by the benefit facet: kept in the row (see search_locations).
ALTER TABLE "postings" ALTER COLUMN "benefit_ids" SET STORAGE MAIN;

-- A posting's benefits: its own and its employer's, sorted and distinct.
CREATE FUNCTION jobgraph_posting_benefit_ids(posting uuid, employer uuid) RETURNS uuid[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT b ORDER BY b), '{}') FROM (
    SELECT benefit_id AS b FROM posting_benefits WHERE posting_id = posting
    UNION ALL
    SELECT benefit_id FROM employer_benefits WHERE employer_id = employer) x
$$;

-- Only postings whose copy changed are written.
CREATE FUNCTION jobgraph_refresh_posting_benefits(postings_changed uuid[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE postings p SET benefit_ids = s.ids
  FROM (SELECT q.id, jobgraph_posting_benefit_ids(q.id, q.employer_id) AS ids FROM postings q WHERE q.id = ANY(postings_changed)) s
  WHERE p.id = s.id AND p.benefit_ids IS DISTINCT FROM s.ids
$$;

-- A new posting starts with its employer's benefits, in the same write (a writer that already
-- knows its own, like the seed, may pass them: they are kept); moving it to another employer
-- recomputes them.
CREATE FUNCTION jobgraph_posting_benefit_ids_before() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT coalesce(array_agg(DISTINCT b ORDER BY b), '{}') INTO NEW.benefit_ids FROM (
      SELECT unnest(coalesce(NEW.benefit_ids, '{}')) AS b
      UNION ALL
      SELECT benefit_id FROM employer_benefits WHERE employer_id = NEW.employer_id) x;
  ELSE
    NEW.benefit_ids := jobgraph_posting_benefit_ids(NEW.id, NEW.employer_id);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER postings_benefit_ids
  BEFORE INSERT OR UPDATE OF employer_id ON postings
  FOR EACH ROW EXECUTE FUNCTION jobgraph_posting_benefit_ids_before();

-- A posting's own benefits changing (statement-level: a bulk write updates each posting once).
CREATE FUNCTION jobgraph_refresh_benefit_ids_from_posting_benefits() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM jobgraph_refresh_posting_benefits(ARRAY(SELECT DISTINCT posting_id FROM changed_new));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM jobgraph_refresh_posting_benefits(ARRAY(SELECT DISTINCT posting_id FROM changed_old));
  ELSE
    PERFORM jobgraph_refresh_posting_benefits(ARRAY(SELECT posting_id FROM changed_new UNION SELECT posting_id FROM changed_old));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER posting_benefits_benefit_ids_insert AFTER INSERT ON posting_benefits
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_benefit_ids_from_posting_benefits();
CREATE TRIGGER posting_benefits_benefit_ids_delete AFTER DELETE ON posting_benefits
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_benefit_ids_from_posting_benefits();
CREATE TRIGGER posting_benefits_benefit_ids_update AFTER UPDATE ON posting_benefits
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_benefit_ids_from_posting_benefits();

-- An employer's benefits changing changes every posting of that employer.
CREATE FUNCTION jobgraph_refresh_benefit_ids_from_employer_benefits() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM jobgraph_refresh_posting_benefits(ARRAY(SELECT id FROM postings WHERE employer_id IN (SELECT employer_id FROM changed_new)));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM jobgraph_refresh_posting_benefits(ARRAY(SELECT id FROM postings WHERE employer_id IN (SELECT employer_id FROM changed_old)));
  ELSE
    PERFORM jobgraph_refresh_posting_benefits(ARRAY(SELECT id FROM postings WHERE employer_id IN (SELECT employer_id FROM changed_new UNION SELECT employer_id FROM changed_old)));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER employer_benefits_benefit_ids_insert AFTER INSERT ON employer_benefits
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_benefit_ids_from_employer_benefits();
CREATE TRIGGER employer_benefits_benefit_ids_delete AFTER DELETE ON employer_benefits
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_benefit_ids_from_employer_benefits();
CREATE TRIGGER employer_benefits_benefit_ids_update AFTER UPDATE ON employer_benefits
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_refresh_benefit_ids_from_employer_benefits();

-- Existing postings.
UPDATE postings p SET benefit_ids = jobgraph_posting_benefit_ids(p.id, p.employer_id);
