import { GraphQLError } from "graphql";

/** Stable `extensions.code` values clients can switch on. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** A change-feed cursor older than the feed keeps: start again from the beginning (docs/change-feed.md). */
  CURSOR_EXPIRED: "CURSOR_EXPIRED",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An input problem the client can fix; `argument` names the offending argument, `details` any more extensions (e.g. the limit). */
export function badUserInput(message: string, argument?: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      ...(argument ? { argument } : {}),
      ...details,
    },
  });
}

/** A lookup by ID, slug or reference that matched nothing the caller may see. */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.NOT_FOUND },
  });
}

/** No API key, or one that is malformed, unknown, revoked or expired (HTTP 401). */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

/** A valid API key without the scope an operation needs. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.FORBIDDEN },
  });
}

/** The database cannot be reached right now (HTTP 503): retry later (creates with the same idempotency key). */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError("The service is temporarily unavailable (its database cannot be reached); retry shortly.", {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503, headers: { "retry-after": "5" } } },
  });
}
