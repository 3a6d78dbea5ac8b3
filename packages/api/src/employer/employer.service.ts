// Writes to employers: create (admins), update and benefits (the employer's own managers, admins).

import { recordAudit, sentFields } from "../audit/audit.write.js";
import { type OfferedBenefitData, OfferedBenefitListSchema } from "../benefit/benefit.input.js";
import { offeredBenefitRows, resolveBenefitKeys } from "../benefit/benefit.service.js";
import { withCoordinates } from "../location/location.input.js";
import { canManageEmployer } from "../viewer/access.js";
import { createIdempotently } from "../write/idempotency.js";
import { lockRow, notFoundError, versionConflict } from "../write/targets.js";
import { isUniqueViolation, type Tx, type WriteContext, writeTransaction } from "../write/transaction.js";
import { failed, ok, type UserError, userError, userErrorsFromZod, type WriteResult } from "../write/user-errors.js";
import { CreateEmployerSchema, type EmployerPatch, UpdateEmployerSchema } from "./employer.input.js";

type Written = WriteResult<{ id: string }>;

async function slugTaken(tx: Tx, slug: string, exceptId?: string): Promise<UserError[]> {
  const other = await tx.employer.findFirst({ where: { slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return other ? [slugError(slug)] : [];
}

const slugError = (slug: string) => userError(["input", "slug"], "DUPLICATE_SLUG", `Another employer already has the slug "${slug}".`);

type Accreditations = NonNullable<EmployerPatch["accreditations"]>;
const accreditationRows = (list: Accreditations) =>
  list.map((a) => ({
    scheme: a.scheme,
    level: a.level ?? null,
    statement: a.statement ?? null,
    awardedAt: a.awardedOn ?? null,
    expiresAt: a.expiresOn ?? null,
  }));

/** The employer's own columns from an input (only the fields sent). */
function employerColumns(patch: EmployerPatch) {
  const { headquarters: _hq, accreditations: _acc, ...columns } = patch;
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

/** createEmployer: a new employer with its headquarters, accreditations and benefits. */
export async function createEmployer(
  ctx: WriteContext,
  { input, idempotencyKey }: { input: Record<string, unknown> & { slug: string }; idempotencyKey?: string | null },
): Promise<WriteResult<{ id: string; replayed: boolean }>> {
  const parsed = CreateEmployerSchema.safeParse(input);
  const shapeErrors = parsed.success ? [] : userErrorsFromZod(parsed.error, ["input"], input);
  try {
    return await createIdempotently(ctx, { mutation: "createEmployer", objectType: "Employer", idempotencyKey, input, shapeErrors }, async (tx) => {
      const benefits = await resolveBenefitKeys(tx, (input.benefits as OfferedBenefitData[] | null | undefined) ?? [], ["input", "benefits"]);
      const errors = [...(await slugTaken(tx, input.slug)), ...benefits.errors];
      if (errors.length || !parsed.success) return failed(errors);
      const { headquarters, accreditations, benefits: offered, ...rest } = parsed.data;
      const employer = await tx.employer.create({
        data: {
          ...employerColumns(rest),
          slug: rest.slug,
          name: rest.name,
          ...(headquarters ? { headquarters: { create: withCoordinates(headquarters) } } : {}),
          accreditations: { create: accreditationRows(accreditations ?? []) },
          benefits: { create: offeredBenefitRows(offered ?? [], benefits.ids) },
        },
        select: { id: true },
      });
      await recordAudit(tx, ctx, {
        mutation: "createEmployer",
        objectType: "Employer",
        objectId: employer.id,
        employerId: employer.id,
        details: { fields: sentFields(input), version: 1 },
      });
      return ok(employer);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return failed([slugError(input.slug)]);
    throw error;
  }
}

/** Locks and loads an employer the caller may manage (employers are public: others get FORBIDDEN). */
async function manageableEmployer(tx: Tx, ctx: WriteContext, id: string, field: string[]) {
  await lockRow(tx, "employers", id);
  const employer = await tx.employer.findUnique({ where: { id } });
  if (!employer) return { errors: [notFoundError(field, "Employer", id)] };
  if (!canManageEmployer(ctx.viewer, id)) {
    return { errors: [userError(field, "FORBIDDEN", "Your API key may not change this employer.")] };
  }
  return { employer };
}

/** updateEmployer: changes the fields sent. */
export async function updateEmployer(
  ctx: WriteContext,
  { id, input, expectedVersion }: { id: string; input: Record<string, unknown>; expectedVersion?: number | null },
): Promise<Written> {
  const parsed = UpdateEmployerSchema.safeParse(input);
  try {
    return await writeTransaction(ctx, async (tx) => {
      const target = await manageableEmployer(tx, ctx, id, ["id"]);
      if (!target.employer) return failed(target.errors);
      const { employer } = target;
      const conflict = versionConflict("Employer", expectedVersion, employer.version);
      if (conflict.length) return failed(conflict);
      const errors = [
        ...(parsed.success ? [] : userErrorsFromZod(parsed.error, ["input"], input)),
        ...(typeof input.slug === "string" && input.slug !== employer.slug ? await slugTaken(tx, input.slug, id) : []),
      ];
      if (errors.length || !parsed.success) return failed(errors);
      const patch = parsed.data;
      await tx.employer.update({
        where: { id },
        data: {
          ...employerColumns(patch),
          version: { increment: 1 },
          ...(patch.headquarters !== undefined
            ? patch.headquarters
              ? { headquarters: { create: withCoordinates(patch.headquarters) } }
              : { headquarters: { disconnect: true } }
            : {}),
          ...(patch.accreditations !== undefined
            ? { accreditations: { deleteMany: {}, create: accreditationRows(patch.accreditations ?? []) } }
            : {}),
        },
      });
      // The old headquarters row goes only when no posting is based there (rows are shared).
      if (patch.headquarters !== undefined && employer.headquartersId) {
        await tx.location.deleteMany({ where: { id: employer.headquartersId, postings: { none: {} }, headquartersOf: { none: {} } } });
      }
      await recordAudit(tx, ctx, {
        mutation: "updateEmployer",
        objectType: "Employer",
        objectId: id,
        employerId: id,
        details: { fields: sentFields(input), version: { from: employer.version, to: employer.version + 1 } },
      });
      return ok({ id });
    });
  } catch (error) {
    if (isUniqueViolation(error) && typeof input.slug === "string") return failed([slugError(input.slug)]);
    throw error;
  }
}

/** setEmployerBenefits: replaces the benefits the employer offers on every posting. */
export async function setEmployerBenefits(
  ctx: WriteContext,
  { id, benefits, expectedVersion }: { id: string; benefits: unknown[]; expectedVersion?: number | null },
): Promise<Written> {
  const parsed = OfferedBenefitListSchema.safeParse(benefits);
  return writeTransaction(ctx, async (tx) => {
    const target = await manageableEmployer(tx, ctx, id, ["id"]);
    if (!target.employer) return failed(target.errors);
    const { employer } = target;
    const conflict = versionConflict("Employer", expectedVersion, employer.version);
    if (conflict.length) return failed(conflict);
    const resolved = await resolveBenefitKeys(tx, benefits as OfferedBenefitData[], ["benefits"]);
    const errors = [...(parsed.success ? [] : userErrorsFromZod(parsed.error, ["benefits"], benefits)), ...resolved.errors];
    if (errors.length || !parsed.success) return failed(errors);
    await tx.employerBenefit.deleteMany({ where: { employerId: id } });
    if (parsed.data.length) {
      await tx.employerBenefit.createMany({ data: offeredBenefitRows(parsed.data, resolved.ids).map((row) => ({ ...row, employerId: id })) });
    }
    await tx.employer.update({ where: { id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, ctx, {
      mutation: "setEmployerBenefits",
      objectType: "Employer",
      objectId: id,
      employerId: id,
      details: { benefits: parsed.data.map((b) => b.key), version: { from: employer.version, to: employer.version + 1 } },
    });
    return ok({ id });
  });
}
