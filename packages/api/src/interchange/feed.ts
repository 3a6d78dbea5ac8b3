// GET /feeds/postings.ndjson: every open posting as schema.org JobPosting JSON-LD, one a line
// (NDJSON), streamed from the database a page at a time. A Yoga plugin, so it is served by
// `yoga.fetch` in tests exactly as over HTTP.
//
// A feed is bounded like an operation:
// - priced: each page of `pageSize` records costs FEED_PAGE_COST points from the client's rate-limit
//   allowance (the limiter GraphQL operations use, anonymous by address), taken before the page is
//   read; when the allowance runs out the feed ends with a final THROTTLED error record;
// - back-pressured: a ReadableStream with `pull`, so the next page is read only once the consumer
//   has taken what was sent (a slow reader holds one page, not the table);
// - capped: a client may read `maxFeedsPerClient` feeds at once (HTTP 429 beyond);
// - never silently short: a record that cannot be produced ends the feed with a final error record
//   `{"error":{"code":…,"message":…}}`, so a consumer can tell a complete feed from a broken one.
import type { IncomingMessage } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../observability/logger.js";
import { openPostingWhere } from "../posting/visibility.js";
import { clientAddress } from "../protection/client.js";
import { LimitCode } from "../protection/codes.js";
import type { CostRateLimiter } from "../protection/rate-limit.js";
import { EXPORT_PAGE_SIZE, postingsJsonLd } from "./export.js";

export const FEED_PATH = "/feeds/postings.ndjson";
/** Points a page of the feed takes from the client's allowance: a search page's worth. */
export const FEED_PAGE_COST = 20;
/** Feeds one client (address) may read at once on one process. */
export const MAX_FEEDS_PER_CLIENT = 2;

/** The code of the final record when a posting could not be turned into JSON-LD. */
export const FEED_RECORD_FAILED = "FEED_RECORD_FAILED";

export interface FeedOptions {
  /** The rate limiter GraphQL operations take from; absent when rate limiting is off. */
  limiter?: CostRateLimiter;
  trustProxy?: boolean;
  maxFeedsPerClient?: number;
  pageSize?: number;
}

const errorLine = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ error: { code, message, ...extra } })}\n`;

export function postingsFeed(prisma: PrismaClient, logger: Logger, options: FeedOptions = {}): Plugin {
  const { limiter, trustProxy = false, maxFeedsPerClient = MAX_FEEDS_PER_CLIENT, pageSize = EXPORT_PAGE_SIZE } = options;
  /** Feeds being read, by client address. */
  const reading = new Map<string, number>();
  const reserve = (client: string): (() => void) | undefined => {
    const held = reading.get(client) ?? 0;
    if (held >= maxFeedsPerClient) return undefined;
    reading.set(client, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (reading.get(client) ?? 1) - 1;
      if (left > 0) reading.set(client, left);
      else reading.delete(client);
    };
  };

  return {
    onRequest: async ({ request, url, endResponse, fetchAPI, serverContext }) => {
      if (url.pathname !== FEED_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new fetchAPI.Response("Method not allowed\n", { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      const headers = { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "public, max-age=300" };
      if (request.method === "HEAD") {
        endResponse(new fetchAPI.Response(null, { status: 200, headers }));
        return;
      }
      const client = clientAddress(request, (serverContext as { req?: IncomingMessage }).req, trustProxy);
      // Reserved before anything is awaited, so feeds started together are counted together.
      const release = reserve(client);
      if (!release) {
        endResponse(
          new fetchAPI.Response(
            errorLine(LimitCode.TOO_MANY_FEEDS, `Too many feeds: a client may read ${maxFeedsPerClient} at once; finish one first.`, {
              maxFeeds: maxFeedsPerClient,
            }),
            { status: 429, headers: { "content-type": headers["content-type"] } },
          ),
        );
        return;
      }

      /** Takes a page's points; the refusal as a final record, or nothing when allowed. */
      const charge = async (): Promise<{ line: string; retryAfter: number } | undefined> => {
        if (!limiter) return undefined;
        const taken = await limiter.take("anonymous", client, FEED_PAGE_COST);
        if (taken.allowed) return undefined;
        return {
          line: errorLine(
            LimitCode.THROTTLED,
            `Rate limited: a page of the feed costs ${FEED_PAGE_COST} and ${taken.status.currentlyAvailable} of your ${taken.status.maximumAvailable} points are left; retry after ${taken.retryAfterSeconds} s.`,
            { retryAfter: taken.retryAfterSeconds },
          ),
          retryAfter: taken.retryAfterSeconds,
        };
      };
      // The first page is charged before the response starts, so a client already out of points gets a plain 429.
      let refused: Awaited<ReturnType<typeof charge>>;
      try {
        refused = await charge();
      } catch (error) {
        release();
        throw error;
      }
      if (refused) {
        release();
        endResponse(
          new fetchAPI.Response(refused.line, {
            status: 429,
            headers: { "content-type": headers["content-type"], "retry-after": String(refused.retryAfter) },
          }),
        );
        return;
      }

      const encoder = new TextEncoder();
      const postings = postingsJsonLd(prisma, openPostingWhere(new Date()), pageSize);
      let sent = 0;
      const body = new fetchAPI.ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            const finish = (line?: string) => {
              if (line) controller.enqueue(encoder.encode(line));
              controller.close();
              release();
              void postings.return(undefined).catch(() => undefined);
            };
            // Each further page is paid for before it is read.
            if (sent > 0 && sent % pageSize === 0) {
              const throttled = await charge().catch(() => undefined);
              if (throttled) return finish(throttled.line);
            }
            let next: IteratorResult<unknown>;
            try {
              next = await postings.next();
            } catch (error) {
              logger.error({ err: error, after: sent }, "postings feed: a record could not be produced");
              return finish(
                errorLine(FEED_RECORD_FAILED, `The feed stopped after ${sent} records: the next could not be produced. Retry later.`, {
                  after: sent,
                }),
              );
            }
            if (next.done) return finish();
            sent++;
            controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
          },
          async cancel() {
            release();
            await postings.return(undefined);
          },
        },
        // One record queued ahead: the next page is read when the consumer has drained this one.
        { highWaterMark: 1 },
      );
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
