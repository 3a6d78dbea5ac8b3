// A document that fails parsing or validation never runs, so cost-limit.ts never prices it, yet
// parsing and validating it was work (400 copies of a field: over a second of validation). It is
// charged by its size instead: ceil(length / 1,000) points, at least 1, taken from the client
// address's anonymous allowance whatever is left (a document that does not run has its API key
// looked up by nobody). An anonymous client whose allowance such charges have spent is refused
// with THROTTLED before its next document is even parsed, until its window renews. Only with rate
// limiting on.
import type { IncomingMessage } from "node:http";
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { clientAddress } from "./client.js";
import type { CostExtension } from "./cost-limit.js";
import { type CostRateLimiter, type ThrottleStatus, throttledError } from "./rate-limit.js";

/** Characters of document text a point pays for. */
export const INVALID_DOCUMENT_CHARS_PER_POINT = 1000;
/** Addresses remembered as spent, at most (the oldest is forgotten first). */
const MAX_SPENT = 10_000;

type Context = { request?: Request; params?: { query?: string } };

export function invalidDocumentCostPlugin(limiter: CostRateLimiter, trustProxy: boolean): Plugin {
  /** Requests whose document failed, with the points they cost. */
  const failed = new WeakMap<Request, number>();
  /** Anonymous addresses whose allowance failed documents spent: until when (ms), and their status. */
  const spent = new Map<string, { until: number; status: ThrottleStatus }>();
  const fail = (context: Context) => {
    if (!context.request || failed.has(context.request)) return;
    const length = context.params?.query?.length ?? 0;
    failed.set(context.request, Math.max(1, Math.ceil(length / INVALID_DOCUMENT_CHARS_PER_POINT)));
  };
  const address = (request: Request, serverContext: unknown) => clientAddress(request, (serverContext as { req?: IncomingMessage }).req, trustProxy);

  return {
    onParams({ request, context, setResult }) {
      if (request.headers.has("authorization")) return;
      const client = address(request, context);
      const entry = spent.get(client);
      if (!entry) return;
      const now = Date.now();
      if (entry.until <= now) {
        spent.delete(client);
        return;
      }
      setResult({ errors: [throttledError(1, entry.status, Math.max(1, Math.ceil((entry.until - now) / 1000)))] });
    },
    onParse() {
      return ({ result, context }) => {
        if (result instanceof Error) fail(context as Context);
      };
    },
    onValidate() {
      return ({ valid, context }) => {
        if (!valid) fail(context as Context);
      };
    },
    async onResultProcess({ request, result, setResult, serverContext }) {
      const points = failed.get(request);
      if (points === undefined || Array.isArray(result) || Symbol.asyncIterator in result) return;
      failed.delete(request);
      const client = address(request, serverContext);
      const { status, msBeforeNext } = await limiter.charge("anonymous", client, points);
      if (status.currentlyAvailable <= 0) {
        if (spent.size >= MAX_SPENT) spent.delete(spent.keys().next().value as string);
        spent.set(client, { until: Date.now() + msBeforeNext, status });
      }
      const cost: CostExtension = { requestedQueryCost: points, throttleStatus: status };
      const single = result as ExecutionResult;
      setResult({ ...single, extensions: { ...single.extensions, cost } });
    },
  };
}
