// How pnpm proof:hostile reads an attack's responses (proof/verdict.ts), so that the proof cannot
// call an attack refused or bounded when the server failed it.
import { describe, expect, it } from "vitest";
import { type Call, judge, withProbe } from "../../proof/verdict.js";

const ok: Call = { status: 200, codes: [], messages: [] };
const coded = (code: string, status = 200): Call => ({ status, codes: [code], messages: [code] });
const noAnswer: Call = { status: 0, codes: [], messages: [], failure: "TimeoutError" };

describe("the hostile proof's verdicts", () => {
  it("calls typed refusals refused, whatever their code", () => {
    expect(judge([coded("BAD_USER_INPUT"), coded("THROTTLED", 429), coded("SOME_NEW_LIMIT", 400)])).toEqual({
      ok: true,
      text: "refused: BAD_USER_INPUT, THROTTLED, SOME_NEW_LIMIT",
    });
    expect(judge([coded("BAD_USER_INPUT"), ok, ok])).toEqual({ ok: true, text: "refused BAD_USER_INPUT; 2 answered" });
    expect(judge([ok, ok])).toEqual({ ok: true, text: "answered (2)" });
  });

  it("calls no answer, 503, an execution timeout or an unavailable database NOT bounded", () => {
    expect(judge([ok, noAnswer])).toEqual({ ok: false, text: "NOT bounded: no answer (TimeoutError) of 2" });
    expect(judge([coded("EXECUTION_TIMEOUT"), coded("SERVICE_UNAVAILABLE", 503)]).text).toBe(
      "NOT bounded: EXECUTION_TIMEOUT, SERVICE_UNAVAILABLE of 2",
    );
  });

  it("calls INTERNAL_SERVER_ERROR, a 5xx or an error without a code a failure, even beside a refusal", () => {
    expect(judge([coded("INTERNAL_SERVER_ERROR"), coded("BAD_USER_INPUT")])).toEqual({ ok: false, text: "fails: INTERNAL_SERVER_ERROR of 2" });
    expect(judge([{ status: 502, codes: [], messages: [] }]).ok).toBe(false);
    expect(judge([{ status: 200, codes: ["(no code)"], messages: ["oops"] }])).toEqual({ ok: false, text: "answered with errors: (no code) of 1" });
    expect(judge([]).ok).toBe(false);
  });

  it("does not call an answered attack bounded while the probe waited a second or more", () => {
    expect(withProbe({ ok: true, text: "answered (4)" }, 1500)).toEqual({ ok: false, text: "NOT bounded (probe p99 1500 ms): answered (4)" });
    expect(withProbe({ ok: true, text: "answered (4)" }, 200).ok).toBe(true);
    expect(withProbe({ ok: true, text: "refused: BAD_USER_INPUT" }, 1500).ok).toBe(true);
  });
});
