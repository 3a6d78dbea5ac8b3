// Bulk import of postings (importPostings, pnpm import). Idempotent: the employer is matched by
// slug or name (created when the caller may), the posting by (employer, reference); a re-import
// updates in place or leaves the posting alone when nothing changed.
//
// Every record is validated with the mutations' own rules (CreatePostingSchema, the consistency
// and publishing rules, the catalogue's keys) before anything is written, and a record with any
// problem is reported with all of them and never written. New postings are written a chunk at a
// time, one transaction of a few multi-row INSERTs per chunk (with their audit events); if a chunk
// fails anyway (a concurrent writer took a reference), its records are retried one transaction
// each, so one record never takes others down. Changed postings go through `updatePosting`, the
// mutation's own service. Lookups (employers, existing postings, the catalogue) are batched per chunk.
import { randomUUID } from "node:crypto";
import { canWritePostingsOf } from "../auth/access.js";
import { Prisma } from "../generated/prisma/client.js";
import { logger } from "../logger.js";
import { unknownBenefitErrors } from "../schema/benefit/benefit.service.js";
import { createEmployer } from "../schema/employer/employer.service.js";
import { type LocationData, withCoordinates } from "../schema/location.input.js";
import { CreatePostingSchema, type PostingFields } from "../schema/posting/posting.input.js";
import {
  type PostingWithRelations,
  postingColumns,
  postingConsistencyErrors,
  postingStateInclude,
  postingToState,
  publishProblems,
} from "../schema/posting/posting.rules.js";
import { changePostingStatus, updatePosting } from "../schema/posting/posting.service.js";
import { sentFields } from "../write/audit.js";
import { isUniqueViolation, type WriteContext } from "../write/transaction.js";
import { type FieldPath, type UserError, underField, userError, userErrorsFromZod } from "../write/user-errors.js";
import { mapBenefits } from "./benefits.js";
import { type ImportRecord, slugify } from "./record.js";

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
}

export interface ImportOptions {
  /** Publish what is imported (each record must then be publishable). Default: new postings are drafts, existing ones keep their status. */
  publish?: boolean;
  /** Create employers that do not exist yet (admin callers only). Default true. */
  createEmployers?: boolean;
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
}

/** Imports `records` for the caller (see the module comment); one result per record, in order. */
export async function importRecords(ctx: WriteContext, records: readonly ImportRecord[], options: ImportOptions = {}): Promise<ImportResult[]> {
  const chunkSize = Math.max(1, options.chunkSize ?? 500);
  const catalogue = new Map((await ctx.prisma.benefit.findMany({ select: { id: true, key: true } })).map((b) => [b.key, b.id]));
  const employers = new EmployerResolver(ctx, options.createEmployers ?? true);
  const results: ImportResult[] = [];
  for (let start = 0; start < records.length; start += chunkSize) {
    const chunk = records.slice(start, start + chunkSize);
    results.push(...(await importChunk(ctx, chunk, start, catalogue, employers, options)));
    options.onProgress?.(Math.min(records.length, start + chunk.length), records.length);
  }
  return results;
}

async function importChunk(
  ctx: WriteContext,
  chunk: readonly ImportRecord[],
  offset: number,
  catalogue: ReadonlyMap<string, string>,
  employers: EmployerResolver,
  options: ImportOptions,
): Promise<ImportResult[]> {
  await employers.load(chunk);
  const prepared: Prepared[] = [];
  for (const [index, record] of chunk.entries()) prepared.push(await prepare(ctx, record, offset + index, catalogue, employers, options));

  const valid = prepared.filter((p) => !p.errors.length && p.employerId && p.state);
  const existing = valid.length
    ? await ctx.prisma.posting.findMany({
        where: { OR: valid.map((p) => ({ employerId: p.employerId as string, reference: p.reference as string })) },
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
});

/** The record's posting as a CreatePostingInput, validated with the mutation's rules. */
async function prepare(
  ctx: WriteContext,
  record: ImportRecord,
  position: number,
  catalogue: ReadonlyMap<string, string>,
  employers: EmployerResolver,
  options: ImportOptions,
): Promise<Prepared> {
  if (record.unreadable) return { position, record, reference: null, employerId: null, input: {}, state: null, errors: record.problems };
  const mapped = mapBenefits(record.benefitTexts, new Set(catalogue.keys()));
  const own = (record.posting.benefits as Array<{ key: string }> | undefined) ?? [];
  const input: Record<string, unknown> = {
    ...record.posting,
    benefits: [...own, ...mapped.benefits.filter((b) => !own.some((o) => o.key === b.key))],
    otherBenefits: [...((record.posting.otherBenefits as string[] | undefined) ?? []), ...mapped.other],
  };
  const parsed = CreatePostingSchema.safeParse(input);
  const state = parsed.success ? parsed.data : null;
  const postedAt = record.postedAt ?? ctx.now;
  const employer = await employers.resolve(record.employer);
  const errors = [
    ...record.problems,
    ...employer.errors,
    ...(parsed.success ? [] : userErrorsFromZod(parsed.error, [], input)),
    ...postingConsistencyErrors((state ?? input) as PostingFields, postedAt),
    ...unknownBenefitErrors(catalogue, (input.benefits as Array<{ key: string }>) ?? [], ["benefits"]),
    ...(options.publish && state ? publishProblems(state, ctx.now) : []),
  ];
  return {
    position,
    record,
    reference: typeof input.reference === "string" ? input.reference : null,
    employerId: employer.id,
    input,
    state,
    errors,
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
      if (isUniqueViolation(error)) {
        return outcomes.set(
          p.position,
          result(p, "FAILED", null, [
            userError(["reference"], "DUPLICATE_REFERENCE", `The employer already has a posting with reference "${p.reference}".`),
          ]),
        );
      }
      logger.error({ err: error, origin: p.record.origin }, "import: a record could not be written");
      return outcomes.set(p.position, result(p, "FAILED", null, [userError(null, "INVALID", "The record could not be written.")]));
    }
  }
  for (const p of creates) for (const [position, outcome] of await createPostings(ctx, [p], catalogue, options)) outcomes.set(position, outcome);
  return outcomes;
}

/** One transaction: the postings, their locations and benefits, and an audit event each, as multi-row INSERTs. */
async function insertPostings(ctx: WriteContext, creates: readonly Prepared[], catalogue: ReadonlyMap<string, string>, options: ImportOptions) {
  const ids = creates.map(() => randomUUID());
  const postings: Prisma.PostingCreateManyInput[] = [];
  const locations: Prisma.LocationCreateManyInput[] = [];
  const links: Prisma.PostingLocationCreateManyInput[] = [];
  const benefits: Prisma.PostingBenefitCreateManyInput[] = [];
  const audits: Prisma.AuditEventCreateManyInput[] = [];
  const key = ctx.viewer.kind === "ANONYMOUS" ? null : ctx.viewer;
  creates.forEach((p, i) => {
    const id = ids[i] as string;
    const state = p.state as PostingFields;
    const status = options.publish ? "PUBLISHED" : "DRAFT";
    postings.push({ ...postingColumns(state), id, employerId: p.employerId as string, status, postedAt: p.record.postedAt ?? ctx.now });
    (state.locations ?? []).forEach((location, position) => {
      const locationId = randomUUID();
      locations.push({ ...withCoordinates(location as LocationData), id: locationId });
      links.push({ postingId: id, locationId, position });
    });
    (state.benefits ?? []).forEach((b, position) => {
      benefits.push({
        postingId: id,
        benefitId: catalogue.get(b.key) as string,
        detail: b.detail ?? null,
        value: b.value ?? null,
        unit: b.unit ?? null,
        position,
      });
    });
    audits.push({
      apiKeyId: key?.keyId ?? null,
      apiKeyPrefix: key?.prefix ?? null,
      mutation: IMPORT_MUTATION,
      objectType: "Posting",
      objectId: id,
      employerId: p.employerId,
      details: { fields: sentFields(p.input), status, version: 1, origin: p.record.origin },
      requestId: ctx.requestId,
      at: ctx.now,
    });
  });
  await ctx.prisma.$transaction(
    async (tx) => {
      await tx.posting.createMany({ data: postings });
      if (locations.length) await tx.location.createMany({ data: locations });
      if (links.length) await tx.postingLocation.createMany({ data: links });
      if (benefits.length) await tx.postingBenefit.createMany({ data: benefits });
      await tx.auditEvent.createMany({ data: audits });
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
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
 * Finds (or creates) the employers of a chunk's records with one query per chunk. An employer key
 * imports for its own employer only; an admin's records name theirs.
 */
class EmployerResolver {
  private readonly bySlug = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private own: { id: string; slug: string; name: string } | null = null;

  constructor(
    private readonly ctx: WriteContext,
    private readonly mayCreate: boolean,
  ) {}

  async load(records: readonly ImportRecord[]): Promise<void> {
    const viewer = this.ctx.viewer;
    if (viewer.kind === "EMPLOYER") {
      this.own ??= await this.ctx.prisma.employer.findUnique({ where: { id: viewer.employerId }, select: { id: true, slug: true, name: true } });
      return;
    }
    const slugs = new Set<string>();
    const names = new Set<string>();
    for (const { employer } of records) {
      const slug = employer.slug ?? (employer.name ? slugify(employer.name) : null);
      if (slug && !this.bySlug.has(slug)) slugs.add(slug);
      if (employer.name && !this.byName.has(employer.name.toLowerCase())) names.add(employer.name);
    }
    if (!slugs.size && !names.size) return;
    const found = await this.ctx.prisma.employer.findMany({
      where: { OR: [{ slug: { in: [...slugs] } }, ...[...names].map((name) => ({ name: { equals: name, mode: "insensitive" as const } }))] },
      select: { id: true, slug: true, name: true },
    });
    for (const e of found) this.remember(e);
  }

  private remember(e: { id: string; slug: string; name: string }) {
    this.bySlug.set(e.slug, e.id);
    if (!this.byName.has(e.name.toLowerCase())) this.byName.set(e.name.toLowerCase(), e.id);
  }

  async resolve(employer: ImportRecord["employer"]): Promise<{ id: string | null; errors: UserError[] }> {
    const field: FieldPath = ["employer"];
    const slug = employer.slug ?? (employer.name ? slugify(employer.name) : null);
    if (this.own) {
      const matches =
        !employer.name && !employer.slug
          ? true
          : slug === this.own.slug || employer.slug === this.own.slug || employer.name?.toLowerCase() === this.own.name.toLowerCase();
      if (matches && canWritePostingsOf(this.ctx.viewer, this.own.id)) return { id: this.own.id, errors: [] };
      return {
        id: null,
        errors: [
          userError(
            field,
            "FORBIDDEN",
            `An employer key imports postings for its own employer (${this.own.name}) only; this one is for "${employer.name ?? employer.slug}".`,
          ),
        ],
      };
    }
    if (!slug)
      return { id: null, errors: [userError(field, "REQUIRED", "The record does not name its employer (hiringOrganization.name, or “Company:”).")] };
    const known = this.bySlug.get(slug) ?? (employer.name ? this.byName.get(employer.name.toLowerCase()) : undefined);
    if (known) return { id: known, errors: [] };
    if (!this.mayCreate || this.ctx.viewer.kind !== "ADMIN") {
      return { id: null, errors: [userError(field, "NOT_FOUND", `No employer with slug "${slug}" or name "${employer.name ?? slug}".`)] };
    }
    const created = await createEmployer(this.ctx, {
      input: {
        slug,
        name: employer.name ?? slug,
        websiteUrl: employer.websiteUrl ?? null,
        logoUrl: employer.logoUrl ?? null,
        industry: employer.industry ?? null,
        brands: employer.brands ?? [],
        accreditations: employer.accreditations ?? [],
        benefits: employer.benefits ?? [],
      },
    });
    if (!created.ok) return { id: null, errors: underField(field, created.errors.map(withoutInputPrefix)) };
    this.remember({ id: created.value.id, slug, name: employer.name ?? slug });
    return { id: created.value.id, errors: [] };
  }
}
