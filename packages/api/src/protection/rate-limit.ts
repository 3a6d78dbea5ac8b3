// Rate limits by cost over time, per API key and per anonymous client address, with
// rate-limiter-flexible: in this process by default, shared by every API process through Redis
// (ioredis) when REDIS_URL is set. Each client has `bucket` points per window of
// `bucket / restoreRate` seconds (so `restoreRate` points a second on average); an operation takes
// its cost (at least 1) from the window, and one that costs more than what is left is refused with
// HTTP 429 and `Retry-After` (and its points are given back).
import { GraphQLError } from "graphql";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { ProtectionConfig } from "../config.js";
import type { Logger } from "../observability/logger.js";
import { redisClass } from "../optional-modules.js";
import { LimitCode } from "./codes.js";

export type Limits = NonNullable<ProtectionConfig["rateLimit"]>;
export type ClientKind = keyof Limits;

/** What `extensions.cost.throttleStatus` reports, as Shopify's API does. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export type TakeResult = { allowed: true; status: ThrottleStatus } | { allowed: false; status: ThrottleStatus; retryAfterSeconds: number };

/** The refusal: HTTP 429 with THROTTLED and Retry-After. */
export function throttledError(cost: number, status: ThrottleStatus, retryAfter: number): GraphQLError {
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

type Limiter = RateLimiterMemory | RateLimiterRedis;

export class CostRateLimiter {
  private readonly limiters: Record<ClientKind, Limiter>;
  private readonly redis?: Redis;

  constructor(
    private readonly limits: Limits,
    options: { redisUrl?: string; logger: Logger; keyPrefix: string },
  ) {
    const prefix = options.keyPrefix;
    if (options.redisUrl) {
      // No offline queue: when Redis is unreachable, calls fail at once and the in-process limiter
      // (the insurance) takes over rather than requests waiting for Redis.
      this.redis = new (redisClass())(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      this.redis.on("error", (error) => options.logger.warn({ err: error }, "rate-limit redis error"));
    }
    const make = (kind: ClientKind): Limiter => {
      const { bucket, restoreRate } = limits[kind];
      const base = { keyPrefix: `${prefix}:${kind}`, points: bucket, duration: Math.max(1, Math.ceil(bucket / restoreRate)) };
      if (!this.redis) return new RateLimiterMemory(base);
      return new RateLimiterRedis({ ...base, storeClient: this.redis, insuranceLimiter: new RateLimiterMemory(base) });
    };
    this.limiters = { anonymous: make("anonymous"), apiKey: make("apiKey") };
  }

  /** Takes `cost` points (at least 1) from the client's allowance, or says how long to wait. */
  async take(kind: ClientKind, client: string, cost: number): Promise<TakeResult> {
    const limiter = this.limiters[kind];
    const { bucket, restoreRate } = this.limits[kind];
    const points = Math.max(1, cost);
    const status = (res: RateLimiterRes): ThrottleStatus => ({
      maximumAvailable: bucket,
      currentlyAvailable: Math.max(0, res.remainingPoints),
      restoreRate,
    });
    if (points > bucket) {
      // More than the whole bucket: waiting would never help (the cost limit normally stops these first).
      return { allowed: false, status: { maximumAvailable: bucket, currentlyAvailable: 0, restoreRate }, retryAfterSeconds: 0 };
    }
    try {
      const res = await limiter.consume(client, points);
      return { allowed: true, status: status(res) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      // A refused operation does not run, so it costs nothing.
      const refunded = await limiter.reward(client, points).catch(() => rejection);
      return {
        allowed: false,
        status: status(refunded),
        retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      };
    }
  }

  /**
   * Takes `points` from the client's allowance whatever is left, for work already done (a document
   * that failed parsing or validation): nothing is given back, and what is left may go to 0.
   */
  async charge(kind: ClientKind, client: string, points: number): Promise<{ status: ThrottleStatus; msBeforeNext: number }> {
    const { bucket, restoreRate } = this.limits[kind];
    let res: RateLimiterRes;
    try {
      res = await this.limiters[kind].consume(client, Math.min(points, bucket));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      res = rejection;
    }
    return {
      status: { maximumAvailable: bucket, currentlyAvailable: Math.max(0, res.remainingPoints), restoreRate },
      msBeforeNext: res.msBeforeNext,
    };
  }

  /** Resolves once Redis is connected (at once without Redis), or after `timeoutMs` regardless. */
  async ready(timeoutMs = 5000): Promise<boolean> {
    const redis = this.redis;
    if (!redis || redis.status === "ready") return true;
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      redis.once("ready", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
