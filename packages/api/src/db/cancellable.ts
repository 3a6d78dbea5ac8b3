// A statement a request runs on a PostgreSQL pool ends with the request: when its signal aborts
// (the deadline passed, or the client went away), the backend running it is told to cancel
// (pg_cancel_backend, sent over a small pool of its own, so a full pool cannot hold the cancel up),
// and the connection goes back to the pool only once the statement has stopped. Closing the socket
// instead would leave PostgreSQL running the statement until it tried to send a row.
import pg from "pg";
import type { RawRunner } from "./raw-query.js";

/** A runner of statements on `pool`, each cancelled when its signal aborts; `close` ends the cancel pool. */
export function cancellableRunner(pool: pg.Pool, options: pg.PoolConfig): { run: RawRunner; close(): Promise<void> } {
  // Cancels are rare and quick; two connections serve them, opened on demand.
  const cancels = new pg.Pool({ ...options, max: 2, statement_timeout: undefined, idleTimeoutMillis: 10_000 });
  cancels.on("error", () => {});
  const cancel = async (pid: number) => {
    await cancels.query("SELECT pg_cancel_backend($1)", [pid]);
  };

  const run: RawRunner = async (text, values, signal) => {
    if (!signal) return (await pool.query(text, values)).rows;
    signal.throwIfAborted();
    const client = await untilAborted(pool.connect(), signal, (late) => late.release());
    let cancelled: Promise<void> | undefined;
    const onAbort = () => {
      cancelled = cancel((client as unknown as { processID: number }).processID).catch(() => {});
    };
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      return (await client.query(text, values)).rows;
    } catch (error) {
      // The cancel's own error (57014, "canceling statement due to user request") is not the
      // request's: its reason is (EXECUTION_TIMEOUT, or the client gone).
      if (signal.aborted) throw signal.reason;
      throw error;
    } finally {
      signal.removeEventListener("abort", onAbort);
      if (cancelled) {
        // The backend got the cancel before the connection can serve anyone else; and the
        // connection is not reused, so a cancel that lands late can hit no other statement.
        await cancelled;
        client.release(true);
      } else client.release();
    }
  };
  return { run, close: async () => (cancels.ended ? undefined : cancels.end()) };
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
