// Consistency checks after a fault: every acknowledged write is in the database, nothing is half
// written (a posting without the locations or benefits it was written with, an audit event or an
// idempotency record without its posting, a claimed idempotency key without its result), and the
// audit log matches the writes. Each check returns what it found; the scripts print them and exit
// non-zero on any failure. They run on any SQL client (pg in the scripts, Prisma in the tests).
import type { Shape, TrackedPosting } from "./writes.js";

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface CheckResult {
  name: string;
  ok: boolean;
  /** What was counted, or what is wrong (the first few offenders). */
  detail: string;
}

/** The database id inside a global ID ("Posting:<uuid>", base64). */
export const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1] ?? "";

const check = (name: string, problems: string[], counted: string): CheckResult => ({
  name,
  ok: problems.length === 0,
  detail: problems.length ? `${problems.length} problem(s): ${problems.slice(0, 5).join("; ")}` : counted,
});

/**
 * Checks that hold for the whole database, whatever wrote it. Location rows are checked from
 * `since` on (the seed has a few places no posting uses).
 */
export async function checkDatabase(sql: Sql, since: Date): Promise<CheckResult[]> {
  const count = async (text: string) => Number((await sql<{ n: unknown }>(text))[0]?.n ?? 0);
  const rows = async (text: string, params?: unknown[]) => (await sql<{ id: string }>(text, params)).map((r) => r.id);
  const claims = await rows("SELECT id::text FROM idempotency_records WHERE object_id IS NULL LIMIT 10");
  const strayRecords = await rows(
    `SELECT r.id::text FROM idempotency_records r WHERE r.object_type = 'Posting' AND r.object_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM postings p WHERE p.id = r.object_id) LIMIT 10`,
  );
  const strayEvents = await rows(
    `SELECT a.id::text FROM audit_events a WHERE a.object_type = 'Posting' AND NOT EXISTS (SELECT 1 FROM postings p WHERE p.id = a.object_id) LIMIT 10`,
  );
  const orphanLocations = await rows(
    `SELECT l.id::text FROM locations l WHERE l.created_at >= $1 AND NOT EXISTS (SELECT 1 FROM posting_locations pl WHERE pl.location_id = l.id)
       AND NOT EXISTS (SELECT 1 FROM employers e WHERE e.headquarters_id = l.id) LIMIT 10`,
    [since],
  );
  // The search's copies on each posting (search_locations and search_benefits migrations) agree
  // with the tables they copy.
  const staleCopies = await rows(
    `SELECT p.id::text FROM postings p, jobgraph_posting_location_copies(p.id) c
     WHERE (p.geo_cells, p.location_names, p.location_latitudes, p.location_longitudes, p.benefit_ids)
       IS DISTINCT FROM (c.cells, c.names, c.latitudes, c.longitudes, jobgraph_posting_benefit_ids(p.id, p.employer_id))
     LIMIT 10`,
  );
  const postings = await count("SELECT count(*) AS n FROM postings");
  const records = await count("SELECT count(*) AS n FROM idempotency_records");
  const events = await count("SELECT count(*) AS n FROM audit_events");
  return [
    check("every claimed idempotency key has its result", claims, `${records} idempotency records`),
    check("every idempotency record's posting exists", strayRecords, `${records} idempotency records`),
    check("every audit event's posting exists", strayEvents, `${events} audit events`),
    check(
      "no location row is left without a posting or employer",
      orphanLocations,
      `${await count("SELECT count(*) AS n FROM locations")} locations, none left over`,
    ),
    check("every posting's search copies match its locations and benefits", staleCopies, `${postings} postings`),
  ];
}

interface StoredPosting {
  id: string;
  reference: string;
  status: string;
  version: number;
  postcodes: string[] | null;
  benefits: string[] | null;
  events: number;
  records: number;
}

const sameShape = (a: Shape, b: Shape) => a.postcodes.join() === b.postcodes.join() && a.benefits.join() === b.benefits.join();

/** Checks the postings a run wrote (references starting with `runId`) against what it was told. */
export async function checkWrites(sql: Sql, runId: string, tracked: readonly TrackedPosting[]): Promise<CheckResult[]> {
  const stored = await sql<StoredPosting>(
    `SELECT p.id::text AS id, p.reference, p.status::text AS status, p.version,
       (SELECT array_agg(l.postcode ORDER BY l.postcode) FROM posting_locations pl JOIN locations l ON l.id = pl.location_id WHERE pl.posting_id = p.id) AS postcodes,
       (SELECT array_agg(b.key ORDER BY b.key) FROM posting_benefits pb JOIN benefits b ON b.id = pb.benefit_id WHERE pb.posting_id = p.id) AS benefits,
       (SELECT count(*)::int FROM audit_events a WHERE a.object_type = 'Posting' AND a.object_id = p.id) AS events,
       (SELECT count(*)::int FROM idempotency_records r WHERE r.object_id = p.id) AS records
     FROM postings p WHERE p.reference LIKE $1`,
    [`${runId}-%`],
  );
  const byReference = new Map(stored.map((p) => [p.reference, p]));
  const sent = new Map(tracked.map((t) => [t.reference, t]));
  const acked = tracked.filter((t) => t.created === "acked");

  const missing = acked.filter((t) => byReference.get(t.reference)?.id !== rawId(t.globalId ?? "")).map((t) => t.reference);
  const unexpected = stored.filter((p) => {
    const t = sent.get(p.reference);
    return !t || t.created === "rejected";
  });
  const wrongLists: string[] = [];
  const wrongState: string[] = [];
  const wrongAudit: string[] = [];
  const wrongIdempotency: string[] = [];
  for (const p of stored) {
    const t = sent.get(p.reference);
    if (!t || t.created === "rejected") continue;
    const shape: Shape = { postcodes: p.postcodes ?? [], benefits: p.benefits ?? [] };
    const allowed = [t.shape, ...(t.pending?.shape ? [t.pending.shape] : [])];
    if (!allowed.some((s) => sameShape(s, shape))) wrongLists.push(`${p.reference} has ${JSON.stringify(shape)}, written ${JSON.stringify(allowed)}`);
    // An unknown create that committed is a DRAFT at version 1; otherwise the acknowledged state, or one write on from it.
    const version = t.version ?? 1;
    const statuses = [t.status ?? "DRAFT", ...(t.pending?.status ? [t.pending.status] : [])];
    const versions = [version, ...(t.pending ? [version + 1] : [])];
    if (!statuses.includes(p.status) || !versions.includes(p.version))
      wrongState.push(`${p.reference} is ${p.status} v${p.version}, expected ${statuses.join("|")} v${versions.join("|")}`);
    if (p.events !== p.version) wrongAudit.push(`${p.reference}: ${p.events} audit events for version ${p.version}`);
    if (p.records !== 1) wrongIdempotency.push(`${p.reference}: ${p.records} idempotency records`);
  }
  const uncertain = tracked.filter((t) => t.created === "unknown" || t.pending).length;
  return [
    check("every acknowledged create is in the database", missing, `${acked.length} acknowledged creates, all present`),
    check(
      "every posting of the run was sent and not rejected",
      unexpected.map((p) => p.reference),
      `${stored.length} postings of the run in the database`,
    ),
    check("every posting has exactly the locations and benefits it was written with", wrongLists, `${stored.length} postings, lists intact`),
    check("every posting has its acknowledged status and version", wrongState, `${stored.length} postings (${uncertain} with an unanswered write)`),
    check("every write of a posting has its audit event", wrongAudit, `audit events = version for ${stored.length} postings`),
    check("every created posting has one idempotency record", wrongIdempotency, `${stored.length} postings`),
  ];
}

/** Prints the checks; returns whether all passed. */
export function printChecks(results: readonly CheckResult[]): boolean {
  for (const r of results) console.log(`  ${r.ok ? "PASS" : "FAIL"}  ${r.name}: ${r.detail}`);
  return results.every((r) => r.ok);
}
