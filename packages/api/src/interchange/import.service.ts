// Bulk import of postings (importPostings, pnpm import). Idempotent: the employer is matched by
// slug or name (created when the caller may), the posting by (employer, reference); a re-import
// updates in place or leaves the posting alone when nothing changed.
//
// Every result carries the record's warnings (facts the reader expected and could not read
// confidently) and the service's own (benefits that matched no catalogue entry, an employer matched
// by name when the record's slug matched nothing, no posting date); with `strict`, a record with any
// warning fails with them as errors and nothing of it is written, not even its employer.
//
// Every record is validated with the mutations' own rules (CreatePostingSchema, the consistency
// and publishing rules, the catalogue's keys) before anything is written, and a record with any
// problem is reported with all of them and never written. New postings are written a chunk at a
// time, one transaction of a few multi-row INSERTs per chunk (with their audit events); if a chunk
// fails anyway (a concurrent writer took a reference), its records are retried one transaction
// each, so one record never takes others down. Changed postings go through `updatePosting`, the
// mutation's own service. Lookups (employers, existing postings, the catalogue) are batched per chunk.
import { randomUUID } from "node:crypto";
import { sentFields } from "../audit/audit.write.js";
import { unknownBenefitErrors } from "../benefit/benefit.service.js";
import { insertTables } from "../db/insert-tables.js";
import { CreateEmployerSchema } from "../employer/employer.input.js";
import { slugify } from "../employer/slug.js";
import { Prisma } from "../generated/prisma/client.js";
import { announcePostingAfterCommit } from "../live/announce.js";
import { type LocationData, withCoordinates } from "../location/location.input.js";
import { logger } from "../observability/logger.js";
import { CreatePostingSchema, type PostingFields } from "../posting/posting.input.js";
import {
  type PostingWithRelations,
  postedAtErrors,
  postingColumns,
  postingConsistencyErrors,
  postingStateInclude,
  postingToState,
  publishProblems,
} from "../posting/posting.rules.js";
import { changePostingStatus, updatePosting } from "../posting/posting.service.js";
import { canWritePostingsOf } from "../viewer/access.js";
import { isUniqueViolation, type WriteContext } from "../write/transaction.js";
import { type FieldPath, type UserError, underField, userError, userErrorsFromZod } from "../write/user-errors.js";
import { mapBenefits } from "./benefits.js";
import type { ImportRecord, ImportWarning } from "./record.js";

type MappedBenefits = ReturnType<typeof mapBenefits>;

export type ImportStatus = "CREATED" | "UPDATED" | "UNCHANGED" | "FAILED";

export interface ImportResult {
  /** 0-based position of the record in the import. */
  position: number;
  origin: string;
  status: ImportStatus;
  reference: string | null;
  postingId: string | null;
  /** Every reason a FAILED record was not written (empty otherwise). */
  errors: UserError[];
  /** Facts read with no confidence: the reader's, then the service's own (reported whatever the status). */
  warnings: ImportWarning[];
}

export interface ImportOptions {
  /** Publish what is imported (each record must then be publishable). Default: new postings are drafts, existing ones keep their status. */
  publish?: boolean;
  /** Create employers that do not exist yet (admin callers only). Default true. */
  createEmployers?: boolean;
  /** Fail every record with a warning (its warnings become its errors) instead of writing it. Default false. */
  strict?: boolean;
  /** Records per chunk (default 500). */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export const IMPORT_MUTATION = "importPostings";

interface Prepared {
  position: number;
  record: ImportRecord;
  reference: string | null;
  employerId: string | null;
  input: Record<string, unknown>;
  state: PostingFields | null;
  errors: UserError[];
  warnings: ImportWarning[];
}

/** Chunks written at once: PostgreSQL builds one chunk's search vectors while it receives the next. */
const WRITERS = 2;

/**
 * Imports `records` for the caller (see the module comment); one result per record, in order.
 * While chunks are being written, the next is read and validated. A chunk that shares a posting
 * (employer and reference) with one still being written waits for it, so it sees that write.
 */
export async function importRecords(ctx: WriteContext, records: readonly ImportRecord[], options: ImportOptions = {}): Promise<ImportResult[]> {
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const catalogue = new Map((await ctx.prisma.benefit.findMany({ select: { id: true, key: true } })).map((b) => [b.key, b.id]));
  const employers = new EmployerResolver(ctx, options.createEmployers ?? true, catalogue);
  const knownBenefits = new Set(catalogue.keys());
  const results: ImportResult[] = [];
  const writing: Array<{ keys: Set<string>; written: Promise<ImportResult[]> }> = [];
  const settle = async () => {
    const first = writing.shift();
    if (!first) return;
    results.push(...(await first.written));
    options.onProgress?.(results.length, records.length);
  };
  for (let start = 0; start < records.length; start += chunkSize) {
    const chunk = records.slice(start, start + chunkSize);
    // What a record says is known before any lookup: with `strict`, a record warned of already
    // creates nothing, not even its employer.
    // Each record's benefit texts are mapped onto the catalogue once, for its warnings and its input.
    const mapped = chunk.map((record) => mapBenefits(record.benefitTexts, knownBenefits));
    const early = chunk.map((record, index) => recordWarnings(record, mapped[index] as MappedBenefits, catalogue.size));
    await employers.load(chunk.filter((_record, index) => !(options.strict && early[index]?.length)));
    const prepared = chunk.map((record, index) =>
      prepare(ctx, record, start + index, mapped[index] as MappedBenefits, catalogue, employers, options, early[index] ?? []),
    );
    const keys = new Set(prepared.filter((p) => p.employerId).map(postingKey));
    while (writing.length >= WRITERS || writing.some((w) => [...keys].some((key) => w.keys.has(key)))) await settle();
    const written = writeChunk(ctx, prepared, catalogue, options);
    // Handled when its turn comes; this only keeps an early failure from being "unhandled" meanwhile.
    written.catch(() => {});
    writing.push({ keys, written });
  }
  while (writing.length) await settle();
  return results;
}

const postingKey = (p: Prepared) => `${p.employerId}\u0000${p.reference}`;

/** Writes a validated chunk: creates in bulk, updates one by one; failures are reported, not written. */
async function writeChunk(
  ctx: WriteContext,
  prepared: readonly Prepared[],
  catalogue: ReadonlyMap<string, string>,
  options: ImportOptions,
): Promise<ImportResult[]> {
  const valid = prepared.filter((p) => !p.errors.length && p.employerId && p.state);
  // A superset (every pair of the chunk's employers and references), which plans better than 500 ORs.
  const existing = valid.length
    ? await ctx.prisma.posting.findMany({
        where: {
          employerId: { in: [...new Set(valid.map((p) => p.employerId as string))] },
          reference: { in: [...new Set(valid.map((p) => p.reference as string))] },
        },
        include: postingStateInclude,
      })
    : [];
  const byKey = new Map(existing.map((posting) => [`${posting.employerId}\u0000${posting.reference}`, posting]));

  const results = new Map<number, ImportResult>();
  const creates: Prepared[] = [];
  const later: Prepared[] = [];
  const seen = new Set<string>();
  for (const p of prepared) {
    if (p.errors.length || !p.state || !p.employerId) {
      results.set(p.position, result(p, "FAILED", null, p.errors));
      continue;
    }
    const key = `${p.employerId}\u0000${p.reference}`;
    // The same posting twice in one chunk: the later record updates what the earlier one wrote.
    if (seen.has(key)) later.push(p);
    else if (byKey.has(key)) later.push(p);
    else creates.push(p);
    seen.add(key);
  }

  for (const [position, outcome] of await createPostings(ctx, creates, catalogue, options)) results.set(position, outcome);
  for (const p of later) results.set(p.position, await updateExisting(ctx, p, options, byKey.get(`${p.employerId}\u0000${p.reference}`)));
  return prepared.map((p) => results.get(p.position) as ImportResult);
}

const result = (p: Prepared, status: ImportStatus, postingId: string | null, errors: UserError[] = []): ImportResult => ({
  position: p.position,
  origin: p.record.origin,
  status,
  reference: p.reference,
  postingId,
  errors,
  warnings: p.warnings,
});

/**
 * The warnings a record has before any lookup: the reader's, then the service's own for a field the
 * reader did not warn of already (one warning per fact).
 */
function recordWarnings(record: ImportRecord, mapped: MappedBenefits, catalogueSize: number): ImportWarning[] {
  const warnings = [...record.warnings];
  if (record.unreadable) return warnings;
  const add = (warning: ImportWarning) => {
    if (!warnings.some((w) => w.field === warning.field)) warnings.push(warning);
  };
  const texts = record.benefitTexts.filter((text) => text.trim());
  const own = (record.posting.benefits as unknown[] | undefined) ?? [];
  if (texts.length && !own.length) {
    if (!mapped.benefits.length) {
      const kept = mapped.other.length;
      add({
        field: "benefits",
        code: "UNMATCHED",
        message: `${texts.length} benefit${texts.length === 1 ? "" : "s"} found, none matching the benefit catalogue${catalogueSize ? "" : " (which is empty: pnpm db:seed fills it)"}: ${kept} kept as text in otherBenefits.`,
      });
    }
  }
  if (!record.postedAt) add({ field: "postedAt", code: "MISSING", message: "No posting date stated: the import's time is used." });
  return warnings;
}

/** A strict import's errors for a record's warnings: one per fact, under the warning's field. */
function strictErrors(warnings: readonly ImportWarning[]): UserError[] {
  return warnings.map((w) =>
    userError(w.field ? w.field.split(".") : null, w.code === "MISSING" ? "REQUIRED" : "INVALID", `Strict import: ${w.message} [${w.code}]`),
  );
}

/** The record's posting as a CreatePostingInput, validated with the mutation's rules. */
function prepare(
  ctx: WriteContext,
  record: ImportRecord,
  position: number,
  mapped: MappedBenefits,
  catalogue: ReadonlyMap<string, string>,
  employers: EmployerResolver,
  options: ImportOptions,
  early: ImportWarning[],
): Prepared {
  if (record.unreadable)
    return { position, record, reference: null, employerId: null, input: {}, state: null, errors: record.problems, warnings: early };
  const own = (record.posting.benefits as Array<{ key: string }> | undefined) ?? [];
  const input: Record<string, unknown> = {
    ...record.posting,
    benefits: [...own, ...mapped.benefits.filter((b) => !own.some((o) => o.key === b.key))],
    otherBenefits: [...((record.posting.otherBenefits as string[] | undefined) ?? []), ...mapped.other],
  };
  const parsed = CreatePostingSchema.safeParse(input);
  const state = parsed.success ? parsed.data : null;
  const postedAt = record.postedAt ?? ctx.now;
  // Strict and warned of already: its employer was neither looked up nor created, so it is not resolved.
  const skipEmployer = options.strict && early.length > 0;
  const employer = skipEmployer ? { id: null, errors: [], warnings: [] } : employers.resolve(record.employer);
  const warnings = [...early, ...employer.warnings.filter((w) => !early.some((e) => e.field === w.field))];
  const errors = [
    ...record.problems,
    ...employer.errors,
    ...(parsed.success ? [] : userErrorsFromZod(parsed.error, [], input)),
    ...postedAtErrors(postedAt, ctx.now),
    ...postingConsistencyErrors((state ?? input) as PostingFields, postedAt),
    ...unknownBenefitErrors(catalogue, (input.benefits as Array<{ key: string }>) ?? [], ["benefits"]),
    ...(options.publish && state ? publishProblems(state, ctx.now) : []),
    ...(options.strict ? strictErrors(warnings) : []),
  ];
  return {
    position,
    record,
    reference: typeof input.reference === "string" ? input.reference : null,
    employerId: employer.id,
    input,
    state,
    errors,
    warnings,
  };
}

/** Writes new postings, a chunk per transaction; a chunk that fails is retried record by record. */
async function createPostings(
  ctx: WriteContext,
  creates: readonly Prepared[],
  catalogue: ReadonlyMap<string, string>,
  options: ImportOptions,
): Promise<Map<number, ImportResult>> {
  const outcomes = new Map<number, ImportResult>();
  if (!creates.length) return outcomes;
  try {
    const ids = await insertPostings(ctx, creates, catalogue, options);
    for (const [i, p] of creates.entries()) outcomes.set(p.position, result(p, "CREATED", ids[i] ?? null));
    return outcomes;
  } catch (error) {
    if (creates.length === 1) {
      const p = creates[0] as Prepared;
      if (isUniqueViolation(error) || /\b23505\b|unique constraint/i.test(String((error as Error)?.message))) {
        // A concurrent writer (the same import run twice at once) created the posting since this
        // chunk looked: it is an existing posting now, UNCHANGED if it says what the record says.
        return outcomes.set(p.position, await updateExisting(ctx, p, options, undefined));
      }
      logger.error({ err: error, origin: p.record.origin }, "import: a record could not be written");
      return outcomes.set(p.position, result(p, "FAILED", null, [userError(null, "INVALID", "The record could not be written.")]));
    }
  }
  for (const p of creates) for (const [position, outcome] of await createPostings(ctx, [p], catalogue, options)) outcomes.set(position, outcome);
  return outcomes;
}

/** "salaryAnnualMin" → "salary_annual_min": the schema maps every column so. */
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const snakeRow = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [snake(k), v instanceof Date ? v.toISOString() : v]));

/** The rows of an imported posting's or employer's benefits (posting_benefits / employer_benefits). */
function benefitRows(
  owner: { posting_id: string } | { employer_id: string },
  offered: ReadonlyArray<{ key: string; detail?: string | null; value?: number | null; unit?: string | null }> | null | undefined,
  catalogue: ReadonlyMap<string, string>,
  stamps: { created_at: string; updated_at: string },
): object[] {
  return (offered ?? []).map((b, position) => ({
    ...owner,
    benefit_id: catalogue.get(b.key),
    detail: b.detail ?? null,
    value: b.value ?? null,
    unit: b.unit ?? null,
    position,
    ...stamps,
  }));
}

/** The audit event of one imported object (the same row recordAudit writes for a mutation). */
function auditRow(
  ctx: WriteContext,
  object: { object_type: "Posting" | "Employer"; object_id: string; employer_id: string | null },
  details: Record<string, unknown>,
): object {
  const key = ctx.viewer.kind === "ANONYMOUS" ? null : ctx.viewer;
  return {
    id: randomUUID(),
    api_key_id: key?.keyId ?? null,
    api_key_prefix: key?.prefix ?? null,
    mutation: IMPORT_MUTATION,
    ...object,
    details,
    request_id: ctx.requestId,
    at: ctx.now.toISOString(),
  };
}

/**
 * One transaction, one statement: the postings, their locations and benefits, and an audit event
 * each, through the seed's multi-table INSERT (json_populate_recordset), so ten thousand postings
 * cost twenty round trips rather than Prisma's per-row work.
 */
async function insertPostings(ctx: WriteContext, creates: readonly Prepared[], catalogue: ReadonlyMap<string, string>, options: ImportOptions) {
  const ids = creates.map(() => randomUUID());
  const now = ctx.now.toISOString();
  const stamps = { created_at: now, updated_at: now };
  const postings: object[] = [];
  const locations: object[] = [];
  const links: object[] = [];
  const benefits: object[] = [];
  const audits: object[] = [];
  const status = options.publish ? "PUBLISHED" : "DRAFT";
  for (const [i, p] of creates.entries()) {
    const id = ids[i] as string;
    const state = p.state as PostingFields;
    postings.push({
      ...snakeRow(postingColumns(state)),
      id,
      employer_id: p.employerId,
      employer_name: "", // set from the employer by the postings_employer_name trigger
      status,
      posted_at: (p.record.postedAt ?? ctx.now).toISOString(),
      version: 1,
      ...stamps,
    });
    for (const [position, location] of (state.locations ?? []).entries()) {
      const locationId = randomUUID();
      locations.push({ ...snakeRow({ ...withCoordinates(location as LocationData) }), id: locationId, ...stamps });
      links.push({ posting_id: id, location_id: locationId, position, ...stamps });
    }
    benefits.push(...benefitRows({ posting_id: id }, state.benefits, catalogue, stamps));
    audits.push(
      auditRow(
        ctx,
        { object_type: "Posting", object_id: id, employer_id: p.employerId },
        {
          fields: sentFields(p.input),
          status,
          version: 1,
          origin: p.record.origin,
        },
      ),
    );
  }
  await ctx.prisma.$transaction(
    (tx) =>
      insertTables(tx, [
        ["locations", locations],
        ["postings", postings],
        ["posting_locations", links],
        ["posting_benefits", benefits],
        ["audit_events", audits],
      ]),
    { maxWait: 15_000, timeout: 60_000 },
  );
  // Committed: live subscribers hear of what went live, as after publishPosting.
  for (const [i, p] of creates.entries()) {
    announcePostingAfterCommit(ctx, (announce) => announce(), "published", {
      id: ids[i] as string,
      employerId: p.employerId as string,
      status,
      version: 1,
    });
  }
  return ids;
}

/** A state's comparable form: columns, places and benefits, nulls for absent values. */
function fingerprint(state: PostingFields): string {
  const columns = postingColumns(state);
  const places = (state.locations ?? []).map((l) => {
    const { latitude, longitude, ...rest } = withCoordinates(l as LocationData);
    return {
      ...rest,
      latitude: latitude == null ? null : Number(latitude.toFixed(4)),
      longitude: longitude == null ? null : Number(longitude.toFixed(4)),
    };
  });
  const offered = (state.benefits ?? []).map((b) => ({ key: b.key, detail: b.detail ?? null, value: b.value ?? null, unit: b.unit ?? null }));
  return JSON.stringify({ columns, places, offered }, (_key, value) => (value instanceof Prisma.Decimal ? value.toNumber() : value));
}

/** An existing posting: UNCHANGED when the record says what it says already, else updated by `updatePosting`. */
async function updateExisting(
  ctx: WriteContext,
  p: Prepared,
  options: ImportOptions,
  stored: PostingWithRelations | undefined,
): Promise<ImportResult> {
  const current =
    stored ??
    (await ctx.prisma.posting.findUnique({
      where: { employerId_reference: { employerId: p.employerId as string, reference: p.reference as string } },
      include: postingStateInclude,
    }));
  if (!current) return result(p, "FAILED", null, [userError(["reference"], "NOT_FOUND", `No posting with reference "${p.reference}".`)]);
  const wantsPublish = options.publish && current.status !== "PUBLISHED";
  const same = fingerprint(postingToState(current)) === fingerprint(p.state as PostingFields);
  if (same && !wantsPublish) return result(p, "UNCHANGED", current.id);
  if (!same) {
    const { reference: _reference, ...input } = p.input;
    const updated = await updatePosting(ctx, { id: current.id, input, auditAs: IMPORT_MUTATION });
    if (!updated.ok) return result(p, "FAILED", current.id, updated.errors.map(withoutInputPrefix));
  }
  if (wantsPublish) {
    const published = await changePostingStatus(ctx, "publish", { id: current.id });
    if (!published.ok) return result(p, "FAILED", current.id, published.errors);
  }
  return result(p, "UPDATED", current.id);
}

/** Errors from the mutations' services name ["input", ...]; an import's name the record's own fields. */
function withoutInputPrefix(error: UserError): UserError {
  return error.field?.[0] === "input" ? { ...error, field: error.field.slice(1) } : error;
}

/**
 * Finds (or creates) the employers of a chunk's records: one query per chunk, then the missing ones
 * created together. An employer key imports for its own employer only; an admin's records name theirs.
 */
class EmployerResolver {
  private readonly bySlug = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  /** Each known employer's slug, by id: for the warning that names the employer matched by name. */
  private readonly slugs = new Map<string, string>();
  private readonly refused = new Map<string, UserError[]>();
  private own: { id: string; slug: string; name: string } | null = null;

  constructor(
    private readonly ctx: WriteContext,
    private readonly mayCreate: boolean,
    private readonly catalogue: ReadonlyMap<string, string>,
  ) {}

  private static slugOf(employer: ImportRecord["employer"]): string | null {
    return employer.slug ?? (employer.name ? slugify(employer.name) : null);
  }

  private known(employer: ImportRecord["employer"]): string | undefined {
    const slug = EmployerResolver.slugOf(employer);
    return (slug ? this.bySlug.get(slug) : undefined) ?? (employer.name ? this.byName.get(employer.name.toLowerCase()) : undefined);
  }

  async load(records: readonly ImportRecord[]): Promise<void> {
    const viewer = this.ctx.viewer;
    if (viewer.kind === "EMPLOYER") {
      this.own ??= await this.ctx.prisma.employer.findUnique({ where: { id: viewer.employerId }, select: { id: true, slug: true, name: true } });
      return;
    }
    const wanted = records.filter((r) => !r.unreadable && !this.known(r.employer));
    const slugs = [...new Set(wanted.map((r) => EmployerResolver.slugOf(r.employer)).filter((s): s is string => !!s))];
    const names = [...new Set(wanted.map((r) => r.employer.name).filter((n): n is string => !!n))];
    if (!slugs.length && !names.length) return;
    const found = await this.ctx.prisma.employer.findMany({
      where: { OR: [{ slug: { in: slugs } }, { name: { in: names, mode: "insensitive" } }] },
      select: { id: true, slug: true, name: true },
    });
    for (const e of found) this.remember(e);
    if (!this.mayCreate || viewer.kind !== "ADMIN") return;
    const missing = new Map<string, ImportRecord["employer"]>();
    for (const { employer } of wanted) {
      const slug = EmployerResolver.slugOf(employer);
      if (slug && !this.known(employer) && !this.refused.has(slug) && !missing.has(slug)) missing.set(slug, employer);
    }
    await this.createAll([...missing]);
  }

  /**
   * Creates the missing employers of a chunk in one statement, each validated with createEmployer's
   * rules (CreateEmployerSchema, the catalogue's keys, a free slug); one that fails fails its records.
   */
  private async createAll(missing: ReadonlyArray<readonly [string, ImportRecord["employer"]]>) {
    if (!missing.length) return;
    const now = this.ctx.now.toISOString();
    const stamps = { created_at: now, updated_at: now };
    const employers: object[] = [];
    const accreditations: object[] = [];
    const benefits: object[] = [];
    const audits: object[] = [];
    const created: Array<{ id: string; slug: string; name: string }> = [];
    const taken = new Set(
      (await this.ctx.prisma.employer.findMany({ where: { slug: { in: missing.map(([slug]) => slug) } }, select: { slug: true } })).map(
        (e) => e.slug,
      ),
    );
    for (const [slug, employer] of missing) {
      const input = {
        slug,
        name: employer.name ?? slug,
        websiteUrl: employer.websiteUrl ?? null,
        logoUrl: employer.logoUrl ?? null,
        industry: employer.industry ?? null,
        brands: employer.brands ?? [],
        accreditations: employer.accreditations ?? [],
        benefits: employer.benefits ?? [],
      };
      const parsed = CreateEmployerSchema.safeParse(input);
      const errors = [
        ...(parsed.success ? [] : userErrorsFromZod(parsed.error, [], input)),
        ...unknownBenefitErrors(this.catalogue, input.benefits, ["benefits"]),
        ...(taken.has(slug) ? [userError(["slug"], "DUPLICATE_SLUG", `Another employer already has the slug "${slug}".`)] : []),
      ];
      if (errors.length || !parsed.success) {
        this.refused.set(slug, underField(["employer"], errors));
        continue;
      }
      const id = randomUUID();
      const data = parsed.data;
      employers.push({
        id,
        slug,
        name: data.name,
        description: data.description ?? null,
        website_url: data.websiteUrl ?? null,
        logo_url: data.logoUrl ?? null,
        industry: data.industry ?? null,
        size: data.size ?? null,
        brands: data.brands ?? [],
        headquarters_id: null,
        version: 1,
        ...stamps,
      });
      for (const a of data.accreditations ?? []) {
        accreditations.push({
          id: randomUUID(),
          employer_id: id,
          scheme: a.scheme,
          level: a.level ?? null,
          statement: a.statement ?? null,
          awarded_at: a.awardedOn?.toISOString() ?? null,
          expires_at: a.expiresOn?.toISOString() ?? null,
          ...stamps,
        });
      }
      benefits.push(...benefitRows({ employer_id: id }, data.benefits, this.catalogue, stamps));
      audits.push(auditRow(this.ctx, { object_type: "Employer", object_id: id, employer_id: id }, { fields: sentFields(input), version: 1 }));
      created.push({ id, slug, name: data.name });
    }
    if (!created.length) return;
    try {
      await this.ctx.prisma.$transaction((tx) =>
        insertTables(tx, [
          ["employers", employers],
          ["employer_accreditations", accreditations],
          ["employer_benefits", benefits],
          ["audit_events", audits],
        ]),
      );
    } catch (error) {
      // A concurrent import created some of these employers since they were looked up (the same
      // import run twice at once): use theirs; create the rest one at a time, so only an employer
      // that cannot be created fails its records.
      const concurrent = await this.ctx.prisma.employer.findMany({
        where: { slug: { in: missing.map(([slug]) => slug) } },
        select: { id: true, slug: true, name: true },
      });
      for (const e of concurrent) this.remember(e);
      if (concurrent.length) {
        const rest = missing.filter(([slug]) => !this.bySlug.has(slug));
        for (const one of rest) if (!this.refused.has(one[0])) await this.createAll([one]);
        return;
      }
      if (missing.length > 1) {
        for (const one of missing) if (!this.refused.has(one[0])) await this.createAll([one]);
        return;
      }
      logger.error({ err: error, slug: missing[0]?.[0] }, "import: an employer could not be created");
      this.refused.set(missing[0]?.[0] ?? "", [userError(["employer"], "INVALID", "The employer could not be created.")]);
      return;
    }
    for (const e of created) this.remember(e);
  }

  private remember(e: { id: string; slug: string; name: string }) {
    this.bySlug.set(e.slug, e.id);
    this.slugs.set(e.id, e.slug);
    if (!this.byName.has(e.name.toLowerCase())) this.byName.set(e.name.toLowerCase(), e.id);
  }

  /**
   * The employer a record belongs to, or why none. A record that states a slug matching no employer
   * but whose name matches one is that employer's, with an UNCLEAR warning: the name may be a namesake.
   */
  resolve(employer: ImportRecord["employer"]): { id: string | null; errors: UserError[]; warnings: ImportWarning[] } {
    const field: FieldPath = ["employer"];
    const slug = EmployerResolver.slugOf(employer);
    if (this.own) {
      const matches = (!employer.name && !employer.slug) || slug === this.own.slug || employer.name?.toLowerCase() === this.own.name.toLowerCase();
      if (matches && canWritePostingsOf(this.ctx.viewer, this.own.id)) return { id: this.own.id, errors: [], warnings: [] };
      return {
        id: null,
        warnings: [],
        errors: [
          userError(
            field,
            "FORBIDDEN",
            `An employer key imports postings for its own employer (${this.own.name}) only; this record is for "${employer.name ?? employer.slug}".`,
          ),
        ],
      };
    }
    if (!slug)
      return {
        id: null,
        errors: [userError(field, "REQUIRED", "The record does not name its employer (hiringOrganization.name, or “Company:”).")],
        warnings: [],
      };
    const known = this.known(employer);
    if (known) {
      const byName = employer.slug && !this.bySlug.has(employer.slug);
      const warnings: ImportWarning[] = byName
        ? [
            {
              field: "employer",
              code: "UNCLEAR",
              message: `No employer has the slug "${employer.slug}"; the employer named "${employer.name}" (slug "${this.slugs.get(known)}") was used.`,
            },
          ]
        : [];
      return { id: known, errors: [], warnings };
    }
    const refused = this.refused.get(slug);
    if (refused) return { id: null, errors: refused, warnings: [] };
    return { id: null, errors: [userError(field, "NOT_FOUND", `No employer with slug "${slug}" or name "${employer.name ?? slug}".`)], warnings: [] };
  }
}
