// Yoga's CSRF prevention, except for EventSource (a GET asking for text/event-stream), which
// cannot send headers: subscriptions from browsers use it. Nothing is lost: mutations are never
// run over GET, and the API has no ambient credentials (keys are bearer tokens, not cookies).
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import type { Plugin } from "graphql-yoga";

/** The header a browser cannot send without a CORS preflight; the SDK sends it on every request. */
export const CSRF_HEADER = "x-graphql-yoga-csrf";

/** The message Yoga's plugin refuses a request with (error-codes.ts gives it a code and a clearer message). */
export const YOGA_CSRF_MESSAGE = "Required CSRF header(s) not present";

export function csrfPreventionPlugin(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      const { request } = payload;
      if (request.method === "GET" && request.headers.get("accept")?.includes("text/event-stream")) return;
      return csrf.onRequestParse?.(payload);
    },
  };
}
