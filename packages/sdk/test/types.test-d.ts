// Type tests (vitest --typecheck runs them with tsc; nothing here runs): each method takes its
// operation's variables and resolves to its exact result, and wrong calls do not compile: each line
// marked as an expected error must be one, or the type check fails. Nothing here sends a request.
import { describe, expectTypeOf, it } from "vitest";
import {
  type CreatePostingMutation,
  type CreatePostingMutationVariables,
  createClient,
  GetBenefitDocument,
  type GetBenefitQuery,
  type GetBenefitQueryVariables,
  type GetEmployerQuery,
  type GetEmployerQueryVariables,
  GetPostingDocument,
  type GetPostingQuery,
  type GetPostingQueryVariables,
  type GraphQLRequestError,
  type HttpError,
  type JobgraphError,
  type JobgraphErrorCode,
  type ListBenefitsQuery,
  type ListBenefitsQueryVariables,
  type ListEmployersQuery,
  type ListEmployersQueryVariables,
  NetworkError,
  type SearchPostingsQuery,
  type SearchPostingsQueryVariables,
  type TimeoutError,
  throwOnUserErrors,
  type UserError,
  type UserErrorCode,
  type ViewerQuery,
  type ViewerQueryVariables,
} from "../src/index.js";

const client = createClient({ endpoint: "http://127.0.0.1:9/graphql" });
type Node<T extends { nodes: readonly unknown[] }> = T["nodes"][number];

describe("the client's methods", () => {
  it("resolve to their operation's exact result type", () => {
    expectTypeOf(client.searchPostings).returns.resolves.toEqualTypeOf<SearchPostingsQuery>();
    expectTypeOf(client.getPosting).returns.resolves.toEqualTypeOf<GetPostingQuery>();
    expectTypeOf(client.getEmployer).returns.resolves.toEqualTypeOf<GetEmployerQuery>();
    expectTypeOf(client.listEmployers).returns.resolves.toEqualTypeOf<ListEmployersQuery>();
    expectTypeOf(client.listBenefits).returns.resolves.toEqualTypeOf<ListBenefitsQuery>();
    expectTypeOf(client.getBenefit).returns.resolves.toEqualTypeOf<GetBenefitQuery>();
  });

  it("take their operation's variables, optional unless one is required", () => {
    expectTypeOf(client.searchPostings).parameter(0).toEqualTypeOf<SearchPostingsQueryVariables | undefined>();
    expectTypeOf(client.getPosting).parameter(0).toEqualTypeOf<GetPostingQueryVariables | undefined>();
    expectTypeOf(client.getEmployer).parameter(0).toEqualTypeOf<GetEmployerQueryVariables | undefined>();
    expectTypeOf(client.listEmployers).parameter(0).toEqualTypeOf<ListEmployersQueryVariables | undefined>();
    expectTypeOf(client.listBenefits).parameter(0).toEqualTypeOf<ListBenefitsQueryVariables | undefined>();
    expectTypeOf(client.getBenefit).parameter(0).toEqualTypeOf<GetBenefitQueryVariables>();
  });

  it("do not compile with wrong variables or options", () => {
    const compileOnly = () => {
      // @ts-expect-error getBenefit needs its key
      void client.getBenefit();
      // @ts-expect-error getBenefit needs its key
      void client.getBenefit({ postingsFirst: 5 });
      // @ts-expect-error a misspelt variable
      void client.searchPostings({ frist: 10 });
      // @ts-expect-error page sizes are numbers
      void client.searchPostings({ first: "10" });
      // @ts-expect-error FULL_TIME is an hours type, not a contract type
      void client.searchPostings({ filter: { contractTypes: ["FULL_TIME"] } });
      // @ts-expect-error global IDs are strings
      void client.getPosting({ id: 1 });
      // @ts-expect-error an unknown request option
      void client.listBenefits({}, { retries: 3 });
      // @ts-expect-error there is no such operation
      void client.deletePosting;
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});

describe("the write methods", () => {
  it("resolve to their payload, whose userErrors carry typed codes", () => {
    expectTypeOf(client.createPosting).returns.resolves.toEqualTypeOf<CreatePostingMutation>();
    expectTypeOf(client.createPosting).parameter(0).toEqualTypeOf<CreatePostingMutationVariables>();
    type Payload = NonNullable<CreatePostingMutation["createPosting"]>;
    expectTypeOf<Payload["userErrors"][number]["code"]>().toEqualTypeOf<UserErrorCode>();
    expectTypeOf<Payload["userErrors"][number]["field"]>().toEqualTypeOf<Array<string> | null>();
    expectTypeOf(throwOnUserErrors<Payload>).returns.toEqualTypeOf<Payload>();
    expectTypeOf(client.viewer).parameter(0).toEqualTypeOf<ViewerQueryVariables | undefined>();
    expectTypeOf(client.viewer).returns.resolves.toEqualTypeOf<ViewerQuery>();
  });

  it("do not compile without their input, or with a wrong idempotency key", () => {
    const input = { reference: "R-1", title: "Baker", description: "Bakes." };
    const compileOnly = () => {
      // @ts-expect-error createPosting needs its input
      void client.createPosting();
      // @ts-expect-error the input needs a title
      void client.createPosting({ input: { reference: "R-1", description: "Bakes." } });
      // @ts-expect-error an idempotency key is a string, or true to generate one
      void client.createPosting({ input }, { idempotencyKey: 42 });
      // @ts-expect-error publishPosting needs the posting's id
      void client.publishPosting({ expectedVersion: 3 });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});

describe("the paginators", () => {
  it("yield their connection's node type", () => {
    expectTypeOf(client.paginate.postings).returns.toEqualTypeOf<AsyncGenerator<Node<SearchPostingsQuery["postings"]>, void, undefined>>();
    expectTypeOf(client.paginate.employers).returns.toEqualTypeOf<AsyncGenerator<Node<ListEmployersQuery["employers"]>, void, undefined>>();
    expectTypeOf(client.paginate.benefits).returns.toEqualTypeOf<AsyncGenerator<Node<ListBenefitsQuery["benefits"]>, void, undefined>>();
    type EmployerPostings = NonNullable<GetEmployerQuery["employer"]>["postings"];
    expectTypeOf(client.paginate.employerPostings).returns.toEqualTypeOf<AsyncGenerator<Node<EmployerPostings>, void, undefined>>();
    type BenefitPostings = NonNullable<GetBenefitQuery["benefit"]>["postings"];
    expectTypeOf(client.paginate.benefitPostings).returns.toEqualTypeOf<AsyncGenerator<Node<BenefitPostings>, void, undefined>>();
  });

  it("take the operation's variables without the cursor they manage", () => {
    expectTypeOf(client.paginate.postings).parameter(0).toEqualTypeOf<Omit<SearchPostingsQueryVariables, "after" | "before" | "last"> | undefined>();
    expectTypeOf(client.paginate.benefitPostings).parameter(0).toEqualTypeOf<Omit<GetBenefitQueryVariables, "postingsAfter" | "before" | "last">>();
    const compileOnly = () => {
      // @ts-expect-error the paginator sets the cursor
      void client.paginate.postings({ after: "cursor" });
      // @ts-expect-error a benefit's postings need the benefit's key
      void client.paginate.benefitPostings({});
      // @ts-expect-error limit is a number
      void client.paginate.employers({}, { limit: "all" });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});

describe("request", () => {
  it("types a typed document's variables and result, and a string's result as the caller says (unknown by default)", () => {
    const typed = () => client.request(GetPostingDocument, { employerSlug: "lloyds-banking-group", reference: "153907_1773321498" });
    expectTypeOf<Awaited<ReturnType<typeof typed>>>().toEqualTypeOf<GetPostingQuery>();
    const untyped = () => client.request("{ postings { totalCount } }");
    expectTypeOf<Awaited<ReturnType<typeof untyped>>>().toBeUnknown();
    const annotated = () => client.request<{ postings: { totalCount: number } }>("{ postings { totalCount } }");
    expectTypeOf<Awaited<ReturnType<typeof annotated>>>().toEqualTypeOf<{ postings: { totalCount: number } }>();
    const compileOnly = () => {
      // @ts-expect-error GetBenefit takes a key, not a slug
      void client.request(GetBenefitDocument, { slug: "pension" });
      // @ts-expect-error GetBenefit's variables are required
      void client.request(GetBenefitDocument);
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});

describe("errors", () => {
  it("form one hierarchy, each with its own fields", () => {
    expectTypeOf<NetworkError>().toExtend<JobgraphError>();
    expectTypeOf<TimeoutError["timeoutMs"]>().toEqualTypeOf<number>();
    expectTypeOf<HttpError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<HttpError["retryAfter"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<GraphQLRequestError["codes"]>().toEqualTypeOf<Array<JobgraphErrorCode | undefined>>();
    expectTypeOf<JobgraphError["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<JobgraphError["operationName"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf(new NetworkError("x", { operationName: undefined, requestId: undefined })).toExtend<Error>();
  });

  it("throwOnUserErrors returns the payload, no longer null", () => {
    const payload = { employer: { id: "1" }, userErrors: [] as UserError[] };
    expectTypeOf(throwOnUserErrors(payload as typeof payload | null)).toEqualTypeOf<typeof payload>();
    const compileOnly = () => {
      // @ts-expect-error only payloads with userErrors
      throwOnUserErrors({ employer: null });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});
