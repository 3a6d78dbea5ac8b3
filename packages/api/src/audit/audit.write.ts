// The audit trail: one row per write, in the write's own transaction, so a write and its record
// commit or roll back together.
import type { Prisma } from "../generated/prisma/client.js";
import type { Tx, WriteContext } from "../write/transaction.js";

export type AuditedType = "Employer" | "Posting" | "Benefit";

export interface AuditEntry {
  mutation: string;
  objectType: AuditedType;
  objectId: string;
  employerId?: string | null;
  /** What changed: fields sent, status from/to, version from/to. */
  details?: Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, ctx: WriteContext, entry: AuditEntry): Promise<void> {
  const key = ctx.viewer.kind === "ANONYMOUS" ? null : ctx.viewer;
  await tx.auditEvent.create({
    data: {
      apiKeyId: key?.keyId ?? null,
      apiKeyPrefix: key?.prefix ?? null,
      mutation: entry.mutation,
      objectType: entry.objectType,
      objectId: entry.objectId,
      employerId: entry.employerId ?? null,
      ...(entry.details === undefined ? {} : { details: entry.details }),
      requestId: ctx.requestId,
      at: ctx.now,
    },
  });
}

/** The input fields a write sent (top level and one level down), for the audit trail. */
export function sentFields(input: Record<string, unknown>): string[] {
  const fields: string[] = [];
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date)) {
      const nested = Object.entries(value).filter(([, v]) => v !== undefined);
      if (nested.length) for (const [child] of nested) fields.push(`${name}.${child}`);
      else fields.push(name);
    } else fields.push(name);
  }
  return fields.sort();
}
