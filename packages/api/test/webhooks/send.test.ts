// The webhook sender against real HTTP receivers on 127.0.0.1: signing (checked with the
// standardwebhooks package's own verify, and once more by hand with HMAC), failures in words, the
// whole-attempt deadline, the response cap, redirects, cancellation, and the refusal of non-public
// addresses at connect time (the receiver must not even see the request).
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import {
  DEFAULT_OUTBOUND_POLICY,
  endpointUrlProblem,
  newWebhookSecret,
  type OutboundPolicy,
  sendWebhook,
  signedHeaders,
  type WebhookMessage,
} from "../../src/webhooks/send.js";

const LOCAL: OutboundPolicy = { ...DEFAULT_OUTBOUND_POLICY, allowPrivateAddresses: true, timeoutMs: 5_000 };

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingMessage["headers"];
  body: string;
}

interface Receiver {
  url: string;
  port: number;
  requests: Received[];
  /** The request arrived (headers read), whether or not its body did: a refused attempt must not even get here. */
  arrivals: number;
  server: Server;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

/** A real HTTP server on 127.0.0.1 with a free port; `respond` answers once the request body is read. */
async function receiver(respond: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<Receiver> {
  const state = { requests: [] as Received[], arrivals: 0 };
  const server = createServer((req, res) => {
    state.arrivals++;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      state.requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      respond(req, res, body);
    });
  });
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/jobgraph?tenant=7`,
    port,
    server,
    get requests() {
      return state.requests;
    },
    get arrivals() {
      return state.arrivals;
    },
  };
}

function message(body: unknown = { type: "posting.published", data: { id: "p_1" } }): WebhookMessage {
  return { id: `msg_${Math.random().toString(36).slice(2)}`, timestamp: new Date(), body: JSON.stringify(body) };
}

/** The three signed headers exactly as the receiver got them. */
function webhookHeaders(request: Received): { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string } {
  return {
    "webhook-id": String(request.headers["webhook-id"]),
    "webhook-timestamp": String(request.headers["webhook-timestamp"]),
    "webhook-signature": String(request.headers["webhook-signature"]),
  };
}

describe("signing", () => {
  it("a 2xx delivery is signed so that the receiver's Webhook.verify accepts it", async () => {
    const secret = newWebhookSecret();
    const hook = await receiver((_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("thanks"));
    const sent = message();

    const result = await sendWebhook(hook.url, sent, [secret], LOCAL);

    expect(result).toMatchObject({ ok: true, status: 200, error: null, responseSnippet: "thanks" });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(hook.requests).toHaveLength(1);
    const [request] = hook.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/hooks/jobgraph?tenant=7");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers["user-agent"]).toBe("Jobgraph-Webhooks/1");
    expect(request!.headers["webhook-id"]).toBe(sent.id);
    expect(request!.body).toBe(sent.body);
    expect(new Webhook(secret).verify(request!.body, webhookHeaders(request!))).toEqual(JSON.parse(sent.body));
    // And a receiver with another secret refuses it.
    expect(() => new Webhook(newWebhookSecret()).verify(request!.body, webhookHeaders(request!))).toThrow();
  });

  it("during a rotation both secrets sign, and each one verifies alone", async () => {
    const [oldSecret, newSecret] = [newWebhookSecret(), newWebhookSecret()];
    const hook = await receiver((_req, res) => res.writeHead(204).end());

    const result = await sendWebhook(hook.url, message(), [oldSecret, newSecret], LOCAL);

    expect(result).toMatchObject({ ok: true, status: 204, error: null, responseSnippet: "" });
    const request = hook.requests[0]!;
    const entries = webhookHeaders(request)["webhook-signature"].split(" ");
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    for (const secret of [oldSecret, newSecret]) {
      expect(() => new Webhook(secret).verify(request.body, webhookHeaders(request))).not.toThrow();
    }
    expect(() => new Webhook(newWebhookSecret()).verify(request.body, webhookHeaders(request))).toThrow();
  });

  it("the same id, timestamp and body give the same headers, computed as the Standard Webhooks HMAC", () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
    const fixed: WebhookMessage = { id: "msg_2Lh9KZ", timestamp: new Date("2025-03-04T05:06:07.890Z"), body: '{"a":1}' };

    const headers = signedHeaders(fixed, [secret]);

    expect(signedHeaders({ ...fixed, timestamp: new Date(fixed.timestamp) }, [secret])).toEqual(headers);
    // Written from the specification, not with the package: HMAC-SHA256 of "id.seconds.body" under the decoded key.
    const seconds = "1741064767";
    const expected = createHmac("sha256", Buffer.alloc(32, 7)).update(`msg_2Lh9KZ.${seconds}.{"a":1}`).digest("base64");
    expect(headers).toEqual({ "webhook-id": "msg_2Lh9KZ", "webhook-timestamp": seconds, "webhook-signature": `v1,${expected}` });
    expect(signedHeaders({ ...fixed, id: "msg_other" }, [secret])["webhook-signature"]).not.toBe(headers["webhook-signature"]);
    expect(signedHeaders({ ...fixed, body: '{"a":2}' }, [secret])["webhook-signature"]).not.toBe(headers["webhook-signature"]);
  });

  it("newWebhookSecret is whsec_ and the base64 of 32 random bytes, different every time", () => {
    const secrets = Array.from({ length: 200 }, () => newWebhookSecret());
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice("whsec_".length), "base64")).toHaveLength(32);
    }
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(() => new Webhook(secrets[0]!)).not.toThrow();
  });
});

describe("failures, each an AttemptResult in words", () => {
  it.each([
    [400, "bad request"],
    [404, "no such hook"],
    [410, "gone"],
    [500, "boom"],
    [503, "x".repeat(5_000)],
  ])("HTTP %i is a failure with its status and the start of its body", async (code, body) => {
    const hook = await receiver((_req, res) => res.writeHead(code, { "content-type": "text/plain" }).end(body));

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], LOCAL);

    expect(result).toMatchObject({ ok: false, status: code, error: `HTTP ${code}`, responseSnippet: body.slice(0, 1_024) });
    expect(result.responseSnippet!.length).toBeLessThanOrEqual(1_024);
  });

  it("the snippet is the first 1,024 characters, not bytes", async () => {
    const body = "é".repeat(3_000);
    const hook = await receiver((_req, res) => res.writeHead(500).end(body));

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], LOCAL);

    expect(result.responseSnippet).toBe("é".repeat(1_024));
  });

  it("a 302 is a failure, and the Location is not followed", async () => {
    const elsewhere = await receiver((_req, res) => res.writeHead(200).end("followed"));
    const hook = await receiver((_req, res) => res.writeHead(302, { location: elsewhere.url }).end());

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], LOCAL);

    expect(result).toMatchObject({ ok: false, status: 302, error: "redirects are not followed (HTTP 302)" });
    expect(hook.requests).toHaveLength(1);
    expect(elsewhere.arrivals).toBe(0);
  });

  it("a closed port is 'connection refused'", async () => {
    const hook = await receiver(() => {});
    hook.server.closeAllConnections();
    await new Promise((done) => hook.server.close(done));
    servers.splice(servers.indexOf(hook.server), 1);

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], LOCAL);

    expect(result).toMatchObject({ ok: false, status: null, error: "connection refused", responseSnippet: null });
    expect(result.durationMs).toBeLessThan(2_000);
  });

  it("never throws: a malformed URL or no secret is a failed attempt", async () => {
    await expect(sendWebhook("not a url", message(), [newWebhookSecret()], LOCAL)).resolves.toMatchObject({
      ok: false,
      status: null,
      error: "not an absolute URL",
    });
    await expect(sendWebhook("ftp://127.0.0.1/", message(), [newWebhookSecret()], LOCAL)).resolves.toMatchObject({ ok: false, status: null });
    const hook = await receiver((_req, res) => res.writeHead(200).end());
    const result = await sendWebhook(hook.url, message(), [], LOCAL);
    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.error).toMatch(/^cannot sign/);
    expect(hook.arrivals).toBe(0);
  });
});

describe("the deadline covers the whole attempt", () => {
  const quick: OutboundPolicy = { ...LOCAL, timeoutMs: 300 };

  it("a receiver that never answers: timed out after timeoutMs", async () => {
    const hook = await receiver(() => {});

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], quick);

    expect(result).toMatchObject({ ok: false, status: null, error: "timed out after 300 ms", responseSnippet: null });
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
    expect(result.durationMs).toBeLessThan(1_500);
    expect(hook.requests).toHaveLength(1);
  });

  it("a receiver that sends its headers, then stalls the body: timed out, with the status that came", async () => {
    const hook = await receiver((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("partial");
    });

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], quick);

    expect(result).toMatchObject({ ok: false, status: 200, error: "timed out after 300 ms", responseSnippet: "partial" });
    expect(result.durationMs).toBeLessThan(1_500);
  });

  it("a receiver dripping a byte every 50 ms (never idle long enough for a socket timeout): timed out", async () => {
    const hook = await receiver((_req, res) => {
      res.writeHead(200);
      const drip = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(drip));
    });

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], quick);

    expect(result).toMatchObject({ ok: false, status: 200, error: "timed out after 300 ms" });
    expect(result.durationMs).toBeLessThan(1_500);
  });
});

it("a receiver streaming a huge body: the attempt fails at maxResponseBytes and the connection is closed", async () => {
  let sent = 0;
  let closed = false;
  const chunk = Buffer.alloc(16_384, "a");
  const hook = await receiver((_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.on("close", () => {
      closed = true;
    });
    // Up to 1 GB, as fast as the client reads it: only the sender closing the connection stops this early.
    const pump = () => {
      while (!closed && sent < 1e9) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  });

  const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], { ...LOCAL, maxResponseBytes: 65_536 });

  expect(result).toMatchObject({ ok: false, status: 200, error: "response larger than 65536 bytes", responseSnippet: "a".repeat(1_024) });
  await expect.poll(() => closed, { timeout: 2_000 }).toBe(true);
  expect(sent).toBeLessThan(50_000_000);
});

it("a body of exactly maxResponseBytes is accepted", async () => {
  const hook = await receiver((_req, res) => res.writeHead(200).end("b".repeat(1_000)));

  await expect(sendWebhook(hook.url, message(), [newWebhookSecret()], { ...LOCAL, maxResponseBytes: 1_000 })).resolves.toMatchObject({ ok: true });
  await expect(sendWebhook(hook.url, message(), [newWebhookSecret()], { ...LOCAL, maxResponseBytes: 999 })).resolves.toMatchObject({
    ok: false,
    error: "response larger than 999 bytes",
  });
});

describe("cancellation", () => {
  it("an AbortSignal ends an attempt in flight", async () => {
    const hook = await receiver(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], LOCAL, controller.signal);

    expect(result).toMatchObject({ ok: false, status: null, error: "aborted" });
    expect(result.durationMs).toBeLessThan(1_500);
    expect(hook.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    const hook = await receiver((_req, res) => res.writeHead(200).end());

    const result = await sendWebhook(hook.url, message(), [newWebhookSecret()], LOCAL, AbortSignal.abort());

    expect(result).toMatchObject({ ok: false, status: null, error: "aborted" });
    expect(hook.arrivals).toBe(0);
  });
});

describe("non-public addresses, refused at connect time unless allowed", () => {
  const PUBLIC_ONLY: OutboundPolicy = { ...DEFAULT_OUTBOUND_POLICY, timeoutMs: 5_000 };

  it.each([
    ["127.0.0.1", (port: number) => `http://127.0.0.1:${port}/`],
    ["localhost (a name, resolved at connect time)", (port: number) => `http://localhost:${port}/`],
    ["0.0.0.0 (reaches the local host on Linux)", (port: number) => `http://0.0.0.0:${port}/`],
    ["2130706433 (127.0.0.1 as one number)", (port: number) => `http://2130706433:${port}/`],
    ["0x7f.1 (127.0.0.1 in hex and short)", (port: number) => `http://0x7f.1:${port}/`],
    ["[::ffff:127.0.0.1] (IPv4-mapped IPv6)", (port: number) => `http://[::ffff:127.0.0.1]:${port}/`],
    ["[::1]", (port: number) => `http://[::1]:${port}/`],
  ])("%s: refused, and the receiver on 127.0.0.1 gets no request", async (_name, urlFor) => {
    const hook = await receiver((_req, res) => res.writeHead(200).end("reached"));

    const result = await sendWebhook(urlFor(hook.port), message(), [newWebhookSecret()], PUBLIC_ONLY);

    expect(result).toMatchObject({ ok: false, status: null, responseSnippet: null });
    expect(result.error).toMatch(/^refused: .* not a public address$/);
    expect(result.durationMs).toBeLessThan(1_000);
    expect(hook.arrivals).toBe(0);
  });

  it("names the address refused", async () => {
    const result = await sendWebhook("http://127.0.0.1:9/", message(), [newWebhookSecret()], PUBLIC_ONLY);
    expect(result.error).toBe("refused: 127.0.0.1 is not a public address");
    const byName = await sendWebhook("http://localhost:9/", message(), [newWebhookSecret()], PUBLIC_ONLY);
    expect(byName.error).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), which is not a public address$/);
  });

  // Unroutable from here: without the refusal these would hang until the deadline; refused, they fail at once.
  it.each([
    "http://10.0.0.1/",
    "http://172.16.5.4/",
    "http://192.168.1.1/",
    "http://100.64.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "https://169.254.169.254/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
  ])("%s: refused fast", async (url) => {
    const result = await sendWebhook(url, message(), [newWebhookSecret()], PUBLIC_ONLY);

    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.error).toMatch(/^refused: .* not a public address$/);
    expect(result.durationMs).toBeLessThan(1_000);
  });

  it("the URL check and the connect-time check agree on which IP literals are public", async () => {
    const literals = [
      ...["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "[2606:4700:4700::1111]"],
      ...["192.0.2.1", "198.18.0.1", "203.0.113.9", "240.0.0.1", "224.0.0.1", "[2001:db8::1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]"],
      ...["[::ffff:8.8.8.8]", "[::]", "[fec0::1]", "[ff02::1]"],
    ];
    const quick = { ...PUBLIC_ONLY, timeoutMs: 200 };
    const outcomes = await Promise.all(
      literals.map(async (host) => {
        const url = `http://${host}:9/`;
        const result = await sendWebhook(url, message(), [newWebhookSecret()], quick);
        // A public address is attempted (no network here: it times out or is unreachable), never refused.
        return { host, atSave: endpointUrlProblem(url, PUBLIC_ONLY) !== null, atConnect: result.error!.startsWith("refused: ") };
      }),
    );
    expect(outcomes.filter((outcome) => outcome.atSave !== outcome.atConnect)).toEqual([]);
    expect(outcomes.filter((outcome) => !outcome.atSave).map((outcome) => outcome.host)).toEqual(literals.slice(0, 5));
  });

  it.each([
    ["127.0.0.1", (port: number) => `http://127.0.0.1:${port}/`],
    ["localhost", (port: number) => `http://localhost:${port}/`],
    // The meta address too, "everything is allowed" (on Linux 0.0.0.0 reaches the local host).
    ["0.0.0.0", (port: number) => `http://0.0.0.0:${port}/`],
  ])("allowPrivateAddresses: %s reaches the local receiver", async (_name, urlFor) => {
    const secret = newWebhookSecret();
    const hook = await receiver((_req, res) => res.writeHead(200).end("reached"));

    const result = await sendWebhook(urlFor(hook.port), message(), [secret], { ...PUBLIC_ONLY, allowPrivateAddresses: true });

    expect(result).toMatchObject({ ok: true, status: 200, error: null, responseSnippet: "reached" });
    expect(() => new Webhook(secret).verify(hook.requests[0]!.body, webhookHeaders(hook.requests[0]!))).not.toThrow();
  });
});

describe("endpointUrlProblem", () => {
  const strict = DEFAULT_OUTBOUND_POLICY;
  const lenient: OutboundPolicy = { ...DEFAULT_OUTBOUND_POLICY, allowPrivateAddresses: true };
  const long = `https://hooks.example.com/${"p".repeat(2_000)}`;

  // [url, a problem under the default policy?, a problem when private addresses are allowed?]
  const table: [url: string, strictProblem: boolean, lenientProblem: boolean][] = [
    ["https://hooks.example.com/jobgraph", false, false],
    ["https://example.com", false, false],
    ["http://example.com:8080/path?query=1&b=2", false, false],
    ["https://xn--bcher-kva.example/hook", false, false],
    ["https://EXAMPLE.com./webhooks", false, false],
    ["https://8.8.8.8/hook", false, false],
    ["https://[2606:4700:4700::1111]/hook", false, false],
    [`https://hooks.example.com/${"p".repeat(1_970)}`, false, false],
    ["ftp://example.com/file", true, true],
    ["javascript:alert(1)", true, true],
    ["/relative/path", true, true],
    ["example.com/hook", true, true],
    ["https://user:pass@example.com/hook", true, true],
    ["https://token@example.com/hook", true, true],
    ["https://example.com/hook#section", true, true],
    ["https://example.com/hook#", true, true],
    [long, true, true],
    [" https://example.com/", true, true],
    ["https://exa mple.com/", true, true],
    ["http://127.0.0.1/", true, false],
    ["http://127.1/", true, false],
    ["http://0x7f.1/", true, false],
    ["http://2130706433/", true, false],
    ["http://017700000001/", true, false],
    ["http://[::1]/", true, false],
    ["http://[::ffff:127.0.0.1]/", true, false],
    ["http://[::ffff:a9fe:a9fe]/", true, false],
    ["http://0.0.0.0/", true, false],
    ["http://0/", true, false],
    ["http://10.1.2.3/", true, false],
    ["http://172.31.255.255/", true, false],
    ["http://172.32.0.1/", false, false],
    ["http://192.168.0.10/", true, false],
    ["http://169.254.169.254/latest/meta-data/", true, false],
    ["http://100.100.100.200/", true, false],
    ["http://[fd12:3456::1]/", true, false],
    ["http://[fe80::1]/", true, false],
    ["http://224.0.0.1/", true, false],
    ["http://255.255.255.255/", true, false],
    ["http://localhost:3000/", true, false],
    ["http://LOCALHOST./", true, false],
    ["http://api.localhost/", true, false],
    ["http://localhost.example.com/", false, false],
    ["http://10.0.0.1.nip.io/", false, false],
  ];
  const named = table.map(
    ([url, ...expected]) => [url.length > 80 ? `${url.slice(0, 40)}… (${url.length} characters)` : url, url, ...expected] as const,
  );

  it.each(named)("%s", (_name, url, strictProblem, lenientProblem) => {
    const problem = endpointUrlProblem(url, strict);
    if (strictProblem) expect(problem).toEqual(expect.any(String));
    else expect(problem).toBeNull();
    const allowed = endpointUrlProblem(url, lenient);
    if (lenientProblem) expect(allowed).toEqual(expect.any(String));
    else expect(allowed).toBeNull();
  });

  it("names the problem", () => {
    expect(endpointUrlProblem("ftp://example.com/", strict)).toMatch(/http: or https:/);
    expect(endpointUrlProblem("https://u:p@example.com/", strict)).toMatch(/username or password/);
    expect(endpointUrlProblem("https://example.com/#x", strict)).toMatch(/fragment/);
    expect(endpointUrlProblem(long, strict)).toMatch(/2,000 characters/);
    expect(endpointUrlProblem("nope", strict)).toMatch(/absolute URL/);
    expect(endpointUrlProblem("http://0x7f.1/", strict)).toBe("127.0.0.1 is not a public address");
    expect(endpointUrlProblem("http://[::ffff:127.0.0.1]/", strict)).toBe("::ffff:7f00:1 is not a public address");
    expect(endpointUrlProblem("http://localhost/", strict)).toBe("localhost is not a public address");
  });

  it("a URL of exactly 2,000 characters is accepted, 2,001 is not", () => {
    const base = "https://example.com/";
    expect(endpointUrlProblem(`${base}${"a".repeat(2_000 - base.length)}`, strict)).toBeNull();
    expect(endpointUrlProblem(`${base}${"a".repeat(2_001 - base.length)}`, strict)).not.toBeNull();
  });
});
