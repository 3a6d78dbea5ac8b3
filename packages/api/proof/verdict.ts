// How pnpm proof:hostile (hostile.ts) tells from an attack's responses what the server did:
// refused it by design, answered it, or failed (no answer, 503, execution timeout, 5xx,
// INTERNAL_SERVER_ERROR). Separate from the script so that test/proof/verdict.test.ts can check it.

/** One response (or the lack of one) to an attack's request. */
export interface Call {
  status: number;
  /** extensions.code of every GraphQL error in the response. */
  codes: string[];
  messages: string[];
  /** No HTTP answer: timeout, abort, connection error. */
  failure?: string;
  body?: any;
  text?: string;
}

export const tally = (items: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].map(([item, n]) => (n > 1 ? `${item}×${n}` : item)).join(", ");
};

/** What a call came back as: its first error code, else its HTTP status, else "no answer (…)". */
export const answer = (call: Call) =>
  call.failure ? `no answer (${call.failure})` : (call.codes[0] ?? (call.status === 200 ? "ok" : `HTTP ${call.status}`));
export const isBad = (call: Call) =>
  Boolean(call.failure) ||
  call.status >= 500 ||
  call.codes.some((code) => code === "INTERNAL_SERVER_ERROR" || code === "EXECUTION_TIMEOUT" || code === "SERVICE_UNAVAILABLE");
/**
 * Refused by design: a 4xx, or errors that all carry a code (BAD_USER_INPUT, THROTTLED, MAX_COST_EXCEEDED,
 * GRAPHQL_VALIDATION_FAILED, …): a typed answer the client can act on, whichever code the server chose.
 */
const isRefusal = (call: Call) =>
  !isBad(call) && ((call.status >= 400 && call.status < 500) || (call.codes.length > 0 && call.codes.every((code) => code !== "(no code)")));

export interface Verdict {
  /** Meets the attack's own aim: refused, bounded, held. */
  ok: boolean;
  text: string;
}

/**
 * The outcome of calls that should each be either refused or answered well: NOT bounded when any
 * got no answer, a 503, EXECUTION_TIMEOUT or SERVICE_UNAVAILABLE; fails when any got another 5xx or
 * INTERNAL_SERVER_ERROR; else refused (by code) or answered (bounded if the probe agrees: `withProbe`).
 */
export function judge(calls: readonly Call[]): Verdict {
  if (!calls.length) return { ok: false, text: "no requests made" };
  const bad = calls.filter(isBad);
  const unbounded = bad.some(
    (c) => c.failure || c.status === 503 || c.codes.some((code) => code === "EXECUTION_TIMEOUT" || code === "SERVICE_UNAVAILABLE"),
  );
  if (bad.length) return { ok: false, text: `${unbounded ? "NOT bounded" : "fails"}: ${tally(bad.map(answer))} of ${calls.length}` };
  const refused = calls.filter(isRefusal);
  if (refused.length === calls.length) return { ok: true, text: `refused: ${tally(refused.map(answer))}` };
  const errors = calls.filter((c) => !isRefusal(c) && (c.codes.length || c.status !== 200));
  if (errors.length) return { ok: false, text: `answered with errors: ${tally(errors.map(answer))} of ${calls.length}` };
  return {
    ok: true,
    text: refused.length ? `refused ${tally(refused.map(answer))}; ${calls.length - refused.length} answered` : `answered (${calls.length})`,
  };
}

/** An attack answered while everyone else waited (the probe's p99 at 1 s or more) is not bounded; a refusal stays a refusal. */
export function withProbe(verdict: Verdict, probeP99: number): Verdict {
  if (!verdict.ok || probeP99 < 1000 || verdict.text.startsWith("refused")) return verdict;
  return { ok: false, text: `NOT bounded (probe p99 ${probeP99.toFixed(0)} ms): ${verdict.text}` };
}
