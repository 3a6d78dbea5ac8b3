// A minimal GraphQL-over-SSE client (Yoga's "distinct connections" mode): one HTTP request per
// subscription, `event: next` messages carrying results, `event: complete` at the end.

export interface SseSubscription {
  /** The next result (`{ data }` or `{ errors }`); rejects when the stream ends first. */
  next(): Promise<{ data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; extensions?: Record<string, unknown> }>;
  close(): void;
}

export async function subscribe(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription> {
  const abort = new AbortController();
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`subscription failed: HTTP ${response.status} ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const results: unknown[] = [];
  const waiting: Array<{ resolve: (value: any) => void; reject: (error: Error) => void }> = [];
  let ended: Error | null = null;
  const deliver = () => {
    while (waiting.length && (results.length || ended)) {
      const waiter = waiting.shift();
      if (results.length) waiter?.resolve(results.shift());
      else waiter?.reject(ended as Error);
    }
  };
  void (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(message)?.[1];
          const data = message
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trim())
            .join("\n");
          if (event === "next") results.push(JSON.parse(data));
          end = buffer.indexOf("\n\n");
        }
        deliver();
      }
      ended = new Error("the subscription stream ended");
    } catch (error) {
      ended = error instanceof Error ? error : new Error(String(error));
    }
    deliver();
  })();
  return {
    next: () =>
      new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        deliver();
      }),
    close: () => abort.abort(),
  };
}

/** Polls `condition` until it holds (at most `attempts` times, 50 ms apart). */
export async function until(condition: () => boolean | Promise<boolean>, what: string, attempts = 200): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}
