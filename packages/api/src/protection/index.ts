// What stands between the internet and the resolvers, as Envelop/Yoga plugins: GraphQL Armor's
// depth, alias, token and directive limits; the cost limit and cost-based rate limits; an execution
// timeout; CSRF prevention; introspection switched off; persisted documents (APQ, or trusted
// documents only); and every error tagged with a stable code and the request id.
// docs/limits-and-protection.md documents each one.
import type { IncomingMessage } from "node:http";
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  type ValidationContext,
} from "graphql";
import { createLRUCache, type Plugin, type YogaServerOptions } from "graphql-yoga";
import type { ProtectionConfig } from "../config.js";
import type { Context } from "../context.js";
import { ErrorCode } from "../errors.js";
import type { Logger } from "../logger.js";
import { operationCost } from "./cost.js";
import { persistedDocumentsPlugin } from "./persisted.js";
import { type ClientKind, CostRateLimiter, type ThrottleStatus } from "./rate-limit.js";

/** Codes of the errors the protections answer with (`extensions.code`). */
export const LimitCode = {
  QUERY_TOO_DEEP: "QUERY_TOO_DEEP",
  TOO_MANY_ALIASES: "TOO_MANY_ALIASES",
  TOO_MANY_TOKENS: "TOO_MANY_TOKENS",
  TOO_MANY_DIRECTIVES: "TOO_MANY_DIRECTIVES",
  MAX_COST_EXCEEDED: "MAX_COST_EXCEEDED",
  THROTTLED: "THROTTLED",
  EXECUTION_TIMEOUT: "EXECUTION_TIMEOUT",
  INTROSPECTION_DISABLED: "INTROSPECTION_DISABLED",
  CSRF_HEADER_REQUIRED: "CSRF_HEADER_REQUIRED",
  TOO_MANY_SUBSCRIPTIONS: "TOO_MANY_SUBSCRIPTIONS",
} as const;

/** The header a browser cannot send without a CORS preflight; the SDK sends it on every request. */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/** The protections a Yoga instance is built with: the configuration, plus the defaults tests get. */
export type ProtectionOptions = ProtectionConfig & {
  redisUrl?: string;
  /** Prefix of the rate limiter's Redis keys (REDIS_PREFIX). */
  redisPrefix?: string;
};

export const DEFAULT_PROTECTION: ProtectionOptions = {
  introspection: true,
  corsOrigins: "*",
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 3000,
  maxDirectives: 50,
  maxCost: 2000,
  maxBodyBytes: 1_000_000,
  maxSubscriptionsPerClient: 20,
  executionTimeoutMs: 10_000,
  rateLimit: null,
  trustProxy: false,
  trustedDocuments: null,
  exposeErrorDetails: false,
};

/** `extensions.cost` on every executed (or refused) operation. */
export interface CostExtension {
  requestedQueryCost: number;
  /** Only on responses served from the response cache, which cost 1 point. */
  actualQueryCost?: number;
  /** Present when rate limiting is on: the caller's allowance after this operation. */
  throttleStatus?: ThrottleStatus;
}

/** A validation-rule armor plugin's rejection, as an error with a code, reported to the validator. */
function reportAs(code: string) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const message = error.message.replace(/^Syntax Error: /, "");
      const coded = new GraphQLError(message, { extensions: { code } });
      if (context) context.reportError(coded);
      else throw coded;
    },
  ];
}

/** The client's address: the socket's, or with `trustProxy` the last X-Forwarded-For entry (added by the proxy). */
export function clientAddress(request: Request, req: IncomingMessage | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for");
    const last = forwarded?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return req?.socket?.remoteAddress ?? "unknown";
}

/** HTTP 429 with THROTTLED and Retry-After. */
function throttled(cost: number, status: ThrottleStatus, retryAfter: number): GraphQLError {
  return new GraphQLError(
    retryAfter > 0
      ? `Rate limited: the operation costs ${cost} and ${status.currentlyAvailable} of your ${status.maximumAvailable} points are left; retry after ${retryAfter} s.`
      : `Rate limited: the operation costs ${cost}, more than your whole allowance of ${status.maximumAvailable}.`,
    {
      extensions: {
        code: LimitCode.THROTTLED,
        ...(retryAfter > 0 ? { retryAfter } : {}),
        http: { status: 429, headers: retryAfter > 0 ? { "retry-after": String(retryAfter) } : {} },
      },
    },
  );
}

/** Documents longer than this are parsed afresh each time rather than cached. */
export const MAX_CACHED_DOCUMENT_LENGTH = 16 * 1024;

function sizeLimitedCache<T extends object>() {
  const cache = createLRUCache<T>({ max: 1000 });
  return {
    get: (key: string) => cache.get(key),
    set: (key: string, value: T) => {
      if (key.length <= MAX_CACHED_DOCUMENT_LENGTH) cache.set(key, value);
    },
  };
}

/** How @graphql-yoga/plugin-response-cache marks a result it served. */
const SERVED_FROM_CACHE = Symbol.for("servedFromResponseCache");

function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(`The operation did not finish within the execution time limit of ${ms} ms.`, {
    extensions: { code: LimitCode.EXECUTION_TIMEOUT },
  });
}

export interface Protection {
  plugins: Plugin[];
  yogaOptions: Pick<YogaServerOptions<object, object>, "cors" | "maxRequestBodySize" | "parserAndValidationCache">;
  /** Resolves when the rate limiter's Redis is connected (false if it did not connect in time). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** Builds the protections; `requestId` gives the request id yoga.ts assigned to a request. */
export function createProtection(options: ProtectionOptions, logger: Logger, requestId: (request: Request) => string): Protection {
  const limiter = options.rateLimit
    ? new CostRateLimiter(options.rateLimit, { redisUrl: options.redisUrl, logger, keyPrefix: `${options.redisPrefix ?? "jobgraph:"}cost` })
    : undefined;

  /**
   * Prices an operation and takes its cost from the client's allowance. Returns its
   * `extensions.cost`, or the error that refuses it (nothing runs then), or nothing when the
   * variables do not fit (execution reports that, at no cost).
   */
  async function admit(
    args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: Record<string, unknown> | null; operationName?: string | null },
    context: Context & { request: Request; req?: IncomingMessage },
  ): Promise<{ extension: CostExtension; refusal?: GraphQLError } | undefined> {
    const cost = operationCost(args.schema, args.document, args.variableValues ?? undefined, args.operationName ?? undefined);
    if (cost === undefined) return undefined;
    const extension: CostExtension = { requestedQueryCost: cost === "too large" ? options.maxCost + 1 : cost };
    if (cost === "too large" || cost > options.maxCost) {
      const refusal = new GraphQLError(
        cost === "too large"
          ? `The operation selects too many fields to be costed; the most an operation may cost is ${options.maxCost}.`
          : `The operation costs ${cost}, more than the limit of ${options.maxCost}. Ask for fewer items (first/last) or fewer fields.`,
        { extensions: { code: LimitCode.MAX_COST_EXCEEDED, cost: extension.requestedQueryCost, maxCost: options.maxCost } },
      );
      return { extension, refusal };
    }
    if (limiter) {
      const taken = await limiter.take(clientKind(context), clientKey(context), cost);
      extension.throttleStatus = taken.status;
      if (!taken.allowed) return { extension, refusal: throttled(cost, taken.status, taken.retryAfterSeconds) };
    }
    return { extension };
  }
  const clientKind = (context: Context): ClientKind => (context.viewer.kind === "ANONYMOUS" ? "anonymous" : "apiKey");
  const clientKey = (context: Context & { request: Request; req?: IncomingMessage }) =>
    context.viewer.kind === "ANONYMOUS" ? clientAddress(context.request, context.req, options.trustProxy) : context.viewer.keyId;

  /** Open subscriptions by client, on this process. */
  const openSubscriptions = new Map<string, number>();

  const costAndRateLimit: Plugin = {
    async onExecute({ args, setResultAndStopExecution }) {
      const admitted = await admit(args, args.contextValue as unknown as Context & { request: Request; req?: IncomingMessage });
      if (!admitted) return;
      const { extension, refusal } = admitted;
      if (refusal) {
        setResultAndStopExecution({ errors: [refusal], extensions: { cost: extension } });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost: extension } });
        },
      };
    },
    // A subscription is priced like a query when it starts (what each event delivers), and a client
    // may hold only so many open at once: each is an HTTP response kept open on this process.
    async onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as Context & { request: Request; req?: IncomingMessage };
      const admitted = await admit(args, context);
      if (admitted?.refusal) {
        setResultAndStopExecution({ errors: [admitted.refusal], extensions: { cost: admitted.extension } });
        return;
      }
      const client = `${clientKind(context)}:${clientKey(context)}`;
      const open = openSubscriptions.get(client) ?? 0;
      if (open >= options.maxSubscriptionsPerClient) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Too many open subscriptions: a client may hold ${options.maxSubscriptionsPerClient} at once; close one first.`, {
              extensions: { code: LimitCode.TOO_MANY_SUBSCRIPTIONS, maxSubscriptions: options.maxSubscriptionsPerClient, http: { status: 429 } },
            }),
          ],
        });
        return;
      }
      return {
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in result)) return; // Refused by the resolver (e.g. a bad filter): nothing open.
          openSubscriptions.set(client, (openSubscriptions.get(client) ?? 0) + 1);
          let closed = false;
          return {
            onEnd() {
              if (closed) return;
              closed = true;
              const left = (openSubscriptions.get(client) ?? 1) - 1;
              if (left > 0) openSubscriptions.set(client, left);
              else openSubscriptions.delete(client);
            },
          };
        },
      };
    },
  };

  const executionTimeout: Plugin = {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const controller = new AbortController();
        const incoming = (args as { signal?: AbortSignal }).signal;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            resolve({ errors: [timeoutError(options.executionTimeoutMs)] });
            // Resolvers that honour the signal stop; the rest finish in the background, unanswered.
            controller.abort(timeoutError(options.executionTimeoutMs));
          }, options.executionTimeoutMs);
        });
        const deadline = performance.now() + options.executionTimeoutMs;
        try {
          const signal = incoming ? AbortSignal.any([incoming, controller.signal]) : controller.signal;
          const result = await Promise.race([executeFn({ ...args, signal } as typeof args), timedOut]);
          // Work that never yields to the event loop (the embedded database runs in this thread)
          // keeps the timer from firing: past the deadline, the answer is the same timeout.
          if (performance.now() > deadline && !(Symbol.asyncIterator in result)) return { errors: [timeoutError(options.executionTimeoutMs)] };
          return result;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };

  // graphql-js' own rule, its errors given a code.
  const noIntrospection: Plugin = {
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) =>
        NoSchemaIntrospectionCustomRule(
          new Proxy(context, {
            get: (target, property, receiver) =>
              property === "reportError"
                ? (error: GraphQLError) =>
                    target.reportError(
                      new GraphQLError(`${error.message} The schema is published as schema.graphql.`, {
                        nodes: error.nodes,
                        extensions: { code: LimitCode.INTROSPECTION_DISABLED },
                      }),
                    )
                : Reflect.get(target, property, receiver),
          }),
        ),
      );
    },
  };

  // Yoga attaches the original error (e.g. the JSON parser's message) to some request errors.
  const withoutDetails = (extensions: Record<string, unknown> | undefined) => {
    if (options.exposeErrorDetails || !extensions || !("originalError" in extensions)) return extensions;
    const { originalError: _hidden, ...rest } = extensions;
    return rest;
  };

  /**
   * A body that is not JSON, or JSON that is not a GraphQL request, gets HTTP 400 whatever the client
   * accepts (GraphQL over HTTP: "the server SHOULD respond with 400"). Yoga marks these errors
   * `http.spec` (code BAD_REQUEST), which keeps legacy `application/json` clients on 200; errors in
   * the document itself (GRAPHQL_PARSE_FAILED, validation) keep that 200, as the spec says.
   */
  const requestErrorStatus = (extensions: Record<string, unknown> | undefined) => {
    const http = extensions?.http as { spec?: boolean; status?: number } | undefined;
    if (!http?.spec || extensions?.code !== "BAD_REQUEST") return {};
    const { spec: _legacy, ...rest } = http;
    return { http: rest };
  };

  /** Every error names its request and has a code, whichever stage it came from; no original errors outside development. */
  const tagErrors: Plugin = {
    async onResultProcess({ request, result: processed, setResult, serverContext }) {
      const id = requestId(request);
      let result = processed;
      // A response the response cache served (anonymous reads) skipped execution, so the cost
      // plugin did not see it: it costs 1 point (actualQueryCost), and its stored extensions.cost
      // gets the caller's own throttle status.
      if (limiter && !Array.isArray(result) && !(Symbol.asyncIterator in result) && SERVED_FROM_CACHE in result) {
        const cached = result as ExecutionResult;
        const stored = (cached.extensions?.cost ?? {}) as Partial<CostExtension>;
        const taken = await limiter.take(
          "anonymous",
          clientAddress(request, (serverContext as { req?: IncomingMessage }).req, options.trustProxy),
          1,
        );
        const cost: CostExtension = { requestedQueryCost: stored.requestedQueryCost ?? 1, actualQueryCost: 1, throttleStatus: taken.status };
        result = taken.allowed
          ? { ...cached, extensions: { ...cached.extensions, cost } }
          : { errors: [throttled(1, taken.status, taken.retryAfterSeconds)], extensions: { cost } };
      }
      const tag = (single: ExecutionResult): ExecutionResult => {
        if (!single.errors?.length) return single;
        return {
          ...single,
          errors: single.errors.map((error) => {
            const code =
              error.extensions?.code ??
              (error.message === "Required CSRF header(s) not present"
                ? LimitCode.CSRF_HEADER_REQUIRED
                : error.message.startsWith('Variable "$')
                  ? ErrorCode.BAD_USER_INPUT
                  : // What is left is a request GraphQL cannot run (no query, a malformed body...).
                    "BAD_REQUEST");
            return new GraphQLError(
              error.message === "Required CSRF header(s) not present"
                ? `A request without a JSON content type must send the ${CSRF_HEADER} header (CSRF prevention).`
                : error.message,
              {
                nodes: error.nodes,
                source: error.source,
                positions: error.positions,
                path: error.path,
                extensions: { ...withoutDetails(error.extensions), ...requestErrorStatus(error.extensions), code, requestId: id },
              },
            );
          }),
        };
      };
      if (Array.isArray(result)) setResult(result.map(tag));
      else if (!(Symbol.asyncIterator in result)) setResult(tag(result as ExecutionResult));
      else if (result !== processed) setResult(result);
    },
  };

  // Yoga's CSRF prevention, except for EventSource (a GET asking for text/event-stream), which
  // cannot send headers: subscriptions from browsers use it. Nothing is lost: mutations are never
  // run over GET, and the API has no ambient credentials (keys are bearer tokens, not cookies).
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  const csrfPrevention: Plugin = {
    onRequestParse(payload) {
      const { request } = payload;
      if (request.method === "GET" && request.headers.get("accept")?.includes("text/event-stream")) return;
      return csrf.onRequestParse?.(payload);
    },
  };

  const plugins: Plugin[] = [
    persistedDocumentsPlugin(options.trustedDocuments),
    csrfPrevention,
    maxTokensPlugin({ n: options.maxTokens, onReject: reportAs(LimitCode.TOO_MANY_TOKENS), propagateOnRejection: false }),
    maxDepthPlugin({ n: options.maxDepth, flattenFragments: true, onReject: reportAs(LimitCode.QUERY_TOO_DEEP), propagateOnRejection: false }),
    maxAliasesPlugin({ n: options.maxAliases, onReject: reportAs(LimitCode.TOO_MANY_ALIASES), propagateOnRejection: false }),
    maxDirectivesPlugin({ n: options.maxDirectives, onReject: reportAs(LimitCode.TOO_MANY_DIRECTIVES), propagateOnRejection: false }),
    ...(options.introspection ? [] : [noIntrospection, blockFieldSuggestionsPlugin() as Plugin]),
    costAndRateLimit,
    executionTimeout,
    tagErrors,
  ];

  return {
    plugins,
    yogaOptions: {
      maxRequestBodySize: options.maxBodyBytes,
      // Yoga remembers parsed documents and parse errors by their text (1,000 of each): only
      // documents of ordinary size, or a client could make it hold a thousand megabyte-sized ones.
      parserAndValidationCache: { documentCache: sizeLimitedCache(), errorCache: sizeLimitedCache() },
      cors:
        options.corsOrigins === false
          ? false
          : {
              origin: options.corsOrigins,
              credentials: false,
              exposedHeaders: ["x-request-id", "retry-after"],
            },
    },
    ready: async () => (limiter ? limiter.ready() : true),
    close: async () => limiter?.close(),
  };
}
