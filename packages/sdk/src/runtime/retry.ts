// Retry timing: exponential backoff with full jitter, and the server's Retry-After.

/** How often and how patiently a request is retried. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2, so 3 attempts at most). */
  retries?: number;
  /** The first backoff ceiling; it doubles each retry (default 300 ms). */
  baseDelayMs?: number;
  /** The longest wait between attempts (default 10 000 ms). A longer `Retry-After` is not waited out: the error is thrown. */
  maxDelayMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, baseDelayMs: 300, maxDelayMs: 10_000 };

/** Statuses that mean "try again later": rate limited, or a gateway in front of the API failed. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * Full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): a uniformly random wait
 * below an exponentially growing ceiling, so many clients that failed together do not retry together.
 */
export function backoffDelay(retry: number, options: Required<RetryOptions>, random: () => number = Math.random): number {
  return random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
}

/** `Retry-After` in seconds, from either form (delay-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
