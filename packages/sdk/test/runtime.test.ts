// The runtime's small parts: reading a document, Retry-After, backoff, user errors, paging.
import { describe, expect, it } from "vitest";
import { throwOnUserErrors, UserErrorsError } from "../src/index.js";
import { describeOperation } from "../src/runtime/document.js";
import { paginateConnection } from "../src/runtime/paginate.js";
import { backoffDelay, parseRetryAfter } from "../src/runtime/retry.js";
import type { RequestFunction } from "../src/runtime/transport.js";

describe("describeOperation", () => {
  it.each([
    ["query GetPosting($id: ID) { posting(id: $id) { id } }", undefined, { type: "query", name: "GetPosting" }],
    ["\n    mutation CreateEmployer { createEmployer { userErrors { code } } }", undefined, { type: "mutation", name: "CreateEmployer" }],
    ["{ postings { totalCount } }", undefined, { type: "query", name: undefined }],
    ["query ($first: Int) { postings(first: $first) { totalCount } }", undefined, { type: "query", name: undefined }],
    ["fragment F on Posting { id }\nmutation M { closePosting(id: 1) { posting { ...F } } }", undefined, { type: "mutation", name: "M" }],
    ['# mutation Not { }\nquery Q($s: String = "mutation X { }") { a(b: """ } mutation Y { """) }', undefined, { type: "query", name: "Q" }],
    ["query A { a } mutation B { b }", "B", { type: "mutation", name: "B" }],
  ] as const)("reads %j", (text, operationName, expected) => {
    expect(describeOperation(text, operationName)).toEqual(expected);
  });
});

describe("parseRetryAfter", () => {
  it("reads delay-seconds and HTTP dates, and ignores anything else", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("7", now)).toBe(7);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  it("is a random fraction of a ceiling that doubles each retry, up to maxDelayMs", () => {
    const options = { retries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, options, () => 1))).toEqual([100, 200, 400, 800, 1_000]);
    expect(backoffDelay(3, options, () => 0.5)).toBe(400);
    expect(backoffDelay(3, options, () => 0)).toBe(0);
  });
});

describe("throwOnUserErrors", () => {
  it("returns a payload without user errors, and throws UserErrorsError for one with them", () => {
    const ok = { employer: { id: "1" }, userErrors: [] };
    expect(throwOnUserErrors(ok)).toBe(ok);
    const userErrors = [
      { field: ["input", "slug"], code: "TAKEN", message: "Slug is taken" },
      { field: ["input", "name"], code: "REQUIRED", message: "Name is required" },
    ];
    const error = (() => {
      try {
        throwOnUserErrors({ employer: null, userErrors }, "CreateEmployer");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserErrorsError);
    expect(error).toMatchObject({ userErrors, operationName: "CreateEmployer", message: "Slug is taken [TAKEN] (and 1 more)" });
    expect(() => throwOnUserErrors(null, "CreateEmployer")).toThrow("CreateEmployer returned no payload");
  });
});

describe("paginateConnection", () => {
  /** A fake request function over `total` numbered nodes, recording the variables of each call. */
  function fakeConnection(total: number) {
    const calls: Array<Record<string, any>> = [];
    const request = (async (_document: unknown, variables: Record<string, any>) => {
      calls.push({ ...variables });
      const start = variables.after ? Number(variables.after) : 0;
      const nodes = Array.from({ length: Math.min(variables.first, total - start) }, (_, index) => start + index);
      const end = start + nodes.length;
      return { items: { nodes, pageInfo: { hasNextPage: end < total, endCursor: nodes.length ? String(end) : null } } };
    }) as unknown as RequestFunction;
    const iterate = (variables: Record<string, unknown>, limit?: number) =>
      paginateConnection(request, "query" as any, variables, { connection: (data: any) => data.items, limit });
    return { calls, iterate };
  }

  const collect = async <T>(iterator: AsyncIterable<T>) => {
    const items: T[] = [];
    for await (const item of iterator) items.push(item);
    return items;
  };

  it("follows endCursor until hasNextPage is false, 100 a page unless the variables say", async () => {
    const { calls, iterate } = fakeConnection(250);
    expect(await collect(iterate({}))).toEqual(Array.from({ length: 250 }, (_, index) => index));
    expect(calls).toEqual([{ first: 100 }, { first: 100, after: "100" }, { first: 100, after: "200" }]);
    const small = fakeConnection(5);
    await collect(small.iterate({ first: 2, filter: { x: 1 } }));
    expect(small.calls).toEqual([
      { first: 2, filter: { x: 1 } },
      { first: 2, filter: { x: 1 }, after: "2" },
      { first: 2, filter: { x: 1 }, after: "4" },
    ]);
  });

  it("stops at the limit, asking the last page only for what is left", async () => {
    const { calls, iterate } = fakeConnection(1_000);
    expect(await collect(iterate({}, 130))).toHaveLength(130);
    expect(calls.map((call) => call.first)).toEqual([100, 30]);
  });

  it("requests the next page only when the previous one is consumed", async () => {
    const { calls, iterate } = fakeConnection(1_000);
    for await (const node of iterate({ first: 10 })) if (node === 3) break;
    expect(calls).toHaveLength(1);
  });
});
