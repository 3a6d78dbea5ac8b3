// Receiving Jobgraph's webhooks: Standard Webhooks (standardwebhooks.com) requests, verified with Web
// Crypto so that a receiver on Node, Deno, Bun, a worker or an edge function needs nothing else.
// The signature is `v1,<base64 HMAC-SHA256>` of `${webhook-id}.${webhook-timestamp}.${body}`, keyed
// with the base64 part of the endpoint's `whsec_...` secret.

import type { ChangeKind, ChangeObjectType } from "./generated/graphql.js";
import { JobgraphError } from "./runtime/errors.js";
import type { DateTimeString } from "./scalars.js";

/** What a change event says of its change: the feed's `Change` without `node` (read the feed, or look it up, for the object). */
export interface ChangeEventData<TObjectType extends ChangeObjectType = ChangeObjectType, TKind extends ChangeKind = ChangeKind> {
  /** The change's id, which is also its feed cursor. */
  id: string;
  kind: TKind;
  objectType: TObjectType;
  /** The global ID of the object changed. */
  objectId: string;
  /** The global ID of its employer (the employer itself for an employer; null for a benefit). */
  employerId: string | null;
  changedFields: string[];
  at: DateTimeString;
}

/** A change event: `type` is `${objectType}.${kind}` in lower case, e.g. `posting.published`, `employer.updated`. */
export type ChangeWebhookEvent = {
  [T in ChangeObjectType]: {
    [K in ChangeKind]: { type: `${Lowercase<T>}.${Lowercase<K>}`; timestamp: DateTimeString; data: ChangeEventData<T, K> };
  }[ChangeKind];
}[ChangeObjectType];

/** The event an operator sends to try an endpoint. */
export interface TestWebhookEvent {
  type: "webhook.test";
  timestamp: DateTimeString;
  data: { message: string };
}

/** Every event Jobgraph sends, typed by `type`: `if (event.type === "posting.published") event.data.kind // "PUBLISHED"`. */
export type WebhookEvent = ChangeWebhookEvent | TestWebhookEvent;

/** Why a request was not accepted as a webhook from Jobgraph. */
export type WebhookVerificationReason =
  /** `webhook-id`, `webhook-timestamp` or `webhook-signature` is missing. */
  | "missing_headers"
  /** `webhook-timestamp` is not a whole number of seconds. */
  | "invalid_timestamp"
  /** Signed longer ago than the tolerance allows: possibly a replay. */
  | "timestamp_too_old"
  /** Signed further in the future than the tolerance allows. */
  | "timestamp_too_new"
  /** `webhook-signature` holds no `<version>,<signature>` entry. */
  | "malformed_signature"
  /** No v1 signature matches the body under any of the secrets. */
  | "no_matching_signature"
  /** Signed correctly, but the body is not a JSON event. */
  | "invalid_payload";

/** A webhook request that failed verification: answer it with a 4xx and do not act on it. */
export class WebhookVerificationError extends JobgraphError {
  override name = "WebhookVerificationError";
  constructor(
    message: string,
    /** Why, as a stable code. */
    readonly reason: WebhookVerificationReason,
    /** The request's `webhook-id`, when it had one. */
    readonly webhookId: string | undefined,
  ) {
    super(message, { operationName: undefined, requestId: undefined });
  }
}

/** A `Headers` object, or a plain record such as Node's `IncomingHttpHeaders`. */
export type WebhookHeaders = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How far (in seconds) the signing time may be from now, either way (default 300). */
  toleranceSeconds?: number;
  /** The time to check against (default: now). */
  now?: Date;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers.get === "function") return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    return Array.isArray(value) ? value.join(" ") : value;
  }
  return undefined;
}

const base64Bytes = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** The HMAC key of a `whsec_<base64>` secret (the prefix is optional, as in the Standard Webhooks libraries). */
function secretKey(secret: string): Uint8Array<ArrayBuffer> {
  try {
    return base64Bytes(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
  } catch {
    throw new TypeError("A webhook secret is whsec_ followed by base64: check the secret verifyWebhook was given");
  }
}

/** Equal bytes, in a time that depends on the length only. */
function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}

/**
 * Verifies a webhook request from Jobgraph and returns its event. `body` is the raw request body, as
 * received (parse it only after verifying; re-serialized JSON will not match). `secret` is the
 * endpoint's `whsec_...` secret, or several while you rotate it: any of them may have signed it.
 * Throws `WebhookVerificationError` (with `reason`) for a request that is not a fresh, genuine one.
 */
export async function verifyWebhook(
  body: string,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  const fail = (message: string, reason: WebhookVerificationReason) => new WebhookVerificationError(message, reason, id);
  if (!id || !timestamp || !signatures) throw fail("Missing the webhook-id, webhook-timestamp or webhook-signature header", "missing_headers");

  if (!/^\d{1,15}$/.test(timestamp.trim())) throw fail("webhook-timestamp is not a number of seconds", "invalid_timestamp");
  const tolerance = options.toleranceSeconds ?? 300;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const signedAt = Number(timestamp.trim());
  if (signedAt < now - tolerance) throw fail(`The webhook was signed more than ${tolerance} s ago`, "timestamp_too_old");
  if (signedAt > now + tolerance) throw fail(`The webhook was signed more than ${tolerance} s in the future`, "timestamp_too_new");

  const entries = signatures
    .split(" ")
    .filter(Boolean)
    .map((entry) => entry.split(","));
  if (!entries.some((entry) => entry.length === 2 && entry[0] && entry[1]))
    throw fail("webhook-signature holds no <version>,<signature> entry", "malformed_signature");
  const candidates: Uint8Array[] = [];
  for (const [version, signature] of entries) {
    if (version !== "v1" || !signature) continue;
    try {
      candidates.push(base64Bytes(signature));
    } catch {}
  }

  const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  let verified = false;
  for (const each of typeof secret === "string" ? [secret] : secret) {
    const key = await crypto.subtle.importKey("raw", secretKey(each), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const expected = new Uint8Array(await crypto.subtle.sign("HMAC", key, content));
    // Every candidate is compared, so the time taken does not say which one matched.
    for (const candidate of candidates) verified = timingSafeEqual(candidate, expected) || verified;
  }
  if (!verified) throw fail("No webhook signature matches the body under the given secret", "no_matching_signature");

  let event: unknown;
  try {
    event = JSON.parse(body);
  } catch {}
  const shaped = event as Partial<WebhookEvent> | undefined;
  if (!shaped || typeof shaped !== "object" || typeof shaped.type !== "string" || !shaped.data || typeof shaped.data !== "object")
    throw fail("The webhook body is not a JSON event with a type and data", "invalid_payload");
  return event as WebhookEvent;
}
