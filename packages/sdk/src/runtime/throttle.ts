// Rate limits by cost, handled in the client the way Shopify's cost-limited API expects: every
// response says what the operation cost and what is left of the caller's allowance
// (`extensions.cost.throttleStatus`), so the client keeps an estimate of the allowance (a leaky
// bucket: what was left, plus `restoreRate` points a second since, up to `maximumAvailable`) and
// waits before sending an operation the estimate cannot pay for. When the server refuses one anyway
// (HTTP 429, THROTTLED), the client waits the `Retry-After` it was given and tries again, within a
// total waiting budget per call.

/** What the server reports of the caller's allowance, after an operation (`extensions.cost.throttleStatus`). */
export interface ThrottleStatus {
  /** The size of the allowance, in points. */
  maximumAvailable: number;
  /** Points left. */
  currentlyAvailable: number;
  /** Points restored per second. */
  restoreRate: number;
}

/** `extensions.cost` of a response: what the operation cost and what is left. */
export interface CostExtension {
  requestedQueryCost: number;
  /** Set when the server charged less than requested (e.g. a response served from its cache). */
  actualQueryCost?: number;
  throttleStatus?: ThrottleStatus;
}

/** What `onThrottle` is told before each wait. */
export interface ThrottleEvent {
  operationName: string | undefined;
  /** How long the call is about to wait. */
  waitMs: number;
  /**
   * `paced`: the client waits before sending, because its estimate of the allowance cannot pay for
   * the operation; `throttled`: the server refused the operation (HTTP 429) and the client waits its
   * `Retry-After`.
   */
  reason: "paced" | "throttled";
  /** The allowance as last reported (estimated to now, when `paced`). */
  throttleStatus: ThrottleStatus | undefined;
  /** What the operation is expected to cost (its last `requestedQueryCost`), when known. */
  expectedCost: number | undefined;
  /** 1 for the call's first wait for the rate limit, 2 for its second, ... */
  attempt: number;
}

export interface ThrottleOptions {
  /**
   * The longest one call spends waiting for the rate limit, pacing and `Retry-After` together
   * (default 300 000 ms). A wait that would go past it is not started: the `ThrottledError` is
   * thrown at once.
   */
  maxWaitMs?: number;
  /** Called before every wait for the rate limit (for logs and metrics). An exception from it rejects the call. */
  onThrottle?: (event: ThrottleEvent) => void;
}

export const DEFAULT_MAX_THROTTLE_WAIT_MS = 300_000;

/** Operations whose last cost is remembered; the oldest is forgotten beyond this. */
const MAX_REMEMBERED_COSTS = 200;

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** `extensions.cost` of a parsed response, when it has a well-formed one. */
export function readCost(result: unknown): CostExtension | undefined {
  const cost = (result as { extensions?: { cost?: Partial<CostExtension> } } | undefined)?.extensions?.cost;
  if (!cost || !isFiniteNumber(cost.requestedQueryCost)) return undefined;
  const status = cost.throttleStatus;
  const valid = status && isFiniteNumber(status.maximumAvailable) && isFiniteNumber(status.currentlyAvailable) && isFiniteNumber(status.restoreRate);
  return {
    requestedQueryCost: cost.requestedQueryCost,
    ...(isFiniteNumber(cost.actualQueryCost) ? { actualQueryCost: cost.actualQueryCost } : {}),
    ...(valid
      ? {
          throttleStatus: {
            maximumAvailable: status.maximumAvailable,
            currentlyAvailable: status.currentlyAvailable,
            restoreRate: status.restoreRate,
          },
        }
      : {}),
  };
}

/**
 * One client's view of its allowance, shared by all its calls: the last reading, the operations'
 * last costs, and what calls in flight have been granted since the reading.
 */
export class ThrottleState {
  private reading: { status: ThrottleStatus; at: number } | undefined;
  private readonly costs = new Map<string, number>();
  /** Points granted to calls sent after the last reading that have not been answered yet. */
  private pending = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** The last reading, restored at `restoreRate` up to the maximum, less what calls in flight were granted. */
  estimate(): ThrottleStatus | undefined {
    if (!this.reading) return undefined;
    const { status, at } = this.reading;
    const restored = status.currentlyAvailable + (status.restoreRate * Math.max(0, this.now() - at)) / 1000;
    return { ...status, currentlyAvailable: Math.min(status.maximumAvailable, restored) - this.pending };
  }

  /** The last requested cost of an operation, if it has run. */
  expectedCost(key: string): number | undefined {
    return this.costs.get(key);
  }

  /**
   * How long to wait before sending an operation expected to cost `cost`, so that the allowance can
   * pay for it: 0 when it can, when nothing is known yet, or when waiting cannot help (the cost is
   * larger than the whole allowance, or nothing is restored).
   */
  delayFor(cost: number): number {
    const estimate = this.estimate();
    if (!estimate || cost <= estimate.currentlyAvailable || cost > estimate.maximumAvailable || estimate.restoreRate <= 0) return 0;
    return Math.ceil(((cost - estimate.currentlyAvailable) / estimate.restoreRate) * 1000);
  }

  /** Counts `cost` as taken by a call about to be sent; `settle` gives it back when the answer comes. */
  grant(cost: number): void {
    this.pending += cost;
  }

  settle(granted: number, key: string, cost: CostExtension | undefined): void {
    this.pending = Math.max(0, this.pending - granted);
    if (!cost) return;
    this.costs.delete(key);
    this.costs.set(key, cost.requestedQueryCost);
    if (this.costs.size > MAX_REMEMBERED_COSTS) this.costs.delete(this.costs.keys().next().value as string);
    if (cost.throttleStatus) this.reading = { status: cost.throttleStatus, at: this.now() };
  }
}
