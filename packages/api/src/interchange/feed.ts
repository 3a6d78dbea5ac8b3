// GET /feeds/postings.ndjson: every open posting as schema.org JobPosting JSON-LD, one a line
// (NDJSON), streamed from the database a page at a time. A Yoga plugin, so it is served by
// `yoga.fetch` in tests exactly as over HTTP.
import type { Plugin } from "graphql-yoga";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../observability/logger.js";
import { openPostingWhere } from "../posting/visibility.js";
import { postingsJsonLd } from "./export.js";

export const FEED_PATH = "/feeds/postings.ndjson";

export function postingsFeed(prisma: PrismaClient, logger: Logger): Plugin {
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== FEED_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new fetchAPI.Response("Method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      const encoder = new TextEncoder();
      const postings = postingsJsonLd(prisma, openPostingWhere(new Date()));
      const body = new fetchAPI.ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const next = await postings.next();
            if (next.done) controller.close();
            else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
          } catch (error) {
            logger.error({ err: error }, "postings feed failed");
            controller.error(error);
          }
        },
        async cancel() {
          await postings.return(undefined);
        },
      });
      endResponse(
        new fetchAPI.Response(request.method === "HEAD" ? null : body, {
          status: 200,
          headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "public, max-age=300" },
        }),
      );
    },
  };
}
