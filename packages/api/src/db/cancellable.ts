// A statement a request runs on a PostgreSQL pool ends with the request: when its signal aborts
// (the deadline passed, or the client went away), the backend running it is told to cancel
// (pg_cancel_backend, sent over a small pool of its own, so a full pool cannot hold the cancel up),
// and the connection goes back to the pool only once the statement has stopped. Closing the socket
// instead would leave PostgreSQL running the statement until it tried to send a row. Prisma's
// statements outside transactions are cancelled the same way, by the request they run for.
import { AsyncLocalStorage } from "node:async_hooks";
import pg from "pg";
import type { RawRunner } from "./raw-query.js";

/** The signal of the request whose code is running (set around each operation's execution). */
export const requestSignal = new AsyncLocalStorage<AbortSignal>();

/**
 * A runner of statements on `pool`, each cancelled when its signal aborts; `close` ends the cancel
 * pool. It also makes the pool's own `query` (what Prisma's adapter calls for every statement
 * outside a transaction) cancellable in the same way, by the signal of the request it runs for
 * (`requestSignal`): a request's Prisma statements end with it too, not only at `statement_timeout`.
 */
export function cancellableRunner(pool: pg.Pool, options: pg.PoolConfig): { run: RawRunner; close(): Promise<void> } {
  // Cancels are rare and quick; two connections serve them, opened on demand.
  const cancels = new pg.Pool({ ...options, max: 2, statement_timeout: undefined, idleTimeoutMillis: 10_000 });
  cancels.on("error", () => {});
  const cancel = async (pid: number) => {
    await cancels.query("SELECT pg_cancel_backend($1)", [pid]);
  };

  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const poolConnect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient>;

  /** A connection from the pool whose statements are cancelled when `signal` aborts (and which is then not reused). */
  const connectCancellable = async (signal: AbortSignal): Promise<pg.PoolClient> => {
    signal.throwIfAborted();
    const client = await untilAborted(poolConnect(), signal, (late) => late.release());
    let cancelled: Promise<void> | undefined;
    const onAbort = () => {
      cancelled = cancel((client as unknown as { processID: number }).processID).catch(() => {});
    };
    signal.addEventListener("abort", onAbort, { once: true });
    const release = client.release.bind(client);
    client.release = (error?: Error | boolean) => {
      signal.removeEventListener("abort", onAbort);
      // A connection that was sent a cancel is not reused, once the backend has it: a cancel
      // landing late could hit someone else's statement.
      if (cancelled) void cancelled.then(() => release(true));
      else release(error);
    };
    return client;
  };

  const runCancellable = async (query: string | pg.QueryConfig, values: unknown[] | undefined, signal: AbortSignal): Promise<pg.QueryResult> => {
    const client = await connectCancellable(signal);
    try {
      return await client.query(query as pg.QueryConfig, values);
    } catch (error) {
      // The cancel's own error (57014, "canceling statement due to user request") is not the
      // request's: its reason is (EXECUTION_TIMEOUT, or the client gone).
      if (signal.aborted) throw signal.reason;
      throw error;
    } finally {
      client.release();
    }
  };

  // Prisma's adapter sends a statement outside a transaction with `pool.query(config)`, and a
  // transaction's on a client from `pool.connect()`: within a request (`requestSignal`), both are
  // cancelled when it ends. A transaction's cancelled statement fails it, so Prisma rolls it back.
  const target = pool as unknown as Record<"query" | "connect", (...args: unknown[]) => unknown>;
  target.query = (...args: unknown[]) => {
    const signal = requestSignal.getStore();
    // Callback calls (pg-pool's own) and calls outside a request go to pg as they are.
    if (!signal || args.some((arg) => typeof arg === "function")) return poolQuery(...args);
    return runCancellable(args[0] as string | pg.QueryConfig, args[1] as unknown[] | undefined, signal);
  };
  target.connect = (...args: unknown[]) => {
    const signal = requestSignal.getStore();
    if (!signal || args.length > 0) return poolConnect(...args);
    return connectCancellable(signal);
  };
  const prepared = preparedNames();
  const run: RawRunner = async (text, values, signal, options) => {
    const name = options?.prepare ? prepared(text) : undefined;
    const query: pg.QueryConfig = name ? { name, text } : { text };
    if (!signal) return ((await poolQuery(query, values)) as pg.QueryResult).rows;
    return (await runCancellable(query, values, signal)).rows;
  };
  return { run, close: async () => (cancels.ended ? undefined : cancels.end()) };
}

/** Most statements a pool keeps prepared on each of its connections. */
export const MAX_PREPARED_STATEMENTS = 100;

/**
 * Names for the statements asked to be prepared (raw-query.ts `prepare`): a text sent a second time
 * (the same document's compiled read) gets a name, so each connection parses and plans it once and
 * then only binds the request's values (planning a compiled read's statement cost PostgreSQL about
 * as much as running it). At most MAX_PREPARED_STATEMENTS texts get names, so neither this process
 * nor a PostgreSQL backend holds an unbounded number; texts seen once are forgotten in batches.
 */
function preparedNames(): (text: string) => string | undefined {
  const names = new Map<string, string>();
  const seenOnce = new Set<string>();
  return (text) => {
    const name = names.get(text);
    if (name || names.size >= MAX_PREPARED_STATEMENTS) return name;
    if (!seenOnce.has(text)) {
      if (seenOnce.size >= 1000) seenOnce.clear();
      seenOnce.add(text);
      return undefined;
    }
    seenOnce.delete(text);
    const named = `jobgraph_${names.size + 1}`;
    names.set(text, named);
    return named;
  };
}

/** `promise`, or the signal's reason if it aborts first (then `late` gets what the promise brings). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal, late: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(signal.reason);
      promise.then(late, () => {});
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        if (signal.aborted) return; // already rejected; onAbort hands the value to `late`
        resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
