// A response the response cache served (anonymous reads) skipped execution, so cost-limit.ts did
// not see it: it costs 1 point (actualQueryCost), and its stored extensions.cost gets the caller's
// own throttle status. Only with rate limiting on.
import type { IncomingMessage } from "node:http";
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { clientAddress } from "./client.js";
import type { CostExtension } from "./cost-limit.js";
import { type CostRateLimiter, throttledError } from "./rate-limit.js";

/** How @graphql-yoga/plugin-response-cache marks a result it served. */
const SERVED_FROM_CACHE = Symbol.for("servedFromResponseCache");

export function cachedResponseCostPlugin(limiter: CostRateLimiter, trustProxy: boolean): Plugin {
  return {
    async onResultProcess({ request, result, setResult, serverContext }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result || !(SERVED_FROM_CACHE in result)) return;
      const cached = result as ExecutionResult;
      const stored = (cached.extensions?.cost ?? {}) as Partial<CostExtension>;
      const taken = await limiter.take("anonymous", clientAddress(request, (serverContext as { req?: IncomingMessage }).req, trustProxy), 1);
      const cost: CostExtension = { requestedQueryCost: stored.requestedQueryCost ?? 1, actualQueryCost: 1, throttleStatus: taken.status };
      setResult(
        taken.allowed
          ? { ...cached, extensions: { ...cached.extensions, cost } }
          : { errors: [throttledError(1, taken.status, taken.retryAfterSeconds)], extensions: { cost } },
      );
    },
  };
}
