// What stands between the internet and the resolvers: the protection plugins, one a file, composed
// here in order, and the options Yoga itself enforces (body size, CORS, the document cache).
// docs/limits-and-protection.md documents each one.
import { createLRUCache, type Plugin, type YogaServerOptions } from "graphql-yoga";
import type { ProtectionConfig } from "../config.js";
import { DEFAULT_REDIS_PREFIX } from "../config.js";
import type { Logger } from "../observability/logger.js";
import { armorPlugins } from "./armor.js";
import { bodySizePlugin } from "./body-size.js";
import { cachedResponseCostPlugin } from "./cached-cost.js";
import { concurrencyLimitPlugin } from "./concurrency.js";
import { costLimitPlugin, createAdmission } from "./cost-limit.js";
import { csrfPreventionPlugin } from "./csrf.js";
import { errorCodesPlugin } from "./error-codes.js";
import { executionTimeoutPlugin } from "./execution-timeout.js";
import { inputSizePlugin } from "./input-size.js";
import { introspectionPlugins } from "./introspection.js";
import { invalidDocumentCostPlugin } from "./invalid-document.js";
import { persistedDocumentsPlugin } from "./persisted.js";
import { CostRateLimiter } from "./rate-limit.js";
import { subscriptionLimitPlugin } from "./subscriptions.js";

export { LimitCode } from "./codes.js";

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
  maxConcurrentRequestsPerClient: 5,
  executionTimeoutMs: 10_000,
  rateLimit: null,
  trustProxy: false,
  trustedDocuments: null,
  exposeErrorDetails: false,
};

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

export interface Protection {
  plugins: Plugin[];
  yogaOptions: Pick<YogaServerOptions<object, object>, "cors" | "maxRequestBodySize" | "parserAndValidationCache">;
  /** The rate limiter (absent when rate limiting is off): the NDJSON feed takes from it too. */
  limiter?: CostRateLimiter;
  /** Resolves when the rate limiter's Redis is connected (false if it did not connect in time). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** Builds the protections; `requestId` gives the request id yoga.ts assigned to a request. */
export function createProtection(options: ProtectionOptions, logger: Logger, requestId: (request: Request) => string): Protection {
  // The one piece of shared state: each client's allowance, taken from by operations, subscriptions
  // and cached responses alike.
  const limiter = options.rateLimit
    ? new CostRateLimiter(options.rateLimit, { redisUrl: options.redisUrl, logger, keyPrefix: `${options.redisPrefix ?? DEFAULT_REDIS_PREFIX}cost` })
    : undefined;
  const admit = createAdmission(options, limiter);

  // Yoga and Envelop call each hook plugin by plugin, in this order, so where these share a hook
  // the order shows:
  // - execution: the cost limit refuses an operation before the execution timeout wraps it (a
  //   refused operation never starts a timer);
  // - the concurrency cap wraps execution inside the execution timeout, so an operation counts
  //   against its client until its work has ended, even once the timeout has answered it;
  // - the response: a cached response is charged before errors are tagged, so its THROTTLED gets a
  //   request id like any other; tagging is last, after every stage that can add an error.
  const plugins: Plugin[] = [
    bodySizePlugin(options.maxBodyBytes),
    persistedDocumentsPlugin(options.trustedDocuments),
    csrfPreventionPlugin(),
    ...armorPlugins(options),
    ...introspectionPlugins(options.introspection),
    // Input over its size limit is refused before it is priced (or anything else runs).
    inputSizePlugin(),
    costLimitPlugin(admit),
    subscriptionLimitPlugin(options, admit),
    concurrencyLimitPlugin(options),
    executionTimeoutPlugin(options.executionTimeoutMs),
    ...(limiter ? [cachedResponseCostPlugin(limiter, options.trustProxy), invalidDocumentCostPlugin(limiter, options.trustProxy)] : []),
    errorCodesPlugin(options, requestId),
  ];

  return {
    plugins,
    yogaOptions: {
      // Enforced by bodySizePlugin, which counts only bodies that do not declare their length.
      maxRequestBodySize: false,
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
    limiter,
    ready: async () => (limiter ? limiter.ready() : true),
    close: async () => limiter?.close(),
  };
}
