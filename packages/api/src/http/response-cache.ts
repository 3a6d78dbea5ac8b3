// Whole-response caching for anonymous reads (The Guild's response-cache plugin). Every anonymous
// visitor of a job board sees the same public data, so the same search, posting or employer page
// is answered from memory for `ttlMs` after it was first computed. Writes through this process
// evict every cached response that contains an object they changed (by type and id); lists that a
// new posting would join are not evicted, so a search can be up to `ttlMs` behind. Requests with
// an API key are never cached: what a key may read depends on the key.
import { createHash } from "node:crypto";
import { createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../graphql/context.js";

export interface ResponseCacheOptions {
  /** How long a response is served from the cache, in milliseconds (0 turns the cache off). */
  ttlMs: number;
  /** Most responses kept (least recently used are dropped first). */
  maxEntries?: number;
}

export function responseCachePlugin({ ttlMs, maxEntries = 1000 }: ResponseCacheOptions): Plugin | undefined {
  if (ttlMs <= 0) return undefined;
  return useResponseCache({
    cache: createInMemoryCache({ max: maxEntries }),
    ttl: ttlMs,
    // One cache shared by all anonymous callers. A request with a key never reads theirs (its own
    // session) and stores nothing (ttl 0); it stays enabled so that its writes evict.
    session: (request) => {
      const authorization = request.headers.get("authorization");
      return authorization ? createHash("sha256").update(authorization).digest("base64url") : null;
    },
    onTtl: ({ ttl, context }) => ((context as Partial<Context>).viewer?.kind === "ANONYMOUS" ? ttl : 0),
    // Who is asking is per key, and audit events are admin-only: never from the cache. The change
    // feed neither: a poller caught up must hear of a change as soon as it commits, and reads by
    // position are one index range each.
    ttlPerSchemaCoordinate: { "Query.viewer": 0, "Query.auditEvents": 0, "Query.changes": 0 },
    includeExtensionMetadata: false,
  });
}
