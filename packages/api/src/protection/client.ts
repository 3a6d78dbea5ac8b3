// Who is asking: the key the rate limits and the subscription cap count a request against.
import type { IncomingMessage } from "node:http";
import type { Context } from "../graphql/context.js";
import type { ClientKind } from "./rate-limit.js";

/** An operation's context as the protections see it: Jobgraph's, plus Yoga's request and Node's. */
export type RequestContext = Context & { request: Request; req?: IncomingMessage };

/** The client's address: the socket's, or with `trustProxy` the last X-Forwarded-For entry (added by the proxy). */
export function clientAddress(request: Request, req: IncomingMessage | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for");
    const last = forwarded?.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return req?.socket?.remoteAddress ?? "unknown";
}

export const clientKind = (context: Context): ClientKind => (context.viewer.kind === "ANONYMOUS" ? "anonymous" : "apiKey");

/** An API key's id, or an anonymous client's address. */
export const clientKey = (context: RequestContext, trustProxy: boolean): string =>
  context.viewer.kind === "ANONYMOUS" ? clientAddress(context.request, context.req, trustProxy) : context.viewer.keyId;
