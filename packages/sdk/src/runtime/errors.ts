// One error hierarchy for everything a request can end in. Every error names the operation and the
// request id (the server's `x-request-id`, or the one the SDK sent when no response came back), so a
// log line on either side can be matched with the other.

import type { ThrottleStatus } from "./throttle.js";

/**
 * Every `extensions.code` the Jobgraph API documents (its README, "Errors" and "Limits and
 * protection"), so that `switch (error.code)` is checked and completed by the editor.
 */
export const JOBGRAPH_ERROR_CODES = [
  // Resolvers
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "INTERNAL_SERVER_ERROR",
  "SERVICE_UNAVAILABLE",
  // A change-feed cursor older than the feed keeps: read again from the beginning (client.sync does).
  "CURSOR_EXPIRED",
  // The request itself
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "REQUEST_ENTITY_TOO_LARGE",
  "CSRF_HEADER_REQUIRED",
  "INTROSPECTION_DISABLED",
  // Limits
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_TOKENS",
  "TOO_MANY_DIRECTIVES",
  "MAX_COST_EXCEEDED",
  "THROTTLED",
  "TOO_MANY_SUBSCRIPTIONS",
  "TOO_MANY_CONCURRENT_REQUESTS",
  "TOO_MANY_FEEDS",
  "EXECUTION_TIMEOUT",
  "CLIENT_CLOSED_REQUEST",
  // Persisted documents
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_MISMATCH",
  "PERSISTED_QUERY_NOT_IN_LIST",
  "PERSISTED_QUERY_ONLY",
  "PERSISTED_QUERY_ID_REQUIRED",
] as const;

/**
 * A code the API documents, or (`string & {}`) one it may add later: the documented ones complete in
 * the editor and are checked in a `switch`, and a newer server's code is still a string.
 */
export type JobgraphErrorCode = (typeof JOBGRAPH_ERROR_CODES)[number] | (string & {});

/** Where an error happened: the operation and the request id the server logged it under. */
export interface ErrorContext {
  operationName: string | undefined;
  requestId: string | undefined;
  cause?: unknown;
}

/** The base class of every error the SDK throws; `instanceof JobgraphError` catches them all. */
export class JobgraphError extends Error {
  override name = "JobgraphError";
  /** The GraphQL operation name, when the document has one. */
  readonly operationName: string | undefined;
  /** The `x-request-id` of the (last) HTTP request: quote it when asking about a failure. */
  readonly requestId: string | undefined;

  constructor(message: string, context: ErrorContext) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.operationName = context.operationName;
    this.requestId = context.requestId;
  }
}

/** The request never got a response: DNS, connection refused or reset, CORS, offline. Retried. */
export class NetworkError extends JobgraphError {
  override name = "NetworkError";
}

/** An attempt got no complete response within `timeoutMs`. Retried like a network error. */
export class TimeoutError extends JobgraphError {
  override name = "TimeoutError";
  constructor(
    message: string,
    context: ErrorContext,
    /** The per-attempt limit that was exceeded. */
    readonly timeoutMs: number,
  ) {
    super(message, context);
  }
}

/** A response that is not a GraphQL result: 429, 5xx from a proxy, an HTML error page. 429/502/503/504 are retried. */
export class HttpError extends JobgraphError {
  override name = "HttpError";
  constructor(
    message: string,
    context: ErrorContext,
    /** The HTTP status code. */
    readonly status: number,
    /** Seconds the server asked to wait (`Retry-After`, either form), when it said. */
    readonly retryAfter: number | undefined,
    /** The start of the response body, for diagnosis. */
    readonly body: string,
  ) {
    super(message, context);
  }
}

/**
 * The server refused the operation because the caller's rate limit is used up (HTTP 429, THROTTLED),
 * and waiting for it would take longer than the client's `throttle.maxWaitMs` allows (or the
 * operation costs more than the whole allowance, or `throttle` is off).
 */
export class ThrottledError extends HttpError {
  override name = "ThrottledError";
  constructor(
    message: string,
    context: ErrorContext,
    status: number,
    retryAfter: number | undefined,
    body: string,
    /** The caller's allowance when the server refused the operation, when it said. */
    readonly throttleStatus: ThrottleStatus | undefined,
    /** What the refused operation costs, when the server said. */
    readonly requestedQueryCost: number | undefined,
  ) {
    super(message, context, status, retryAfter, body);
  }

  /** Always THROTTLED (the server's code for a rate-limited operation). */
  get code(): "THROTTLED" {
    return "THROTTLED";
  }
}

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  /** `code` is stable (see `JobgraphErrorCode`); the message is for people. */
  extensions?: { code?: JobgraphErrorCode; [key: string]: unknown };
}

/** The server answered with GraphQL `errors`. Never retried: the same request would fail the same way. */
export class GraphQLRequestError extends JobgraphError {
  override name = "GraphQLRequestError";
  constructor(
    message: string,
    context: ErrorContext,
    /** The errors, as the server sent them. */
    readonly errors: readonly GraphQLErrorItem[],
    /** Partial data, when the server returned some alongside the errors. */
    readonly data: unknown,
    /** The HTTP status (200, or 400 for a document that does not parse or validate). */
    readonly status: number,
  ) {
    super(message, context);
  }

  /** The `extensions.code` of every error, in order (`undefined` where an error has none). */
  get codes(): Array<JobgraphErrorCode | undefined> {
    return this.errors.map((error) => error.extensions?.code);
  }

  /** The first error's `extensions.code`. */
  get code(): JobgraphErrorCode | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** One entry of a mutation payload's `userErrors`: the input was understood but not accepted. */
export interface UserError {
  /** The path to the input field at fault, when one is. */
  field?: ReadonlyArray<string> | string | null;
  code: string;
  message: string;
}

/** Thrown by `throwOnUserErrors` for a mutation payload whose `userErrors` is not empty. */
export class UserErrorsError extends JobgraphError {
  override name = "UserErrorsError";
  constructor(
    message: string,
    context: ErrorContext,
    readonly userErrors: readonly UserError[],
  ) {
    super(message, context);
  }
}

/**
 * Mutations report rejected input as data (`userErrors`), not as errors. For code that would rather
 * throw: returns the payload when `userErrors` is empty, throws `UserErrorsError` otherwise.
 */
export function throwOnUserErrors<TPayload extends { userErrors: readonly UserError[] }>(
  payload: TPayload | null | undefined,
  operationName?: string,
): TPayload {
  if (!payload) throw new JobgraphError(`${operationName ?? "mutation"} returned no payload`, { operationName, requestId: undefined });
  const [first] = payload.userErrors;
  if (!first) return payload;
  const more = payload.userErrors.length > 1 ? ` (and ${payload.userErrors.length - 1} more)` : "";
  throw new UserErrorsError(`${first.message} [${first.code}]${more}`, { operationName, requestId: undefined }, payload.userErrors);
}
