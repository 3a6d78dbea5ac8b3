// Tells "the database cannot be reached" apart from every other failure, so that the API answers
// 503 SERVICE_UNAVAILABLE (retry later) instead of a masked 500 while PostgreSQL is down or
// restarting. The errors come from three layers: Prisma's codes, the driver adapter's error kinds,
// and pg itself (plain Errors with a fixed message, or PostgreSQL's SQLSTATE).

/** Prisma: can't reach (P1001), timed out (P1002), connection closed (P1017), pool timeout (P2024). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** @prisma/adapter-pg's error kinds for a missing or lost server. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** SQLSTATE classes 08 (connection exception) and 57P (shutdown, crash, cannot connect now), and 53300 (too many connections). */
const SQLSTATE = /^(08...|57P0[1-4]|53300)$/;
/** Node's socket errors. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
/** pg's own messages, which carry no code. */
const PG_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
  const kind = (e as { kind?: unknown }).kind;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (typeof e.message === "string" && PG_MESSAGES.some((message) => (e.message as string).includes(message))) return true;
  // Prisma wraps the driver adapter's error (meta.driverAdapterError.cause) and raw queries' errors.
  return isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1) || isDatabaseUnavailable(e.cause, depth + 1);
}

/**
 * PostgreSQL stopped a statement at its `statement_timeout` (SQLSTATE 57014 with that message; a
 * cancel a request sent itself surfaces as the request's own reason instead, db/cancellable.ts).
 */
export function isStatementTimeout(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown }; originalCode?: unknown };
  if ((e.code === "57014" || e.originalCode === "57014") && typeof e.message === "string" && e.message.includes("statement timeout")) return true;
  return isStatementTimeout(e.meta?.driverAdapterError, depth + 1) || isStatementTimeout(e.cause, depth + 1);
}
