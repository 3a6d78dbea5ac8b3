// The cost limit and the cost-based rate limit on queries and mutations: each operation is priced
// before it runs (cost.ts), refused with MAX_COST_EXCEEDED above `maxCost` or THROTTLED when the
// caller's allowance is spent, and answered with its `extensions.cost`.
import { type DocumentNode, GraphQLError, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ProtectionConfig } from "../config.js";
import { clientKey, clientKind, type RequestContext } from "./client.js";
import { LimitCode } from "./codes.js";
import { operationCost } from "./cost.js";
import { type CostRateLimiter, type ThrottleStatus, throttledError } from "./rate-limit.js";

/** `extensions.cost` on every executed (or refused) operation. */
export interface CostExtension {
  requestedQueryCost: number;
  /** Only on responses served from the response cache, which cost 1 point. */
  actualQueryCost?: number;
  /** Present when rate limiting is on: the caller's allowance after this operation. */
  throttleStatus?: ThrottleStatus;
}

type OperationArgs = {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
};

/**
 * Prices an operation and takes its cost from the client's allowance. Returns its
 * `extensions.cost`, or the error that refuses it (nothing runs then), or nothing when the
 * variables do not fit (execution reports that, at no cost).
 */
export type Admit = (args: OperationArgs, context: RequestContext) => Promise<{ extension: CostExtension; refusal?: GraphQLError } | undefined>;

/** The admission both this plugin and the subscription limit use; `limiter` is absent when rate limiting is off. */
export function createAdmission(options: Pick<ProtectionConfig, "maxCost" | "trustProxy">, limiter: CostRateLimiter | undefined): Admit {
  return async (args, context) => {
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
      const taken = await limiter.take(clientKind(context), clientKey(context, options.trustProxy), cost);
      extension.throttleStatus = taken.status;
      if (!taken.allowed) return { extension, refusal: throttledError(cost, taken.status, taken.retryAfterSeconds) };
    }
    return { extension };
  };
}

export function costLimitPlugin(admit: Admit): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const admitted = await admit(args, args.contextValue as unknown as RequestContext);
      if (!admitted) return;
      const { extension, refusal } = admitted;
      if (refusal) {
        setResultAndStopExecution({ errors: [refusal], extensions: { cost: extension } });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          // Copied by property, not spread: a compiled read's `data` is parsed only when read (db/compiled-read.ts).
          const withCost = Object.defineProperties({}, Object.getOwnPropertyDescriptors(result)) as typeof result;
          withCost.extensions = { ...result.extensions, cost: extension };
          setResult(withCost);
        },
      };
    },
  };
}
