// Live events: what the write path announces after a commit, delivered to subscriptions. In one
// process by default (Yoga's in-memory pub/sub); through Redis channels when REDIS_URL is set, so
// every API process behind a load balancer hears every other's writes.
import { createPubSub } from "graphql-yoga";
import { DEFAULT_REDIS_PREFIX } from "../config.js";
import { redisClass, requireWhenNeeded } from "../optional-modules.js";

/** What happened to a posting. Each kind is a Subscription field. */
export type PostingEventKind = "published" | "closed" | "updated";

/** The event as it travels: ids only; subscribers read the posting as it is when they resolve it. */
export interface PostingEvent {
  postingId: string;
  employerId: string;
  /** The posting's version after the write. */
  version: number;
}

export interface LiveEvents {
  /** "memory" or "redis": where events travel. */
  readonly transport: "memory" | "redis";
  publish(kind: PostingEventKind, event: PostingEvent): void;
  subscribe(kind: PostingEventKind): AsyncIterable<PostingEvent>;
  /** Subscription streams listening in this process, by kind. */
  listening(kind: PostingEventKind): number;
  /** Ends every subscription stream and closes the Redis connections. */
  close(): Promise<void>;
}

export interface LiveEventsOptions {
  /** A redis:// URL; without it events stay in this process. */
  redisUrl?: string;
  /** Prepended to every Redis channel name, so several deployments (or test runs) can share one Redis. */
  channelPrefix?: string;
  /** Told about Redis connection problems and lost events (the process carries on). */
  onError?: (error: unknown, context: string) => void;
}

type Topics = Record<string, [PostingEvent]>;

export function createLiveEvents({ redisUrl, channelPrefix = DEFAULT_REDIS_PREFIX, onError = () => {} }: LiveEventsOptions = {}): LiveEvents {
  const topic = (kind: PostingEventKind) => `${channelPrefix}posting.${kind}`;
  let pubsub = createPubSub<Topics>();
  let disconnect = () => {};
  if (redisUrl) {
    // A subscribing Redis connection can do nothing else, so publishing needs its own. SUBSCRIBE
    // waits for Redis however long it is away (ioredis resubscribes after a reconnect); a PUBLISH
    // that cannot be delivered is reported and dropped: the write it announces has committed.
    const Redis = redisClass();
    const { createRedisEventTarget } = requireWhenNeeded("@graphql-yoga/redis-event-target") as typeof import("@graphql-yoga/redis-event-target");
    const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
    const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: null });
    publishClient.on("error", (error) => onError(error, "redis publish connection"));
    subscribeClient.on("error", (error) => onError(error, "redis subscribe connection"));
    const target = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
    target.dispatchEvent = (event) => {
      publishClient.publish(event.type, JSON.stringify(event.detail)).catch((error) => onError(error, `publishing to ${event.type}`));
      return true;
    };
    pubsub = createPubSub<Topics>({ eventTarget: target as never });
    disconnect = () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    };
  }
  const streams = new Set<AsyncIterator<unknown>>();
  const counts = new Map<PostingEventKind, number>();
  return {
    transport: redisUrl ? "redis" : "memory",
    publish: (kind, event) => pubsub.publish(topic(kind), event),
    subscribe: (kind) => tracked(pubsub.subscribe(topic(kind)), streams, counts, kind),
    listening: (kind) => counts.get(kind) ?? 0,
    close: async () => {
      await Promise.all([...streams].map((stream) => stream.return?.()));
      disconnect();
    },
  };
}

/**
 * Remembers open streams, so close() can end them (graceful shutdown ends SSE responses this way),
 * and counts them per kind from their first read, when the underlying listener is registered.
 */
function tracked<T>(
  source: AsyncIterable<T>,
  streams: Set<AsyncIterator<unknown>>,
  counts: Map<PostingEventKind, number>,
  kind: PostingEventKind,
): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = source[Symbol.asyncIterator]();
      let state: "new" | "listening" | "done" = "new";
      streams.add(iterator);
      const done = () => {
        streams.delete(iterator);
        if (state === "listening") counts.set(kind, (counts.get(kind) ?? 1) - 1);
        state = "done";
      };
      return {
        next: async () => {
          const pending = iterator.next();
          if (state === "new") {
            state = "listening";
            counts.set(kind, (counts.get(kind) ?? 0) + 1);
          }
          const result = await pending;
          if (result.done) done();
          return result;
        },
        return: async (value?: unknown) => {
          done();
          return (await iterator.return?.(value)) ?? { done: true, value: undefined as never };
        },
        throw: async (error?: unknown) => {
          done();
          if (iterator.throw) return iterator.throw(error);
          throw error;
        },
      };
    },
  };
}
