-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('CREATED', 'UPDATED', 'PUBLISHED', 'CLOSED', 'ARCHIVED', 'REMOVED');

-- CreateEnum
CREATE TYPE "ChangeObjectType" AS ENUM ('POSTING', 'EMPLOYER', 'BENEFIT');

-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "changes" (
    "txid" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint,
    "seq" BIGSERIAL NOT NULL,
    "object_type" "ChangeObjectType" NOT NULL,
    "object_id" UUID NOT NULL,
    "employer_id" UUID,
    "kind" "ChangeKind" NOT NULL,
    "changed_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status_before" "PostingStatus",
    "status_after" "PostingStatus",
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "changes_pkey" PRIMARY KEY ("txid","seq")
);

-- CreateTable
CREATE TABLE "change_feed_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "pruned_txid" BIGINT NOT NULL DEFAULT 0,
    "pruned_seq" BIGINT NOT NULL DEFAULT 0,
    "dispatched_txid" BIGINT NOT NULL DEFAULT 0,
    "dispatched_seq" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "change_feed_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "kinds" "ChangeKind"[] DEFAULT ARRAY[]::"ChangeKind"[],
    "types" "ChangeObjectType"[] DEFAULT ARRAY[]::"ChangeObjectType"[],
    "employer_id" UUID,
    "employer_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "secret" TEXT NOT NULL,
    "previous_secret" TEXT,
    "previous_secret_expires_at" TIMESTAMPTZ(3),
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabled_at" TIMESTAMPTZ(3),
    "disabled_reason" TEXT,
    "created_by_key_prefix" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL,
    "endpoint_id" UUID NOT NULL,
    "change_txid" BIGINT,
    "change_seq" BIGINT,
    "event_type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3),
    "first_attempt_at" TIMESTAMPTZ(3),
    "last_attempt_at" TIMESTAMPTZ(3),
    "last_status" INTEGER,
    "last_error" TEXT,
    "last_response" TEXT,
    "last_duration_ms" INTEGER,
    "locked_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "changes_object_type_object_id_txid_seq_idx" ON "changes"("object_type", "object_id", "txid", "seq");

-- CreateIndex
CREATE INDEX "changes_at_idx" ON "changes"("at");

-- CreateIndex
CREATE UNIQUE INDEX "changes_txid_object_type_object_id_key" ON "changes"("txid", "object_type", "object_id");

-- CreateIndex
CREATE INDEX "webhook_endpoints_employer_id_idx" ON "webhook_endpoints"("employer_id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_endpoint_id_created_at_idx" ON "webhook_deliveries"("endpoint_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_next_attempt_at_idx" ON "webhook_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_endpoint_id_change_txid_change_seq_key" ON "webhook_deliveries"("endpoint_id", "change_txid", "change_seq");

-- AddForeignKey
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_employer_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─── The change feed's outbox, written by triggers (issue 16) ───────────────────────────────────
-- Every write to postings, employers and benefits (and the tables that hold their locations,
-- benefits and accreditations) records, in the same transaction, one row per object changed:
-- several writes to one object in one transaction merge into its one row. Statement-level
-- triggers, so a bulk write or an import costs one INSERT … SELECT per statement.

INSERT INTO "change_feed_state" ("id") VALUES (1);

-- The GraphQL field a column is read through (null: not a field of its own, e.g. search copies).
CREATE FUNCTION jobgraph_change_field(object_type "ChangeObjectType", col text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE object_type
    WHEN 'POSTING' THEN CASE
      WHEN col IN ('title', 'summary', 'team', 'reference', 'skills', 'responsibilities', 'status') THEN col
      WHEN col IN ('description', 'description_html') THEN 'description'
      WHEN col IN ('requirements_essential', 'requirements_desirable') THEN 'requirements'
      WHEN col = 'other_benefits' THEN 'otherBenefits'
      WHEN col LIKE 'salary\_%' THEN 'salary'
      WHEN col LIKE 'hours\_%' THEN 'hours'
      WHEN col = 'contract_type' THEN 'contractType'
      WHEN col IN ('workplace_type', 'remote_days_per_week_max', 'office_days_per_week_min', 'office_time_share_min', 'workplace_policy') THEN 'workplace'
      WHEN col = 'posted_at' THEN 'postedAt'
      WHEN col = 'closes_at' THEN 'closesAt'
      WHEN col IN ('apply_url', 'apply_email', 'apply_method', 'apply_instructions', 'direct_apply') THEN 'apply'
      WHEN col IN ('source_name', 'source_url', 'source_id') THEN 'source'
      WHEN col = 'employer_id' THEN 'employer'
      WHEN col IN ('geo_cells', 'location_names', 'location_latitudes', 'location_longitudes') THEN 'locations'
      WHEN col = 'benefit_ids' THEN 'benefits'
    END
    WHEN 'EMPLOYER' THEN CASE
      WHEN col IN ('slug', 'name', 'industry', 'size', 'brands') THEN col
      WHEN col IN ('description', 'description_html') THEN 'description'
      WHEN col = 'website_url' THEN 'websiteUrl'
      WHEN col = 'logo_url' THEN 'logoUrl'
      WHEN col = 'headquarters_id' THEN 'headquarters'
    END
    WHEN 'BENEFIT' THEN CASE WHEN col IN ('key', 'name', 'category', 'description') THEN col END
  END
$$;

-- The fields whose columns differ between two versions of a row, sorted.
CREATE FUNCTION jobgraph_changed_fields(object_type "ChangeObjectType", old_row jsonb, new_row jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT f ORDER BY f), '{}')
  FROM jsonb_each(new_row) AS n(col, value)
  CROSS JOIN LATERAL (SELECT jobgraph_change_field(object_type, n.col) AS f) m
  WHERE m.f IS NOT NULL AND n.value IS DISTINCT FROM old_row -> n.col
$$;

-- Two changes to one object in one transaction: created stays created (unless removed), a status
-- change is not hidden by a later edit, otherwise the later kind wins.
CREATE FUNCTION jobgraph_merge_change_kind(earlier "ChangeKind", later "ChangeKind") RETURNS "ChangeKind"
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN later = 'REMOVED' THEN later
    WHEN earlier = 'CREATED' THEN earlier
    WHEN later = 'UPDATED' THEN earlier
    ELSE later
  END
$$;

-- Every trigger below inserts through this one statement shape.
CREATE FUNCTION jobgraph_record_changes(rows jsonb) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO changes (object_type, object_id, employer_id, kind, changed_fields, status_before, status_after)
  SELECT r.object_type, r.object_id, r.employer_id, r.kind, coalesce(r.changed_fields, '{}'), r.status_before, r.status_after
  FROM jsonb_to_recordset(rows) AS r(object_type "ChangeObjectType", object_id uuid, employer_id uuid, kind "ChangeKind",
                                    changed_fields text[], status_before "PostingStatus", status_after "PostingStatus")
  ORDER BY r.object_id
  ON CONFLICT (txid, object_type, object_id) DO UPDATE SET
    kind = jobgraph_merge_change_kind(changes.kind, EXCLUDED.kind),
    -- A creation lists no fields and had no status before, whichever trigger of the statement ran first.
    changed_fields = CASE WHEN jobgraph_merge_change_kind(changes.kind, EXCLUDED.kind) = 'CREATED' THEN '{}'
      ELSE ARRAY(SELECT DISTINCT f FROM unnest(changes.changed_fields || EXCLUDED.changed_fields) f ORDER BY f) END,
    status_before = CASE WHEN EXCLUDED.kind = 'CREATED' THEN NULL ELSE changes.status_before END,
    status_after = EXCLUDED.status_after,
    employer_id = coalesce(EXCLUDED.employer_id, changes.employer_id);
  -- Wakes webhook dispatchers when the transaction commits (one notification per transaction).
  SELECT pg_notify('jobgraph_changes', '')
$$;

CREATE FUNCTION jobgraph_postings_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object(
      'object_type', 'POSTING', 'object_id', n.id, 'employer_id', n.employer_id, 'kind', 'CREATED', 'status_after', n.status))
      FROM changed_new n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object(
      'object_type', 'POSTING', 'object_id', o.id, 'employer_id', o.employer_id, 'kind', 'REMOVED', 'status_before', o.status))
      FROM changed_old o));
  ELSE
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object(
      'object_type', 'POSTING', 'object_id', n.id, 'employer_id', n.employer_id,
      'kind', CASE WHEN n.status IS DISTINCT FROM o.status AND n.status <> 'DRAFT' THEN n.status::text ELSE 'UPDATED' END,
      'changed_fields', d.fields, 'status_before', o.status, 'status_after', n.status))
      FROM changed_new n JOIN changed_old o ON o.id = n.id
      CROSS JOIN LATERAL (SELECT jobgraph_changed_fields('POSTING', to_jsonb(o) - 'search_vector', to_jsonb(n) - 'search_vector') AS fields) d
      WHERE d.fields <> '{}'));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER postings_changes_insert AFTER INSERT ON postings
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_postings_changed();
CREATE TRIGGER postings_changes_update AFTER UPDATE ON postings
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_postings_changed();
CREATE TRIGGER postings_changes_delete AFTER DELETE ON postings
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_postings_changed();

CREATE FUNCTION jobgraph_employers_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object('object_type', 'EMPLOYER', 'object_id', n.id, 'employer_id', n.id, 'kind', 'CREATED'))
      FROM changed_new n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object('object_type', 'EMPLOYER', 'object_id', o.id, 'employer_id', o.id, 'kind', 'REMOVED'))
      FROM changed_old o));
  ELSE
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object(
      'object_type', 'EMPLOYER', 'object_id', n.id, 'employer_id', n.id, 'kind', 'UPDATED', 'changed_fields', d.fields))
      FROM changed_new n JOIN changed_old o ON o.id = n.id
      CROSS JOIN LATERAL (SELECT jobgraph_changed_fields('EMPLOYER', to_jsonb(o), to_jsonb(n)) AS fields) d
      WHERE d.fields <> '{}'));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER employers_changes_insert AFTER INSERT ON employers
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_employers_changed();
CREATE TRIGGER employers_changes_update AFTER UPDATE ON employers
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_employers_changed();
CREATE TRIGGER employers_changes_delete AFTER DELETE ON employers
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_employers_changed();

CREATE FUNCTION jobgraph_benefits_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object('object_type', 'BENEFIT', 'object_id', n.id, 'kind', 'CREATED'))
      FROM changed_new n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object('object_type', 'BENEFIT', 'object_id', o.id, 'kind', 'REMOVED'))
      FROM changed_old o));
  ELSE
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object('object_type', 'BENEFIT', 'object_id', n.id, 'kind', 'UPDATED', 'changed_fields', d.fields))
      FROM changed_new n JOIN changed_old o ON o.id = n.id
      CROSS JOIN LATERAL (SELECT jobgraph_changed_fields('BENEFIT', to_jsonb(o), to_jsonb(n)) AS fields) d
      WHERE d.fields <> '{}'));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER benefits_changes_insert AFTER INSERT ON benefits
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_benefits_changed();
CREATE TRIGGER benefits_changes_update AFTER UPDATE ON benefits
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_benefits_changed();
CREATE TRIGGER benefits_changes_delete AFTER DELETE ON benefits
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_benefits_changed();

-- A child table's rows changing is a change of its parent's field. The parent must still exist
-- (rows removed with their parent are part of the parent's REMOVED change).
CREATE FUNCTION jobgraph_children_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  parent_type "ChangeObjectType" := TG_ARGV[0];
  parent_column text := TG_ARGV[1];
  field text := TG_ARGV[2];
  parents uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM changed_new', parent_column) INTO parents;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM changed_old', parent_column) INTO parents;
  ELSE
    EXECUTE format('SELECT array_agg(DISTINCT x) FROM (SELECT %1$I AS x FROM changed_new UNION SELECT %1$I FROM changed_old) s', parent_column) INTO parents;
  END IF;
  IF parent_type = 'POSTING' THEN
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object(
      'object_type', 'POSTING', 'object_id', p.id, 'employer_id', p.employer_id, 'kind', 'UPDATED',
      'changed_fields', ARRAY[field], 'status_before', p.status, 'status_after', p.status))
      FROM postings p WHERE p.id = ANY(parents)));
  ELSE
    PERFORM jobgraph_record_changes((SELECT jsonb_agg(jsonb_build_object(
      'object_type', 'EMPLOYER', 'object_id', e.id, 'employer_id', e.id, 'kind', 'UPDATED', 'changed_fields', ARRAY[field]))
      FROM employers e WHERE e.id = ANY(parents)));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER posting_locations_changes_insert AFTER INSERT ON posting_locations
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('POSTING', 'posting_id', 'locations');
CREATE TRIGGER posting_locations_changes_update AFTER UPDATE ON posting_locations
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('POSTING', 'posting_id', 'locations');
CREATE TRIGGER posting_locations_changes_delete AFTER DELETE ON posting_locations
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('POSTING', 'posting_id', 'locations');
CREATE TRIGGER posting_benefits_changes_insert AFTER INSERT ON posting_benefits
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('POSTING', 'posting_id', 'benefits');
CREATE TRIGGER posting_benefits_changes_update AFTER UPDATE ON posting_benefits
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('POSTING', 'posting_id', 'benefits');
CREATE TRIGGER posting_benefits_changes_delete AFTER DELETE ON posting_benefits
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('POSTING', 'posting_id', 'benefits');
CREATE TRIGGER employer_benefits_changes_insert AFTER INSERT ON employer_benefits
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('EMPLOYER', 'employer_id', 'benefits');
CREATE TRIGGER employer_benefits_changes_update AFTER UPDATE ON employer_benefits
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('EMPLOYER', 'employer_id', 'benefits');
CREATE TRIGGER employer_benefits_changes_delete AFTER DELETE ON employer_benefits
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('EMPLOYER', 'employer_id', 'benefits');
CREATE TRIGGER employer_accreditations_changes_insert AFTER INSERT ON employer_accreditations
  REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('EMPLOYER', 'employer_id', 'accreditations');
CREATE TRIGGER employer_accreditations_changes_update AFTER UPDATE ON employer_accreditations
  REFERENCING NEW TABLE AS changed_new OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('EMPLOYER', 'employer_id', 'accreditations');
CREATE TRIGGER employer_accreditations_changes_delete AFTER DELETE ON employer_accreditations
  REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION jobgraph_children_changed('EMPLOYER', 'employer_id', 'accreditations');

-- What existed before the feed did, as one transaction of CREATED changes: read from the start,
-- the feed holds every object.
INSERT INTO changes (object_type, object_id, kind)
  SELECT 'BENEFIT', id, 'CREATED' FROM benefits ORDER BY id;
INSERT INTO changes (object_type, object_id, employer_id, kind)
  SELECT 'EMPLOYER', id, id, 'CREATED' FROM employers ORDER BY id;
INSERT INTO changes (object_type, object_id, employer_id, kind, status_after)
  SELECT 'POSTING', id, employer_id, 'CREATED', status FROM postings ORDER BY id;
