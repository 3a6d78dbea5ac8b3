// verifyWebhook against requests signed by the Standard Webhooks reference library (what the
// Jobgraph server signs with), as the Headers of a fetch-style receiver and as Node's
// IncomingHttpHeaders from a real node:http server.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { describe, expect, expectTypeOf, it } from "vitest";
import { JobgraphError, verifyWebhook, type WebhookEvent, WebhookVerificationError, type WebhookVerificationReason } from "../src/index.js";

const newSecret = () => `whsec_${randomBytes(24).toString("base64")}`;
const secret = newSecret();
const now = new Date("2026-05-01T12:00:00Z");

const event = {
  type: "posting.published",
  timestamp: "2026-05-01T12:00:00.000Z",
  data: {
    id: "chg1_abc_1",
    kind: "PUBLISHED",
    objectType: "POSTING",
    objectId: "UG9zdGluZzox",
    employerId: "RW1wbG95ZXI6MQ==",
    changedFields: ["status"],
    at: "2026-05-01T11:59:59.000Z",
  },
};
const body = JSON.stringify(event);

/** The three headers as the reference library signs them. */
function signed(payload = body, { key = secret, id = "msg_2x7", at = now } = {}) {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(key).sign(id, at, payload),
  };
}

async function reason(promise: Promise<unknown>): Promise<WebhookVerificationReason> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  expect(error).toBeInstanceOf(JobgraphError);
  return (error as WebhookVerificationError).reason;
}

describe("verifyWebhook", () => {
  it("accepts a request the reference library signed, and returns its event, typed by type", async () => {
    const verified = await verifyWebhook(body, new Headers(signed()), secret, { now });
    expect(verified).toEqual(event);
    expectTypeOf(verified).toEqualTypeOf<WebhookEvent>();
    if (verified.type === "posting.published") expectTypeOf(verified.data.kind).toEqualTypeOf<"PUBLISHED">();
    if (verified.type === "webhook.test") expectTypeOf(verified.data).toEqualTypeOf<{ message: string }>();
  });

  it("agrees with the reference library's own verify on the same request", async () => {
    const headers = signed(body, { at: new Date() });
    expect(new Webhook(secret).verify(body, headers)).toEqual(event);
    await expect(verifyWebhook(body, headers, secret)).resolves.toEqual(event);
  });

  it("accepts the webhook.test event", async () => {
    const test = JSON.stringify({ type: "webhook.test", timestamp: now.toISOString(), data: { message: "Hello from Jobgraph" } });
    await expect(verifyWebhook(test, signed(test), secret, { now })).resolves.toMatchObject({ data: { message: "Hello from Jobgraph" } });
  });

  it("refuses a tampered body", async () => {
    const headers = signed();
    expect(await reason(verifyWebhook(body.replace("PUBLISHED", "ARCHIVED"), headers, secret, { now }))).toBe("no_matching_signature");
    expect(await reason(verifyWebhook(`${body} `, headers, secret, { now }))).toBe("no_matching_signature");
  });

  it("refuses a tampered id or timestamp, which are signed too", async () => {
    const headers = signed();
    expect(await reason(verifyWebhook(body, { ...headers, "webhook-id": "msg_other" }, secret, { now }))).toBe("no_matching_signature");
    const later = String(Number(headers["webhook-timestamp"]) + 1);
    expect(await reason(verifyWebhook(body, { ...headers, "webhook-timestamp": later }, secret, { now }))).toBe("no_matching_signature");
  });

  it("refuses a request signed with another secret", async () => {
    expect(await reason(verifyWebhook(body, signed(body, { key: newSecret() }), secret, { now }))).toBe("no_matching_signature");
  });

  it("accepts a signature by any of several secrets, and any of several signatures (rotation)", async () => {
    const [old, fresh] = [newSecret(), newSecret()];
    // The receiver knows both while rotating; the sender signed with one of them.
    await expect(verifyWebhook(body, signed(body, { key: old }), [fresh, old], { now })).resolves.toEqual(event);
    await expect(verifyWebhook(body, signed(body, { key: fresh }), [fresh, old], { now })).resolves.toEqual(event);
    // The sender signed with both; the receiver knows one.
    const both = `${signed(body, { key: old })["webhook-signature"]} ${signed(body, { key: fresh })["webhook-signature"]}`;
    await expect(verifyWebhook(body, { ...signed(), "webhook-signature": both }, fresh, { now })).resolves.toEqual(event);
    expect(await reason(verifyWebhook(body, { ...signed(), "webhook-signature": both }, [secret], { now }))).toBe("no_matching_signature");
  });

  it("refuses a timestamp older or further ahead than the tolerance, and accepts one within it", async () => {
    const at = (seconds: number) => signed(body, { at: new Date(now.getTime() + seconds * 1000) });
    expect(await reason(verifyWebhook(body, at(-301), secret, { now }))).toBe("timestamp_too_old");
    expect(await reason(verifyWebhook(body, at(301), secret, { now }))).toBe("timestamp_too_new");
    await expect(verifyWebhook(body, at(-299), secret, { now })).resolves.toEqual(event);
    await expect(verifyWebhook(body, at(299), secret, { now })).resolves.toEqual(event);
    expect(await reason(verifyWebhook(body, at(-60), secret, { now, toleranceSeconds: 30 }))).toBe("timestamp_too_old");
    // Checked against the clock by default: a day-old signature is refused now.
    expect(await reason(verifyWebhook(body, signed(body, { at: new Date(Date.now() - 86_400_000) }), secret))).toBe("timestamp_too_old");
  });

  it("refuses a request without one of the three headers", async () => {
    for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"] as const) {
      const headers: Record<string, string> = signed();
      delete headers[name];
      expect(await reason(verifyWebhook(body, headers, secret, { now })), name).toBe("missing_headers");
      expect(await reason(verifyWebhook(body, new Headers(headers), secret, { now })), name).toBe("missing_headers");
    }
  });

  it("refuses a timestamp that is not a number of seconds", async () => {
    for (const timestamp of ["soon", "1.5", now.toISOString()])
      expect(await reason(verifyWebhook(body, { ...signed(), "webhook-timestamp": timestamp }, secret, { now })), timestamp).toBe(
        "invalid_timestamp",
      );
  });

  it("refuses a malformed signature header, and one whose signatures are not v1", async () => {
    const headers = signed();
    const [, signature] = headers["webhook-signature"].split(",");
    for (const malformed of [signature!, "v1", "garbage", ","])
      expect(await reason(verifyWebhook(body, { ...headers, "webhook-signature": malformed }, secret, { now })), malformed).toBe(
        "malformed_signature",
      );
    for (const wrong of [`v2,${signature}`, "v1,not base64!", `v1a,${signature}`])
      expect(await reason(verifyWebhook(body, { ...headers, "webhook-signature": wrong }, secret, { now })), wrong).toBe("no_matching_signature");
    // A v1 signature among others that the receiver does not understand is found.
    await expect(verifyWebhook(body, { ...headers, "webhook-signature": `v1a,xyz v1,${signature}` }, secret, { now })).resolves.toEqual(event);
  });

  it("refuses a correctly signed body that is not a JSON event", async () => {
    for (const payload of ["not json", "[]", JSON.stringify({ type: "posting.published" })])
      expect(await reason(verifyWebhook(payload, signed(payload), secret, { now })), payload).toBe("invalid_payload");
  });

  it("takes headers in any case from a plain record", async () => {
    const upper = Object.fromEntries(Object.entries(signed()).map(([name, value]) => [name.toUpperCase(), value]));
    await expect(verifyWebhook(body, upper, secret, { now })).resolves.toEqual(event);
  });

  it("throws a TypeError for a secret that is not base64, a mistake of the receiver's, not the sender's", async () => {
    await expect(verifyWebhook(body, signed(), "whsec_!!!", { now })).rejects.toBeInstanceOf(TypeError);
  });

  it("verifies a request received by a node:http server, from its IncomingHttpHeaders", async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const server = createServer((request, response) => {
      let text = "";
      request.setEncoding("utf8");
      request.on("data", (chunk: string) => (text += chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body: text });
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
      const unicode = JSON.stringify({ ...event, data: { ...event.data, changedFields: ["title"] }, note: "café ✓" });
      await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...signed(unicode) }, body: unicode });
      await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...signed(unicode) },
        body: unicode.replace("café", "cafe"),
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const [genuine, forged] = received;
    expect(genuine!.headers["webhook-signature"]).toMatch(/^v1,/);
    await expect(verifyWebhook(genuine!.body, genuine!.headers, secret, { now })).resolves.toMatchObject({ note: "café ✓" });
    expect(await reason(verifyWebhook(forged!.body, forged!.headers, secret, { now }))).toBe("no_matching_signature");
  });
});
