// Problems a client can fix, reported in a mutation's payload (`userErrors`) rather than as
// GraphQL errors: each names the input field it is about, and a mutation reports all of them.
import type { z } from "zod";

/** Stable codes clients can switch on; the GraphQL enum (graphql/user-error.ts) describes each. */
export const USER_ERROR_CODES = [
  "INVALID",
  "REQUIRED",
  "TOO_LONG",
  "OUT_OF_RANGE",
  "NOT_FOUND",
  "FORBIDDEN",
  "CONFLICT",
  "INVALID_TRANSITION",
  "NOT_PUBLISHABLE",
  "IMMUTABLE",
  "UNKNOWN_BENEFIT",
  "DUPLICATE_REFERENCE",
  "DUPLICATE_SLUG",
  "DUPLICATE_BENEFIT_KEY",
  "IDEMPOTENCY_KEY_REUSED",
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export type FieldPath = ReadonlyArray<string | number>;

export interface UserError {
  /** Path to the argument or input field, e.g. ["input", "salary", "max"]; null for the whole operation. */
  field: FieldPath | null;
  code: UserErrorCode;
  message: string;
}

/** The outcome of a service call: the object written, or every problem found (nothing written). */
export type WriteResult<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): WriteResult<T> => ({ ok: true, value });
export const failed = <T = never>(errors: UserError[]): WriteResult<T> => ({ ok: false, errors });

export function userError(field: FieldPath | null, code: UserErrorCode, message: string): UserError {
  return { field, code, message };
}

/**
 * Thrown inside a write transaction to roll it back and report `errors` instead (see
 * `writeTransaction`).
 */
export class UserErrorsThrown extends Error {
  override name = "UserErrorsThrown";
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join("; "));
  }
}

/** A zod issue with our code attached: `ctx.addIssue(custom(path, "CONFLICT", "..."))`. */
export function issue(path: FieldPath, code: UserErrorCode, message: string) {
  return { code: "custom" as const, path: [...path], message, params: { code } };
}

/** Turns zod's issues into user errors under `prefix` (e.g. ["input"]), one per issue. */
export function userErrorsFromZod(error: z.ZodError, prefix: FieldPath, raw: unknown): UserError[] {
  return error.issues.map((zodIssue) => {
    const path = zodIssue.path.filter((segment): segment is string | number => typeof segment !== "symbol");
    const field = [...prefix, ...path];
    const name = path.length ? path.join(".") : prefix.join(".");
    switch (zodIssue.code) {
      case "custom":
        return userError(field, (zodIssue.params?.code as UserErrorCode | undefined) ?? "INVALID", named(name, zodIssue.message));
      case "too_big":
        if (zodIssue.origin === "string") return userError(field, "TOO_LONG", `${name} must be at most ${zodIssue.maximum} characters long.`);
        if (zodIssue.origin === "array") return userError(field, "TOO_LONG", `${name} may have at most ${zodIssue.maximum} entries.`);
        return userError(field, "OUT_OF_RANGE", `${name} must be at most ${zodIssue.maximum}${zodIssue.inclusive ? "" : " (exclusive)"}.`);
      case "too_small":
        if (zodIssue.origin === "string") return userError(field, "REQUIRED", `${name} must not be empty.`);
        if (zodIssue.origin === "array") return userError(field, "REQUIRED", `${name} needs at least ${zodIssue.minimum} entries.`);
        return userError(
          field,
          "OUT_OF_RANGE",
          zodIssue.minimum === 0 && !zodIssue.inclusive
            ? `${name} must be positive.`
            : `${name} must be at least ${zodIssue.minimum}${zodIssue.inclusive ? "" : " (exclusive)"}.`,
        );
      case "invalid_type":
        if (valueAt(raw, path) === null) return userError(field, "REQUIRED", `${name} cannot be null.`);
        return userError(field, "INVALID", `${name} must be a ${zodIssue.expected}.`);
      case "invalid_format":
        return userError(field, "INVALID", `${name} is not a valid ${formatName(zodIssue.format)}.`);
      default:
        return userError(field, "INVALID", `${name}: ${zodIssue.message}`);
    }
  });
}

/** "must not be blank." -> "title must not be blank."; a message that starts a sentence stays as it is. */
function named(name: string, message: string): string {
  if (/^[A-Z]/.test(message)) return message;
  return message.startsWith("must") || message.startsWith("is ") ? `${name} ${message}` : `${name}: ${message}`;
}

function formatName(format: string): string {
  return format === "url" ? "http(s) URL" : format === "email" ? "email address" : format;
}

function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** Prefixes every error's field path (services validate inputs; resolvers know the argument name). */
export function underField(prefix: FieldPath, errors: UserError[]): UserError[] {
  return errors.map((e) => ({ ...e, field: e.field ? [...prefix, ...e.field] : [...prefix] }));
}
