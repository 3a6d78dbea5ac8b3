import { randomUUID } from "node:crypto";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { createLRUCache, createYoga, maskError as defaultMaskError, type GraphiQLOptions, type Plugin, type YogaServerInstance } from "graphql-yoga";
import type { Registry } from "prom-client";
import { compiledReadsPlugin } from "../db/compiled-read.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { type Context, createContext } from "../graphql/context.js";
import { createCursorCodec, processCursorCodec } from "../graphql/cursor.js";
import { ErrorCode, serviceUnavailable, unauthenticated } from "../graphql/errors.js";
import { schema } from "../graphql/schema.js";
import { type FeedOptions, postingsFeed } from "../interchange/feed.js";
import { createLiveEvents, type LiveEvents } from "../live/events.js";
import type { Logger } from "../observability/logger.js";
import { createMetrics, type MetricsOptions } from "../observability/metrics.js";
import { createProtection, DEFAULT_PROTECTION, type ProtectionOptions } from "../protection/index.js";
import { AuthenticationError, authenticate } from "../viewer/keys.js";
import type { OutboundPolicy } from "../webhooks/send.js";
import { responseCachePlugin } from "./response-cache.js";

export interface YogaOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** GraphiQL in the browser at the endpoint (default: on). */
  graphiql?: boolean;
  /** Serve anonymous reads from a response cache for this many ms (default 0: off). */
  responseCacheTtlMs?: number;
  /** Live events for subscriptions (default: in this process only). */
  events?: LiveEvents;
  /** Prometheus metrics at /metrics, with the database pools to report (default: on); false turns them off. */
  metrics?: Omit<MetricsOptions, "events"> | false;
  /** OpenTelemetry: the plugin making a span per operation (observability/tracing.ts `tracingPlugin`; default: no tracing). */
  tracing?: Plugin;
  /** The NDJSON feed's page size and concurrency cap (defaults: EXPORT_PAGE_SIZE, MAX_FEEDS_PER_CLIENT). */
  feed?: Pick<FeedOptions, "pageSize" | "maxFeedsPerClient">;
  /** Limits and protection (default: DEFAULT_PROTECTION, with rate limiting off). */
  protection?: Partial<ProtectionOptions>;
  /** Secret that signs connection cursors (CURSOR_SECRET; default: a random one for this process). */
  cursorSecret?: string;
  /** Answer the queries it can compile with one statement building their JSON (default: on; tests compare both ways). */
  compiledReads?: boolean;
  /** Where webhook endpoints may point (WEBHOOK_ALLOW_PRIVATE_ADDRESSES; default: public addresses only). */
  webhookPolicy?: OutboundPolicy;
}

export const EXAMPLE_QUERY = `# Jobgraph: employers, job postings and benefits.
# Open the docs (top left) to browse every type and field.
query OpenPostings {
  postings(first: 5, filter: { workplaceTypes: [HYBRID] }) {
    totalCount
    nodes {
      title
      employer { name }
      salary { text annualMin annualMax currency }
      locations { name postcode }
      closesAt
    }
  }
}

query TheAdvert {
  posting(employerSlug: "lloyds-banking-group", reference: "153907_1773321498") {
    title
    salary { min max currency period }
    hours { type perWeek }
    contractType
    workplace { type remoteDaysPerWeekMax officeDaysPerWeekMin officeTimeShareMin }
    benefits { benefit { key name } detail value unit }
    employer { name brands accreditations { scheme level } }
  }
}
`;

// GraphiQL's self-contained page is ~30 MB of JavaScript source a process would otherwise hold from
// start-up: it is imported when a browser first asks for it, and the page rendered once.
let graphiqlPage: Promise<string> | undefined;
function renderSelfContainedGraphiQL(options?: GraphiQLOptions): Promise<string> {
  graphiqlPage ??= import("@graphql-yoga/render-graphiql").then(({ renderGraphiQL }) => renderGraphiQL(options));
  return graphiqlPage;
}

/** The GraphQL server as a value: tests call `yoga.fetch`, server.ts listens. */
export type JobgraphYoga = YogaServerInstance<Record<string, any>, Context> & {
  /** Resolves when the protections are ready (the rate limiter's Redis connected; false if not in time). */
  protectionReady(): Promise<boolean>;
  /** Releases what the protections hold (the rate limiter's Redis connection). */
  closeProtection(): Promise<void>;
  /** The Prometheus registry, to serve on another port (METRICS_PORT); absent with metrics off. */
  metricsRegistry?: Registry;
};

export function createJobgraphYoga({
  prisma,
  logger,
  graphiql = true,
  responseCacheTtlMs = 0,
  events = createLiveEvents(),
  metrics = {},
  tracing,
  protection: overrides,
  cursorSecret,
  feed,
  compiledReads = true,
  webhookPolicy,
}: YogaOptions): JobgraphYoga {
  const cursors = cursorSecret ? createCursorCodec(cursorSecret) : processCursorCodec;
  const prometheus = metrics ? createMetrics({ ...metrics, events }) : undefined;
  const observability: Plugin[] = [...(prometheus ? [prometheus.plugin] : []), ...(tracing ? [tracing] : [])];
  const protectionOptions = { ...DEFAULT_PROTECTION, ...overrides };
  const protection = createProtection(protectionOptions, logger, (request) => requestInfo(request).id);
  const yoga = createYoga<Record<string, any>, Context>({
    ...protection.yogaOptions,
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: graphiql ? { title: "Jobgraph", defaultQuery: EXAMPLE_QUERY } : false,
    // GraphiQL with its assets inlined: Yoga's default page loads them from a CDN, which fails
    // offline and behind firewalls.
    renderGraphiQL: renderSelfContainedGraphiQL,
    context: async ({ request }) => {
      const now = new Date();
      const viewer = await authenticate(prisma, request.headers.get("authorization"), now).catch((error: unknown) => {
        throw error instanceof AuthenticationError ? unauthenticated(error.message) : error;
      });
      return createContext({
        prisma,
        requestId: requestInfo(request).id,
        viewer,
        now,
        idempotencyKey: request.headers.get("idempotency-key"),
        events,
        cursors,
        webhookPolicy,
      });
    },
    maskedErrors: {
      maskError: (error, message, isDev) => maskError(error, message, isDev, logger),
      // Original errors' details (message, stack) in responses: development only.
      isDev: overrides?.exposeErrorDetails ?? DEFAULT_PROTECTION.exposeErrorDetails,
    },
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
    // The response cache goes last: it replaces execution, which other plugins may wrap.
    plugins: [
      // Executes each document through code compiled for it once (graphql-jit), rather than
      // interpreting the document on every request; first, so every other plugin wraps it.
      useGraphQlJit({}, { cache: createLRUCache({ max: 1000 }) }),
      // Reads it can compile whole are answered by one statement building the response's JSON
      // (db/compiled-read.ts), stepping aside to the executor above for everything else.
      compiledReads ? compiledReadsPlugin() : undefined,
      requestLogging(logger),
      ...observability,
      ...protection.plugins,
      postingsFeed(prisma, logger, { limiter: protection.limiter, trustProxy: protectionOptions.trustProxy, ...feed }),
      responseCachePlugin({ ttlMs: responseCacheTtlMs }),
    ].filter((plugin) => plugin !== undefined),
  });
  return Object.assign(yoga, { protectionReady: protection.ready, closeProtection: protection.close, metricsRegistry: prometheus?.registry });
}

/** Per-request facts shared by the context, the log line and the response headers. */
interface RequestInfo {
  id: string;
  started: number;
  operationName?: string;
}
const requests = new WeakMap<Request, RequestInfo>();

function requestInfo(request: Request): RequestInfo {
  let info = requests.get(request);
  if (!info) {
    const incoming = request.headers.get("x-request-id");
    info = {
      id: incoming && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID(),
      started: performance.now(),
    };
    requests.set(request, info);
  }
  return info;
}

/**
 * Keeps the errors clients can act on (our GraphQLErrors with a code, and Pothos' argument
 * validation, which becomes BAD_USER_INPUT) and masks everything else: no stack traces, no SQL.
 */
function maskError(error: unknown, message: string, isDev: boolean | undefined, logger: Logger): Error {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  // GraphQL's own errors (syntax, validation) carry no original error and are safe to show.
  if (error instanceof GraphQLError && !original) return error;
  if (original instanceof PothosValidationError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  if (original instanceof GraphQLError && original.extensions.code) return error as GraphQLError;
  // A variable that a scalar refused (e.g. an unknown currency): graphql-js names the variable and
  // the path in the message; the scalar's own error is only the reason.
  if (error instanceof GraphQLError && !error.path && error.message.startsWith('Variable "$')) {
    return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } });
  }
  // The database is down or restarting: 503 with a code to retry on, not a masked 500.
  if (isDatabaseUnavailable(original ?? error)) {
    logger.warn({ err: original ?? error }, "database unavailable");
    const unavailable = serviceUnavailable();
    return error instanceof GraphQLError
      ? new GraphQLError(unavailable.message, { nodes: error.nodes, path: error.path, extensions: unavailable.extensions })
      : unavailable;
  }
  logger.error(
    {
      err: original ?? error,
      path: error instanceof GraphQLError ? error.path : undefined,
    },
    "unexpected error",
  );
  const masked = defaultMaskError(error, message, isDev);
  if (masked instanceof GraphQLError) {
    return new GraphQLError(masked.message, {
      nodes: masked.nodes,
      path: masked.path,
      extensions: {
        ...masked.extensions,
        code: ErrorCode.INTERNAL_SERVER_ERROR,
      },
    });
  }
  return masked;
}

/** One log line per request (operation, status, duration, request id); the id goes back in `x-request-id`. */
function requestLogging(logger: Logger): Plugin {
  return {
    onRequest: ({ request }) => {
      requestInfo(request);
    },
    onParams: ({ request, params }) => {
      requestInfo(request).operationName = params.operationName ?? undefined;
    },
    onResponse: ({ request, response }) => {
      const info = requestInfo(request);
      response.headers.set("x-request-id", info.id);
      logger.info(
        {
          requestId: info.id,
          method: request.method,
          path: new URL(request.url).pathname,
          operation: info.operationName,
          status: response.status,
          ms: Math.round((performance.now() - info.started) * 10) / 10,
        },
        "request",
      );
    },
  };
}
