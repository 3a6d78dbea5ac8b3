// The transport: one GraphQL request over fetch, with timeouts, retries, persisted operations and
// typed errors. Web APIs only (fetch, AbortController, Headers, crypto), so it runs unchanged in
// Node 20+, browsers and edge runtimes.

import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { type Document, describeOperation, documentText } from "./document.js";
import {
  type ErrorContext,
  type GraphQLErrorItem,
  GraphQLRequestError,
  HttpError,
  JobgraphError,
  NetworkError,
  ThrottledError,
  TimeoutError,
} from "./errors.js";
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, RETRY_STATUSES, type RetryOptions, sleep } from "./retry.js";
import { type CostExtension, DEFAULT_MAX_THROTTLE_WAIT_MS, readCost, type ThrottleOptions, ThrottleState } from "./throttle.js";

/** A fetch implementation: the global one by default; pass your own for proxies, tests or instrumentation. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Persisted operations: send a document's SHA-256 instead of its text. */
export interface PersistedOptions {
  /**
   * When the server does not know the hash (PERSISTED_QUERY_NOT_FOUND), send the document with it
   * so an APQ server can register it (default true). With false, the error is thrown: for servers
   * that only run documents from their allow-list.
   */
  fallback?: boolean;
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. https://api.example.com/graphql. */
  endpoint: string | URL;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  fetch?: FetchLike;
  /** Headers for every request. */
  headers?: Record<string, string>;
  /** Time limit for each attempt, response body included (default 30 000 ms; 0 for none). */
  timeoutMs?: number;
  /** Retry policy, or false to never retry. */
  retry?: RetryOptions | false;
  /** Send persisted-operation hashes instead of documents (APQ-style `extensions.persistedQuery`). */
  persisted?: boolean | PersistedOptions;
  /**
   * Rate-limit handling (on by default): pace calls by the allowance the server reports, and wait
   * out a 429's `Retry-After` within `maxWaitMs`. `false` turns it off: a 429 is then an ordinary
   * retriable status, under `retry`'s `maxDelayMs`.
   */
  throttle?: ThrottleOptions | false;
}

export interface RequestOptions {
  /** Cancels the request, its retries and the waits between them; rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Headers for this request (over the client's). */
  headers?: Record<string, string>;
  timeoutMs?: number;
  retry?: RetryOptions | false;
  /**
   * Sent as `Idempotency-Key`, the same on every attempt. A mutation is retried only when it has
   * one; `true` generates a random key.
   */
  idempotencyKey?: string | true;
  /** Which operation to run, for a document that holds several. */
  operationName?: string;
}

/** The variables argument is required exactly when the operation has a required variable. */
export type VariablesArgs<TVariables> =
  Record<never, never> extends TVariables ? [variables?: TVariables, options?: RequestOptions] : [variables: TVariables, options?: RequestOptions];

/** Runs a document and resolves to its `data`. */
export interface RequestFunction {
  <TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables>, ...args: VariablesArgs<TVariables>): Promise<TResult>;
  <TResult = unknown>(document: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<TResult>;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: GraphQLErrorItem[];
  extensions?: unknown;
}

/** What one response amounts to: its data or the error, with what it cost when the server said. */
type Reading = ({ data: unknown } | { error: JobgraphError; errors?: GraphQLErrorItem[] }) & { cost?: CostExtension };

interface Outcome {
  response: Response;
  body: string;
}

/** A random id from Web Crypto, with a fallback for insecure browser contexts, where randomUUID is missing. */
export function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Lowercase hex SHA-256 of the UTF-8 text, with Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const hasCode = (errors: readonly GraphQLErrorItem[], ...codes: string[]) =>
  errors.some((error) => codes.includes(error.extensions?.code ?? "") || codes.includes(error.message));

/**
 * A singular lookup that found nothing comes back as `null` with a NOT_FOUND error beside it. The
 * types already say "or null", so that is returned as data rather than thrown.
 */
function isNullLookup(error: GraphQLErrorItem, data: unknown): boolean {
  if (error.extensions?.code !== "NOT_FOUND" || !error.path?.length) return false;
  let value = data as any;
  for (const key of error.path) value = value?.[key];
  return value == null;
}

/** Creates the `request` function that every typed method and paginator goes through. */
export function createRequest(options: ClientOptions): RequestFunction {
  const endpoint = String(options.endpoint);
  // Called through a closure: a bare reference to window.fetch throws "Illegal invocation".
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const hashes = new Map<string, Promise<string>>();
  let persisted = options.persisted ? { fallback: true, ...(options.persisted === true ? {} : options.persisted) } : undefined;
  const throttle = options.throttle === false ? undefined : { maxWaitMs: DEFAULT_MAX_THROTTLE_WAIT_MS, ...options.throttle };
  const throttleState = new ThrottleState();

  async function attempt(
    body: string,
    headers: Headers,
    context: ErrorContext,
    signal: AbortSignal | undefined,
    timeoutMs: number,
  ): Promise<Outcome> {
    // A fresh controller per attempt: an aborted signal cannot be reused, and a timeout must end
    // this attempt only.
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    let response: Response | undefined;
    try {
      response = await fetchImpl(endpoint, { method: "POST", headers, body, signal: controller.signal });
      return { response, body: await response.text() };
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      const at = { ...context, requestId: response?.headers.get("x-request-id") ?? context.requestId, cause };
      const name = context.operationName ?? "request";
      if (timedOut) throw new TimeoutError(`${name} timed out after ${timeoutMs} ms`, at, timeoutMs);
      throw new NetworkError(`${name} failed: ${(cause as Error)?.message ?? cause}`, at);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    }
  }

  /** The data of one response, or the error it amounts to. */
  function read({ response, body }: Outcome, context: ErrorContext): Reading {
    const name = context.operationName ?? "request";
    let result: GraphQLResponse | undefined;
    try {
      result = JSON.parse(body);
    } catch {}
    const graphql = !!result && typeof result === "object" && ("data" in result || Array.isArray(result.errors));
    const cost = graphql ? readCost(result) : undefined;
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
    const httpError = (why: string) =>
      new HttpError(`${name} failed: HTTP ${response.status}${why}`, context, response.status, retryAfter, body.slice(0, 1000));
    if (response.status === 429) {
      const [first] = (graphql && result?.errors) || [];
      const error = new ThrottledError(
        `${name} failed: HTTP 429${first?.message ? `: ${first.message}` : ""}`,
        context,
        response.status,
        retryAfter,
        body.slice(0, 1000),
        cost?.throttleStatus,
        cost?.requestedQueryCost,
      );
      return { error, errors: graphql ? result?.errors : undefined, cost };
    }
    if (RETRY_STATUSES.has(response.status)) return { error: httpError(""), cost };
    if (!graphql || !result) return { error: httpError(response.ok ? " (not a GraphQL response)" : "") };
    const errors = result.errors ?? [];
    if (errors.every((error) => isNullLookup(error, result.data))) return { data: result.data, cost };
    const [first] = errors;
    const code = first?.extensions?.code ? ` [${first.extensions.code}]` : "";
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    return {
      error: new GraphQLRequestError(`${name}: ${first?.message}${code}${more}`, context, errors, result.data, response.status),
      errors,
      cost,
    };
  }

  async function request(document: Document<any, any>, variables?: Record<string, unknown>, call: RequestOptions = {}): Promise<unknown> {
    const { signal } = call;
    signal?.throwIfAborted();
    const query = documentText(document);
    const operation = describeOperation(query, call.operationName);
    const retry = call.retry ?? options.retry;
    const policy = retry === false ? { ...DEFAULT_RETRY, retries: 0 } : { ...DEFAULT_RETRY, ...retry };
    const timeoutMs = call.timeoutMs ?? options.timeoutMs ?? 30_000;

    // The CSRF-prevention header (graphql-yoga's): a browser cannot send it cross-site without a CORS preflight.
    const headers = new Headers({
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      "x-graphql-yoga-csrf": "1",
    });
    if (options.apiKey) headers.set("authorization", `Bearer ${options.apiKey}`);
    for (const extra of [options.headers, call.headers]) for (const [key, value] of Object.entries(extra ?? {})) headers.set(key, value);
    if (!headers.has("x-request-id")) headers.set("x-request-id", randomId());
    if (call.idempotencyKey) headers.set("idempotency-key", call.idempotencyKey === true ? randomId() : call.idempotencyKey);
    // Retrying a write that may have happened is only safe when the server can recognise the repeat.
    const retriable = operation.type !== "mutation" || headers.has("idempotency-key");

    const context: ErrorContext = { operationName: operation.name, requestId: headers.get("x-request-id") ?? undefined };
    const payload = { operationName: operation.name, variables };
    let hash: string | undefined;
    if (persisted) {
      const pending = hashes.get(query) ?? sha256Hex(query);
      hashes.set(query, pending);
      hash = await pending;
    }
    let sendQuery = !hash;
    // The operation's costs are remembered by name (or by text, for an anonymous one).
    const costKey = operation.name ?? query.slice(0, 500);
    // Time this call has spent waiting for the rate limit, and how many times it waited.
    let throttledMs = 0;
    let throttleWaits = 0;
    let justThrottled = false;
    const waitForRateLimit = async (waitMs: number, reason: "paced" | "throttled") => {
      throttle?.onThrottle?.({
        operationName: operation.name,
        waitMs,
        reason,
        throttleStatus: throttleState.estimate(),
        expectedCost: throttleState.expectedCost(costKey),
        attempt: ++throttleWaits,
      });
      throttledMs += waitMs;
      await sleep(waitMs, signal);
    };

    for (let retries = 0; ; ) {
      const extensions = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
      const body = JSON.stringify({ ...payload, query: sendQuery ? query : undefined, extensions });
      // Pacing: wait until the estimated allowance covers what the operation cost last time (but
      // not straight after waiting out a 429: the server said when to come back).
      const expected = throttleState.expectedCost(costKey) ?? 0;
      if (throttle && !justThrottled) {
        const paceMs = Math.min(throttleState.delayFor(expected), throttle.maxWaitMs - throttledMs);
        if (paceMs > 0) await waitForRateLimit(paceMs, "paced");
      }
      justThrottled = false;
      const send = async (): Promise<Reading> => {
        try {
          const response = await attempt(body, headers, context, signal, timeoutMs);
          return read(response, { ...context, requestId: response.response.headers.get("x-request-id") ?? context.requestId });
        } catch (error) {
          if (!(error instanceof JobgraphError)) throw error;
          return { error };
        }
      };
      // What the operation is expected to cost counts as taken while it is in flight, so that
      // concurrent calls of one client pace each other.
      throttleState.grant(expected);
      let outcome: Reading | undefined;
      try {
        outcome = await send();
      } finally {
        throttleState.settle(expected, costKey, outcome?.cost);
      }
      if ("data" in outcome) return outcome.data;
      const { error, errors } = outcome;
      if (throttle && error instanceof ThrottledError) {
        const waitMs = throttledWait(error);
        // Waiting cannot help (the operation costs more than the whole allowance), or would take
        // longer than this call may wait: the caller gets the error now.
        if (waitMs === "never" || (waitMs !== undefined && throttledMs + waitMs > throttle.maxWaitMs)) throw error;
        // A THROTTLED refusal did not run the operation, so even a mutation may be sent again.
        const refusedUnrun = errors?.some((item) => item.extensions?.code === "THROTTLED");
        if (waitMs !== undefined && (retriable || refusedUnrun)) {
          await waitForRateLimit(waitMs, "throttled");
          justThrottled = true;
          continue;
        }
        // A 429 that says nothing of when to come back is retried like a 503.
      }
      if (
        errors &&
        persisted &&
        !sendQuery &&
        hasCode(errors, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound", "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported")
      ) {
        if (hasCode(errors, "PERSISTED_QUERY_NOT_SUPPORTED", "PersistedQueryNotSupported")) {
          // Stop hashing for this client: the server will never know a hash.
          persisted = hash = undefined;
        }
        if (persisted?.fallback !== false) {
          // Not a retry: the protocol's second step, sending the document with its hash.
          sendQuery = true;
          continue;
        }
      }
      const transient =
        error instanceof NetworkError || error instanceof TimeoutError || (error instanceof HttpError && RETRY_STATUSES.has(error.status));
      if (!transient || !retriable || retries >= policy.retries) throw error;
      const retryAfterMs = error instanceof HttpError && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
      // A server that asks for a longer wait than we are willing to hide inside one call gets its
      // answer to the caller, who can read retryAfter and reschedule.
      if (retryAfterMs > policy.maxDelayMs) throw error;
      await sleep(Math.max(retryAfterMs, backoffDelay(retries, policy)), signal);
      retries++;
    }
  }

  return request as RequestFunction;
}

/**
 * How long to wait before sending a refused operation again: the server's `Retry-After`, or else
 * what its throttle status says the allowance needs to cover the cost; undefined when neither says
 * ("never" when the cost is more than the whole allowance, which no wait makes affordable).
 */
function throttledWait(error: ThrottledError): number | "never" | undefined {
  const status = error.throttleStatus;
  const cost = error.requestedQueryCost;
  if (status && cost !== undefined && cost > status.maximumAvailable) return "never";
  if (error.retryAfter !== undefined && error.retryAfter > 0) return error.retryAfter * 1000;
  if (!status || cost === undefined || status.restoreRate <= 0) return undefined;
  return Math.max(1000, Math.ceil(((cost - status.currentlyAvailable) / status.restoreRate) * 1000));
}
