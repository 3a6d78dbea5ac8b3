// Type tests (vitest --typecheck runs them with tsc; nothing here runs): the types a user switches
// on — error codes, the custom scalars of results, what getPosting returns, the throttle hook.
import { describe, expectTypeOf, it } from "vitest";
import {
  type CountryCode,
  type CreatePostingMutationVariables,
  type CurrencyCode,
  createClient,
  type DateString,
  type DateTimeString,
  type GetPostingQuery,
  type GraphQLRequestError,
  type JobgraphErrorCode,
  type ThrottledError,
  type ThrottleEvent,
  type ThrottleStatus,
  type UrlString,
} from "../src/index.js";

type Posting = NonNullable<GetPostingQuery["posting"]>;

describe("error codes", () => {
  it("are the documented codes, and still any string a newer server may send", () => {
    expectTypeOf<GraphQLRequestError["code"]>().toEqualTypeOf<JobgraphErrorCode | undefined>();
    expectTypeOf<"THROTTLED">().toExtend<JobgraphErrorCode>();
    expectTypeOf<"PERSISTED_QUERY_NOT_FOUND">().toExtend<JobgraphErrorCode>();
    expectTypeOf<"SOMETHING_NEW">().toExtend<JobgraphErrorCode>();
    expectTypeOf<ThrottledError["code"]>().toEqualTypeOf<"THROTTLED">();
    // The documented codes are literals, so an editor completes them and a typo in a comparison is caught.
    expectTypeOf<Extract<JobgraphErrorCode, "BAD_USER_INPUT">>().toEqualTypeOf<"BAD_USER_INPUT">();
    expectTypeOf<Extract<JobgraphErrorCode, "MAX_COST_EXCEEDED" | "NOT_FOUND">>().toEqualTypeOf<"MAX_COST_EXCEEDED" | "NOT_FOUND">();
  });
});

describe("custom scalars in results", () => {
  it("are branded strings: usable as strings, not mistaken for one another or for any string", () => {
    expectTypeOf<Posting["postedAt"]>().toEqualTypeOf<DateTimeString>();
    expectTypeOf<Posting["updatedAt"]>().toEqualTypeOf<DateTimeString>();
    expectTypeOf<Posting["salary"]["currency"]>().toEqualTypeOf<CurrencyCode | null>();
    expectTypeOf<Posting["locations"][number]["countryCode"]>().toEqualTypeOf<CountryCode>();
    expectTypeOf<Posting["apply"]["url"]>().toEqualTypeOf<UrlString | null>();
    expectTypeOf<Posting["employer"]["accreditations"][number]["awardedOn"]>().toEqualTypeOf<DateString | null>();
    expectTypeOf<DateTimeString>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<DateTimeString>();
    expectTypeOf<DateString>().not.toExtend<DateTimeString>();
    expectTypeOf<CurrencyCode>().not.toExtend<CountryCode>();
  });

  it("are plain strings in variables", () => {
    expectTypeOf<{ closesAt: string }>().toExtend<Pick<CreatePostingMutationVariables["input"], "closesAt">>();
    expectTypeOf<NonNullable<CreatePostingMutationVariables["input"]["salary"]>["currency"]>().toEqualTypeOf<string | null | undefined>();
  });
});

describe("getPosting", () => {
  it("returns what a job page shows, the employer's brands and accreditations included", () => {
    expectTypeOf<Posting["employer"]>().toHaveProperty("brands").toEqualTypeOf<Array<string>>();
    expectTypeOf<Posting["employer"]["accreditations"][number]>().toHaveProperty("scheme");
    expectTypeOf<Posting["employer"]["accreditations"][number]>().toHaveProperty("level");
    expectTypeOf<Posting["employer"]>().toHaveProperty("logoUrl").toEqualTypeOf<UrlString | null>();
    expectTypeOf<Posting["employer"]>().toHaveProperty("websiteUrl").toEqualTypeOf<UrlString | null>();
    expectTypeOf<Posting["employer"]>().toHaveProperty("description");
    expectTypeOf<Posting["employer"]>().toHaveProperty("openPostingsCount").toEqualTypeOf<number>();
    expectTypeOf<Posting>().toHaveProperty("description").toEqualTypeOf<string>();
    expectTypeOf<Posting["benefits"][number]>().toHaveProperty("source");
  });
});

describe("throttle options", () => {
  it("take maxWaitMs and an onThrottle hook told why and how long, or false", () => {
    createClient({ endpoint: "http://127.0.0.1:9/graphql", throttle: false });
    createClient({
      endpoint: "http://127.0.0.1:9/graphql",
      throttle: {
        maxWaitMs: 60_000,
        onThrottle: (event) => {
          expectTypeOf(event).toEqualTypeOf<ThrottleEvent>();
          expectTypeOf(event.reason).toEqualTypeOf<"paced" | "throttled">();
          expectTypeOf(event.throttleStatus).toEqualTypeOf<ThrottleStatus | undefined>();
          expectTypeOf(event.waitMs).toEqualTypeOf<number>();
        },
      },
    });
    // @ts-expect-error maxWaitMs is a number of milliseconds
    createClient({ endpoint: "http://127.0.0.1:9/graphql", throttle: { maxWaitMs: "1m" } });
  });
});
