// The outbound webhook sender: one signed POST per delivery attempt, called by the delivery worker.
// An endpoint URL is chosen by whoever registers it, so every attempt is a request the server makes
// on a stranger's behalf (server-side request forgery): addresses are checked twice, the URL's IP
// literal when the endpoint is saved (endpointUrlProblem, for a clear message early) and every
// address actually connected to at connect time (request-filtering-agent), which is the check that
// counts, because a hostname can resolve anywhere, and resolve differently on the next attempt
// (DNS rebinding). A receiver can also be slow or hostile: one deadline covers the whole attempt, the
// response body is capped, and redirects are not followed (a redirect is a second, unchecked URL).
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP } from "node:net";
import { useAgent } from "request-filtering-agent";
import { Webhook } from "standardwebhooks";

/** Where webhooks may be sent. */
export interface OutboundPolicy {
  /** Allow private, loopback, link-local and other non-public addresses (tests, on-premises receivers). Default false. */
  allowPrivateAddresses: boolean;
  /** Per-attempt deadline for connect + response, ms. */
  timeoutMs: number;
  /** Stop reading (and fail the attempt) once the response body exceeds this many bytes. */
  maxResponseBytes: number;
}

export const DEFAULT_OUTBOUND_POLICY: OutboundPolicy = Object.freeze({
  allowPrivateAddresses: false,
  timeoutMs: 10_000,
  maxResponseBytes: 65_536,
});

/** Longest endpoint URL accepted: longer ones are not a receiver's address but a payload. */
const MAX_URL_LENGTH = 2_000;
/** How much of a response the endpoint owner gets to see, in characters. */
const SNIPPET_CHARS = 1_024;
/** Bytes kept for the snippet: a UTF-8 character is at most 4 bytes, the rest of the body is only counted. */
const SNIPPET_BYTES = SNIPPET_CHARS * 4;
const USER_AGENT = "Jobgraph-Webhooks/1";

/** A Standard Webhooks secret: "whsec_" + base64 of 32 random bytes (crypto.randomBytes). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** One message as Standard Webhooks defines it. */
export interface WebhookMessage {
  id: string;
  timestamp: Date;
  body: string;
}

/**
 * The three Standard Webhooks headers, signed with every secret given: during a rotation both the old
 * and the new secret sign, so the receiver verifies whichever one it holds (`webhook-signature` is
 * the space-separated `v1,<signature>` entries). Throws when no secret is given or one is malformed.
 */
export function signedHeaders(
  message: WebhookMessage,
  secrets: readonly string[],
): { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string } {
  if (secrets.length === 0) throw new Error("a webhook is signed with at least one secret");
  const signatures = secrets.map((secret) => new Webhook(secret).sign(message.id, message.timestamp, message.body));
  return {
    "webhook-id": message.id,
    // Whole seconds, as Webhook.sign signs them: the header must be what was signed.
    "webhook-timestamp": String(Math.floor(message.timestamp.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

// Every address that is not public, IPv4 and IPv6. The same ranges as ipaddr.js's special ranges, which
// request-filtering-agent refuses at connect time (anything not "unicast" there), so an IP literal
// refused when the endpoint is saved is the one the agent would refuse, and the other way round. Two lists, because a BlockList also matches IPv4 addresses
// against its IPv6 rules (as ::ffff:a.b.c.d), and the whole of ::ffff:0:0/96 is refused, as the agent
// does: an IPv4-mapped literal is refused even when its IPv4 address is public.
const NON_PUBLIC_V4 = new BlockList();
const NON_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.31.196.0", 24],
  ["192.52.193.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["192.175.48.0", 24],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
] as const) {
  NON_PUBLIC_V4.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["::ffff:0:0", 96], // IPv4-mapped
  ["::ffff:0:0:0", 96], // IPv4-translated (RFC 6145)
  ["64:ff9b::", 96], // NAT64
  ["64:ff9b:1::", 48],
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments: Teredo, benchmarking, ORCHID…
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4
  ["2620:4f:8000::", 48],
  ["3fff::", 20], // documentation
  ["5f00::", 16], // segment routing
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local
  ["ff00::", 8], // multicast
] as const) {
  NON_PUBLIC_V6.addSubnet(network, prefix, "ipv6");
}

function isPublicAddress(address: string): boolean {
  switch (isIP(address)) {
    case 4:
      return !NON_PUBLIC_V4.check(address, "ipv4");
    case 6:
      return !NON_PUBLIC_V6.check(address, "ipv6");
    default:
      return false;
  }
}

/** The URL's host as an address when it is an IP literal (URL parsing has normalised 0x7f.1 and 2130706433 to dotted form), else null. */
function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return isIP(bare) === 0 ? null : bare;
}

/** Space and control characters, which URL parsing silently strips or encodes: the stored URL should be the one requested. */
function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Checks an endpoint URL when it is created or updated; returns a message naming the problem, or null
 * when acceptable. Hostnames are not resolved here: what a name resolves to is checked at connect time.
 */
export function endpointUrlProblem(url: string, policy: OutboundPolicy): string | null {
  if (url.length > MAX_URL_LENGTH) return `the URL is longer than ${MAX_URL_LENGTH.toLocaleString("en")} characters`;
  if (hasSpaceOrControl(url)) return "the URL must not contain spaces or control characters";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "not an absolute URL";
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `the URL must be http: or https:, not ${parsed.protocol}`;
  if (parsed.username !== "" || parsed.password !== "") return "the URL must not contain a username or password";
  // An empty fragment ("…/#") leaves hash empty; href keeps the "#", and "#" appears nowhere else in an href.
  if (parsed.href.includes("#")) return "the URL must not have a fragment (#…)";
  if (policy.allowPrivateAddresses) return null;
  const address = ipLiteral(parsed.hostname);
  if (address !== null) return isPublicAddress(address) ? null : `${address} is not a public address`;
  const name = parsed.hostname.endsWith(".") ? parsed.hostname.slice(0, -1) : parsed.hostname;
  if (name === "localhost" || name.endsWith(".localhost")) return `${parsed.hostname} is not a public address`;
  return null;
}

export interface AttemptResult {
  /** A 2xx response, read whole within the deadline and the size cap. */
  ok: boolean;
  /** HTTP status, null when none arrived. */
  status: number | null;
  /** Why it failed, in words ("HTTP 503", "timed out after 10000 ms", "refused: 127.0.0.1 is not a public address"…); null when ok. */
  error: string | null;
  durationMs: number;
  /** The first 1,024 characters of the response body, for the endpoint owner to see; null when no response arrived. */
  responseSnippet: string | null;
}

// Agents are kept, one per scheme and policy: request-filtering-agent makes a new one per useAgent
// call with options. keepAlive is off, so an attempt never reuses a connection another one opened.
const agents = new Map<string, http.Agent>();
function agentFor(url: URL, allowPrivateAddresses: boolean): http.Agent {
  const key = `${url.protocol}${allowPrivateAddresses}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = useAgent(url.href, {
      keepAlive: false,
      allowPrivateIPAddress: allowPrivateAddresses,
      // 0.0.0.0 and :: connect to the local host: refused with the private addresses, allowed with them.
      allowMetaIPAddress: allowPrivateAddresses,
    });
    agents.set(key, agent);
  }
  return agent;
}

/** request-filtering-agent's refusal, in words; null for any other error. Its errors have no code, only this message:
 * "DNS lookup <address>(family:<family>, host:<host>) is not allowed. Because, …". */
function refusal(error: Error): string | null {
  const prefix = "DNS lookup ";
  const { message } = error;
  const open = message.indexOf("(family:");
  if (!message.startsWith(prefix) || open < 0 || !message.includes(" is not allowed")) return null;
  const address = message.slice(prefix.length, open);
  const hostAt = message.indexOf(", host:", open);
  const close = message.indexOf(")", hostAt);
  const host = hostAt < 0 || close < 0 ? "undefined" : message.slice(hostAt + ", host:".length, close);
  return host === "undefined" || host === address
    ? `refused: ${address} is not a public address`
    : `refused: ${host} resolves to ${address}, which is not a public address`;
}

function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  // Node's happy eyeballs (autoSelectFamily) fails with an AggregateError of one error per address tried.
  if (error instanceof AggregateError) return errnoCode(error.errors[0] ?? {});
  return undefined;
}

/** A connection error, in words the endpoint owner can act on. */
function describeError(error: Error): string {
  const refused = refusal(error);
  if (refused) return refused;
  const code = errnoCode(error);
  switch (code) {
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
    case "EPIPE":
      return "connection reset";
    case "ENOTFOUND":
      return "host not found";
    case "EAI_AGAIN":
      return "DNS lookup failed (temporary failure)";
    case "ETIMEDOUT":
      return "connection timed out";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "host unreachable";
  }
  if (code?.startsWith("HPE_")) return `invalid HTTP response (${error.message})`;
  if (code?.startsWith("ERR_TLS_") || code?.includes("CERT") || code?.startsWith("ERR_SSL_")) return `TLS: ${error.message}`;
  return error.message || code || "request failed";
}

/** The first SNIPPET_CHARS characters of the bytes kept, not cutting a surrogate pair in two. */
function snippetOf(chunks: Buffer[]): string {
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.length <= SNIPPET_CHARS) return text;
  const cut = text.charCodeAt(SNIPPET_CHARS - 1);
  return text.slice(0, cut >= 0xd800 && cut <= 0xdbff ? SNIPPET_CHARS - 1 : SNIPPET_CHARS);
}

/**
 * POSTs the message's body (content-type application/json) with the signed headers and
 * `user-agent: Jobgraph-Webhooks/1`. Never throws: every failure is an AttemptResult. Redirects are
 * not followed. The signal cancels the attempt.
 */
export function sendWebhook(
  url: string,
  message: WebhookMessage,
  secrets: readonly string[],
  policy: OutboundPolicy,
  signal?: AbortSignal,
): Promise<AttemptResult> {
  const started = performance.now();
  const failed = (error: string): AttemptResult => ({
    ok: false,
    status: null,
    error,
    durationMs: Math.round(performance.now() - started),
    responseSnippet: null,
  });
  if (signal?.aborted) return Promise.resolve(failed("aborted"));

  let target: URL;
  let headers: Record<string, string>;
  try {
    target = new URL(url);
    headers = {
      ...signedHeaders(message, secrets),
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(message.body)),
      "user-agent": USER_AGENT,
    };
  } catch (error) {
    return Promise.resolve(failed(error instanceof TypeError ? "not an absolute URL" : `cannot sign: ${(error as Error).message}`));
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") return Promise.resolve(failed(`not an http: or https: URL (${target.protocol})`));

  return new Promise((resolve) => {
    let request: http.ClientRequest | undefined;
    let status: number | null = null;
    const kept: Buffer[] = [];
    let keptBytes = 0;
    let settled = false;

    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      signal?.removeEventListener("abort", onAbort);
      // A failed attempt stops here: the socket goes, whatever the receiver is still sending.
      if (error !== null) request?.destroy();
      resolve({
        ok: error === null,
        status,
        error,
        durationMs: Math.round(performance.now() - started),
        responseSnippet: status === null ? null : snippetOf(kept),
      });
    };

    // One deadline for connecting, the headers and the whole body: a socket timeout would only catch
    // silence, and a receiver sending a byte a second would hold the attempt forever.
    const deadline = setTimeout(() => finish(`timed out after ${policy.timeoutMs} ms`), policy.timeoutMs);
    const onAbort = () => finish("aborted");
    signal?.addEventListener("abort", onAbort, { once: true });

    try {
      const send = target.protocol === "https:" ? https.request : http.request;
      request = send({
        method: "POST",
        protocol: target.protocol,
        // Without the brackets, so that the agent sees an IPv6 literal as an address and checks it.
        hostname: ipLiteral(target.hostname) ?? target.hostname,
        port: target.port || undefined,
        path: `${target.pathname}${target.search}`,
        headers,
        agent: agentFor(target, policy.allowPrivateAddresses),
      });
    } catch (error) {
      finish(describeError(error as Error));
      return;
    }

    request.on("error", (error) => finish(describeError(error)));
    request.on("response", (response) => {
      status = response.statusCode ?? null;
      let received = 0;
      response.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (keptBytes < SNIPPET_BYTES) {
          const part = chunk.subarray(0, SNIPPET_BYTES - keptBytes);
          kept.push(part);
          keptBytes += part.length;
        }
        if (received > policy.maxResponseBytes) finish(`response larger than ${policy.maxResponseBytes} bytes`);
      });
      response.on("error", (error) => finish(describeError(error)));
      // 'close' without 'end' (finish has not run yet): the receiver closed the connection mid-body.
      response.on("close", () => finish("connection closed before the response ended"));
      response.on("end", () => {
        if (status !== null && status >= 200 && status < 300) finish(null);
        else if (status !== null && status >= 300 && status < 400) finish(`redirects are not followed (HTTP ${status})`);
        else finish(`HTTP ${status}`);
      });
    });
    request.end(message.body);
  });
}
