// One attempt at one delivery: claim it (one attempt at a time, whichever process or queue runs
// it), send it signed, record the outcome, and say when to try again. After the retry window (24 h
// from the first attempt) the delivery fails and its endpoint is disabled, with the reason.
import type { PrismaClient } from "../generated/prisma/client.js";
import { type AttemptResult, type OutboundPolicy, sendWebhook } from "./send.js";

export interface RetryPolicy {
  /** The first retry's delay; each next one doubles, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long after its first attempt a delivery keeps being retried. */
  windowMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 5_000, maxDelayMs: 60 * 60_000, windowMs: 24 * 60 * 60_000 };

/** Exponential backoff with jitter: between half and all of base × 2^(attempt−1), capped. */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempts - 1, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export type AttemptOutcome =
  | { outcome: "succeeded"; result: AttemptResult }
  | { outcome: "retry"; result: AttemptResult; nextAttemptAt: Date }
  | { outcome: "failed"; result: AttemptResult }
  /** Not attempted: not pending, claimed by another worker, or its endpoint is disabled. */
  | { outcome: "skipped" };

export interface AttemptOptions {
  outbound: OutboundPolicy;
  retry: RetryPolicy;
  now?: () => Date;
  signal?: AbortSignal;
}

export async function attemptDelivery(prisma: PrismaClient, id: string, options: AttemptOptions): Promise<AttemptOutcome> {
  const now = options.now ?? (() => new Date());
  const claimedAt = now();
  const lease = new Date(claimedAt.getTime() + options.outbound.timeoutMs + 30_000);
  const claimed = await prisma.webhookDelivery.updateMany({
    where: {
      id,
      status: "PENDING",
      // A test event goes out while the endpoint is disabled too: it is how a fix is checked.
      AND: [{ OR: [{ endpoint: { enabled: true } }, { changeTxid: null }] }, { OR: [{ lockedUntil: null }, { lockedUntil: { lt: claimedAt } }] }],
    },
    data: { lockedUntil: lease },
  });
  if (claimed.count === 0) return { outcome: "skipped" };
  const delivery = await prisma.webhookDelivery.findUniqueOrThrow({ where: { id }, include: { endpoint: true } });
  const { endpoint } = delivery;
  const secrets = [endpoint.secret];
  if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > claimedAt)
    secrets.push(endpoint.previousSecret);
  const result = await sendWebhook(
    endpoint.url,
    { id: delivery.id, timestamp: claimedAt, body: delivery.payload },
    secrets,
    options.outbound,
    options.signal,
  );
  const finished = now();
  const firstAttemptAt = delivery.firstAttemptAt ?? claimedAt;
  const recorded = {
    attempts: delivery.attempts + 1,
    firstAttemptAt,
    lastAttemptAt: claimedAt,
    lastStatus: result.status,
    lastError: result.error,
    lastResponse: result.responseSnippet,
    lastDurationMs: Math.round(result.durationMs),
    lockedUntil: null,
  };
  if (result.ok) {
    await prisma.webhookDelivery.update({ where: { id }, data: { ...recorded, status: "SUCCEEDED", nextAttemptAt: null } });
    return { outcome: "succeeded", result };
  }
  const nextAttemptAt = new Date(finished.getTime() + retryDelayMs(recorded.attempts, options.retry));
  if (nextAttemptAt.getTime() - firstAttemptAt.getTime() <= options.retry.windowMs) {
    await prisma.webhookDelivery.update({ where: { id }, data: { ...recorded, nextAttemptAt } });
    return { outcome: "retry", result, nextAttemptAt };
  }
  if (delivery.changeTxid === null) {
    // A test event that never got through fails alone: the endpoint's changes are not its business.
    await prisma.webhookDelivery.update({ where: { id }, data: { ...recorded, status: "FAILED", nextAttemptAt: null } });
    return { outcome: "failed", result };
  }
  const hours = Math.round(options.retry.windowMs / 3_600_000);
  const window = hours >= 1 ? `${hours} hours` : `${Math.round(options.retry.windowMs / 1000)} seconds`;
  await prisma.$transaction([
    prisma.webhookDelivery.update({ where: { id }, data: { ...recorded, status: "FAILED", nextAttemptAt: null } }),
    prisma.webhookEndpoint.updateMany({
      where: { id: endpoint.id, enabled: true },
      data: {
        enabled: false,
        disabledAt: finished,
        disabledReason: `Deliveries failed for ${window} (${recorded.attempts} attempts of delivery ${delivery.id}; last: ${result.error ?? "no response"}). Fix the receiver, then set enabled: true to resume.`,
      },
    }),
  ]);
  return { outcome: "failed", result };
}
