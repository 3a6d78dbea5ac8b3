// Writes to postings: create (as a DRAFT), update, status changes and benefits. Every write is one
// transaction that also records its audit event; nothing is written when any problem is found.

import { recordAudit, sentFields } from "../audit/audit.write.js";
import { type OfferedBenefitData, OfferedBenefitListSchema } from "../benefit/benefit.input.js";
import { offeredBenefitRows, resolveBenefitKeys } from "../benefit/benefit.service.js";
import { announcePostingAfterCommit } from "../live/announce.js";
import { type LocationData, withCoordinates } from "../location/location.input.js";
import { canWritePostingsOf, postingDenial } from "../viewer/access.js";
import { createIdempotently } from "../write/idempotency.js";
import { lockRow, notFoundError, versionConflict } from "../write/targets.js";
import { isUniqueViolation, type Tx, type WriteContext, writeTransaction } from "../write/transaction.js";
import { failed, ok, type UserError, underField, userError, userErrorsFromZod, type WriteResult } from "../write/user-errors.js";
import { CreatePostingSchema, type PostingPatch, UpdatePostingSchema } from "./posting.input.js";
import {
  mergePosting,
  type PostingState,
  type PostingWithRelations,
  postingColumns,
  postingConsistencyErrors,
  postingStateInclude,
  postingToState,
  publishProblems,
} from "./posting.rules.js";
import { checkTransition, type StatusAction } from "./posting.status.js";

type Written = WriteResult<{ id: string }>;

function locationLinks(locations: readonly LocationData[]) {
  return locations.map((location, position) => ({ position, location: { create: withCoordinates(location) } }));
}

/** A posting is created for the caller's employer (employer keys) or the one named (admin keys). */
async function targetEmployer(tx: Tx, ctx: WriteContext, employerId: string | undefined): Promise<{ id: string | null; errors: UserError[] }> {
  const field = ["input", "employerId"];
  const viewer = ctx.viewer;
  if (viewer.kind === "EMPLOYER") {
    if (employerId && employerId !== viewer.employerId) {
      return {
        id: null,
        errors: [userError(field, "FORBIDDEN", "An employer key creates postings for its own employer only; leave employerId out.")],
      };
    }
    return { id: viewer.employerId, errors: [] };
  }
  if (!employerId) return { id: null, errors: [userError(field, "REQUIRED", "employerId is required with an admin key.")] };
  const employer = await tx.employer.findUnique({ where: { id: employerId }, select: { id: true } });
  return employer ? { id: employer.id, errors: [] } : { id: null, errors: [notFoundError(field, "Employer", employerId)] };
}

const duplicateReference = (reference: string): UserError[] => [
  userError(["input", "reference"], "DUPLICATE_REFERENCE", `The employer already has a posting with reference "${reference}".`),
];

async function referenceTaken(tx: Tx, employerId: string, reference: string, exceptId?: string): Promise<UserError[]> {
  const other = await tx.posting.findFirst({
    where: { employerId, reference, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return other ? duplicateReference(reference) : [];
}

export interface CreatePostingArgs {
  input: Record<string, unknown> & { employerId?: { id: string } | null; reference: string };
  idempotencyKey?: string | null;
}

/** createPosting: a new DRAFT with its locations and benefits. */
export async function createPosting(
  ctx: WriteContext,
  { input, idempotencyKey }: CreatePostingArgs,
): Promise<WriteResult<{ id: string; replayed: boolean }>> {
  const { employerId, ...fields } = input;
  const parsed = CreatePostingSchema.safeParse(fields);
  const shapeErrors = [
    ...(parsed.success ? [] : userErrorsFromZod(parsed.error, ["input"], fields)),
    ...underField(["input"], postingConsistencyErrors((parsed.success ? parsed.data : fields) as PostingState, ctx.now)),
  ];
  try {
    return await createIdempotently(ctx, { mutation: "createPosting", objectType: "Posting", idempotencyKey, input, shapeErrors }, async (tx) => {
      const employer = await targetEmployer(tx, ctx, employerId?.id);
      const benefits = await resolveBenefitKeys(tx, (fields.benefits as OfferedBenefitData[] | null | undefined) ?? [], ["input", "benefits"]);
      const errors = [...employer.errors, ...(employer.id ? await referenceTaken(tx, employer.id, input.reference) : []), ...benefits.errors];
      if (errors.length || !parsed.success || !employer.id) return failed(errors);
      const state = parsed.data;
      const posting = await tx.posting.create({
        data: {
          ...postingColumns(state),
          employerId: employer.id,
          status: "DRAFT",
          // Provisional: replaced by the publication time on first publish.
          postedAt: ctx.now,
          locations: { create: locationLinks(state.locations ?? []) },
          benefits: { create: offeredBenefitRows(state.benefits ?? [], benefits.ids) },
        },
        select: { id: true },
      });
      await recordAudit(tx, ctx, {
        mutation: "createPosting",
        objectType: "Posting",
        objectId: posting.id,
        employerId: employer.id,
        details: { fields: sentFields(fields), status: "DRAFT", version: 1 },
      });
      return ok({ id: posting.id });
    });
  } catch (error) {
    // Two writers raced for the same reference: the database's unique index decided.
    if (isUniqueViolation(error)) return failed(duplicateReference(input.reference));
    throw error;
  }
}

/**
 * writablePosting, then the checks every edit of a posting's content makes: archived postings are
 * final, and `expectedVersion` (when sent) must be the stored version.
 */
async function editablePosting(
  tx: Tx,
  ctx: WriteContext,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<{ posting: PostingWithRelations } | { errors: UserError[] }> {
  const target = await writablePosting(tx, ctx, id);
  if ("errors" in target) return target;
  if (target.posting.status === "ARCHIVED") return { errors: [immutable()] };
  const conflict = versionConflict("Posting", expectedVersion, target.posting.version);
  return conflict.length ? { errors: conflict } : target;
}

/** Locks and loads a posting the caller may change, or says why not (NOT_FOUND hides foreign drafts). */
async function writablePosting(tx: Tx, ctx: WriteContext, id: string): Promise<{ posting: PostingWithRelations } | { errors: UserError[] }> {
  await lockRow(tx, "postings", id);
  const posting = await tx.posting.findUnique({ where: { id }, include: postingStateInclude });
  if (!posting) return { errors: [notFoundError(["id"], "Posting", id)] };
  if (!canWritePostingsOf(ctx.viewer, posting.employerId)) {
    return {
      errors: [
        postingDenial(ctx.viewer, posting) === "NOT_FOUND"
          ? notFoundError(["id"], "Posting", id)
          : userError(["id"], "FORBIDDEN", "This posting belongs to another employer; your API key may not change it."),
      ],
    };
  }
  return { posting };
}

const immutable = () => userError(["id"], "IMMUTABLE", "The posting is archived: an archived posting cannot be changed.");

export interface UpdatePostingArgs {
  id: string;
  input: Record<string, unknown>;
  expectedVersion?: number | null;
  /** The mutation the audit event names (importPostings updates through here too). */
  auditAs?: string;
}

/** updatePosting: merges the input into the posting; a published posting must stay publishable. */
export async function updatePosting(
  ctx: WriteContext,
  { id, input, expectedVersion, auditAs = "updatePosting" }: UpdatePostingArgs,
): Promise<Written> {
  const parsed = UpdatePostingSchema.safeParse(input);
  const patch = (parsed.success ? parsed.data : input) as PostingPatch;
  try {
    return await writeTransaction(ctx, async (tx, afterCommit) => {
      const target = await editablePosting(tx, ctx, id, expectedVersion);
      if ("errors" in target) return failed(target.errors);
      const { posting } = target;
      const next = mergePosting(postingToState(posting), patch);
      const sent = new Set(Object.keys(input).filter((key) => input[key] !== undefined));
      const errors = [
        ...(parsed.success ? [] : userErrorsFromZod(parsed.error, ["input"], input)),
        ...underField(["input"], postingConsistencyErrors(next, posting.postedAt)),
        // A live posting stays publishable; only what this update touches is held against it.
        ...(posting.status === "PUBLISHED"
          ? underField(
              ["input"],
              publishProblems(next, ctx.now).filter((p) => sent.has(String(p.field?.[0]))),
            )
          : []),
        ...(typeof input.reference === "string" && input.reference !== posting.reference
          ? await referenceTaken(tx, posting.employerId, input.reference, id)
          : []),
      ];
      const benefits = patch.benefits ? await resolveBenefitKeys(tx, patch.benefits, ["input", "benefits"]) : null;
      errors.push(...(benefits?.errors ?? []));
      if (errors.length || !parsed.success) return failed(errors);

      await tx.posting.update({ where: { id }, data: { ...postingColumns(next), version: { increment: 1 } } });
      if (patch.locations !== undefined) await replaceLocations(tx, posting, patch.locations ?? []);
      if (benefits) await replaceBenefits(tx, id, patch.benefits ?? [], benefits.ids);
      await recordAudit(tx, ctx, {
        mutation: auditAs,
        objectType: "Posting",
        objectId: id,
        employerId: posting.employerId,
        details: { fields: sentFields(input), version: { from: posting.version, to: posting.version + 1 } },
      });
      announcePostingAfterCommit(ctx, afterCommit, "updated", { ...posting, version: posting.version + 1 });
      return ok({ id });
    });
  } catch (error) {
    if (isUniqueViolation(error) && typeof input.reference === "string") return failed(duplicateReference(input.reference));
    throw error;
  }
}

/**
 * Replaces a posting's locations: its links go, new Location rows are created. Location rows are
 * shared (an employer's headquarters is often a posting's place too), so an old row is deleted
 * only when nothing refers to it any more.
 */
async function replaceLocations(tx: Tx, posting: PostingWithRelations, locations: readonly LocationData[]) {
  const oldIds = posting.locations.map((link) => link.locationId);
  await tx.postingLocation.deleteMany({ where: { postingId: posting.id } });
  for (const [position, location] of locations.entries()) {
    await tx.postingLocation.create({
      data: { posting: { connect: { id: posting.id } }, position, location: { create: withCoordinates(location) } },
    });
  }
  if (oldIds.length) await tx.location.deleteMany({ where: { id: { in: oldIds }, postings: { none: {} }, headquartersOf: { none: {} } } });
}

async function replaceBenefits(tx: Tx, postingId: string, benefits: readonly OfferedBenefitData[], ids: Map<string, string>) {
  await tx.postingBenefit.deleteMany({ where: { postingId } });
  if (benefits.length) await tx.postingBenefit.createMany({ data: offeredBenefitRows(benefits, ids).map((row) => ({ ...row, postingId })) });
}

export interface StatusChangeArgs {
  id: string;
  expectedVersion?: number | null;
}

/**
 * publishPosting, closePosting, archivePosting: one step of the life cycle (posting.status.ts).
 * Asking for the status the posting has already is a successful no-op.
 */
export async function changePostingStatus(ctx: WriteContext, action: StatusAction, { id, expectedVersion }: StatusChangeArgs): Promise<Written> {
  return writeTransaction(ctx, async (tx, afterCommit) => {
    const target = await writablePosting(tx, ctx, id);
    if ("errors" in target) return failed(target.errors);
    const { posting } = target;
    const transition = checkTransition(action, posting.status);
    if (transition.kind === "unchanged") return ok({ id });
    if (transition.kind === "invalid") return failed([userError(null, "INVALID_TRANSITION", transition.message)]);
    const conflict = versionConflict("Posting", expectedVersion, posting.version);
    if (conflict.length) return failed(conflict);
    if (transition.to === "PUBLISHED") {
      const problems = publishProblems(postingToState(posting), ctx.now);
      if (problems.length) return failed(problems);
    }
    const firstPublish = transition.to === "PUBLISHED" && posting.status === "DRAFT";
    await tx.posting.update({
      where: { id },
      data: { status: transition.to, version: { increment: 1 }, ...(firstPublish ? { postedAt: ctx.now } : {}) },
    });
    await recordAudit(tx, ctx, {
      mutation: `${action}Posting`,
      objectType: "Posting",
      objectId: id,
      employerId: posting.employerId,
      details: { status: { from: posting.status, to: transition.to }, version: { from: posting.version, to: posting.version + 1 } },
    });
    const kind = transition.to === "PUBLISHED" ? "published" : transition.to === "CLOSED" ? "closed" : null;
    if (kind) announcePostingAfterCommit(ctx, afterCommit, kind, { ...posting, status: transition.to, version: posting.version + 1 });
    return ok({ id });
  });
}

export interface SetBenefitsArgs {
  id: string;
  benefits: unknown[];
  expectedVersion?: number | null;
}

/** setPostingBenefits: replaces the posting's own benefits (the employer's still apply unless overridden). */
export async function setPostingBenefits(ctx: WriteContext, { id, benefits, expectedVersion }: SetBenefitsArgs): Promise<Written> {
  const parsed = OfferedBenefitListSchema.safeParse(benefits);
  return writeTransaction(ctx, async (tx, afterCommit) => {
    const target = await editablePosting(tx, ctx, id, expectedVersion);
    if ("errors" in target) return failed(target.errors);
    const { posting } = target;
    const resolved = await resolveBenefitKeys(tx, benefits as OfferedBenefitData[], ["benefits"]);
    const errors = [...(parsed.success ? [] : userErrorsFromZod(parsed.error, ["benefits"], benefits)), ...resolved.errors];
    if (errors.length || !parsed.success) return failed(errors);
    await replaceBenefits(tx, id, parsed.data, resolved.ids);
    await tx.posting.update({ where: { id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      mutation: "setPostingBenefits",
      objectType: "Posting",
      objectId: id,
      employerId: posting.employerId,
      details: { benefits: parsed.data.map((b) => b.key), version: { from: posting.version, to: posting.version + 1 } },
    });
    announcePostingAfterCommit(ctx, afterCommit, "updated", { ...posting, version: posting.version + 1 });
    return ok({ id });
  });
}
