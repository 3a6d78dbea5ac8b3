// Type tests of the change feed and webhooks (checked by tsc, never run): the feed's nodes are
// exactly the SDK's read fragments, one union on __typename, whatever aliases the Changes document
// needs (operations/changes.graphql), and a webhook event narrows by its type.
import { describe, expectTypeOf, it } from "vitest";
import type {
  BenefitSummaryFragment,
  Change,
  ChangeNode,
  ChangesQuery,
  EmployerDetailFragment,
  JobgraphClient,
  PostingDetailFragment,
  SyncStore,
  WebhookEvent,
} from "../src/index.js";

type RawNode = NonNullable<ChangesQuery["changes"]["edges"][number]["node"]["node"]>;
type Renamed<T, TFrom extends keyof T, TTo extends string> = Omit<T, TFrom | "__typename"> & { [K in TTo]: T[TFrom] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("the change feed's types", () => {
  it("select exactly the fields of the read fragments, the aliased descriptions renamed back", () => {
    type Employer = Extract<RawNode, { __typename: "Employer" }>;
    type EmployerBack = Renamed<Employer, "employerDescription", "description"> & { descriptionHtml: Employer["employerDescriptionHtml"] };
    expectTypeOf<Exclude<keyof EmployerBack, "employerDescriptionHtml">>().toEqualTypeOf<keyof EmployerDetailFragment>();
    expectTypeOf<Same<Omit<EmployerBack, "employerDescriptionHtml">, EmployerDetailFragment>>().toEqualTypeOf<true>();
    type Benefit = Extract<RawNode, { __typename: "Benefit" }>;
    expectTypeOf<keyof Renamed<Benefit, "benefitDescription", "description">>().toEqualTypeOf<keyof BenefitSummaryFragment>();
    expectTypeOf<Same<Renamed<Benefit, "benefitDescription", "description">, BenefitSummaryFragment>>().toEqualTypeOf<true>();
    type Posting = Extract<RawNode, { __typename: "Posting" }>;
    expectTypeOf<Exclude<keyof Posting, "__typename">>().toEqualTypeOf<keyof PostingDetailFragment>();
  });

  it("hand out node as one union on __typename, or null", () => {
    expectTypeOf<Change["node"]>().toEqualTypeOf<ChangeNode | null>();
    expectTypeOf<ChangeNode["__typename"]>().toEqualTypeOf<"Posting" | "Employer" | "Benefit">();
    const node = {} as ChangeNode;
    if (node.__typename === "Posting") expectTypeOf(node.description).toEqualTypeOf<string>();
    if (node.__typename === "Employer") expectTypeOf(node.description).toEqualTypeOf<string | null>();
    expectTypeOf<Change["kind"]>().toEqualTypeOf<"CREATED" | "UPDATED" | "PUBLISHED" | "CLOSED" | "ARCHIVED" | "REMOVED">();
  });

  it("type iterate's items, sync's options and the store", () => {
    const client = {} as JobgraphClient;
    const feed = client.changes.iterate({ pageSize: 100 });
    expectTypeOf(feed.cursor).toEqualTypeOf<string | undefined>();
    expectTypeOf<Awaited<ReturnType<typeof feed.next>>>().toEqualTypeOf<IteratorResult<{ change: Change; cursor: string }, string>>();
    const store: SyncStore = { load: () => null, save: async () => {}, reset: () => {} };
    expectTypeOf(client.sync({ store, onChange: () => {} })).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error a store must be able to reset
    client.sync({ store: { load: () => null, save: () => {} }, onChange: () => {} });
    // @ts-expect-error filters take the feed's enums
    client.changes.iterate({ filter: { kinds: ["DELETED"] } });
  });
});

describe("webhook events", () => {
  it("narrow by type", () => {
    const event = {} as WebhookEvent;
    if (event.type === "employer.updated") {
      expectTypeOf(event.data.objectType).toEqualTypeOf<"EMPLOYER">();
      expectTypeOf(event.data.kind).toEqualTypeOf<"UPDATED">();
    }
    if (event.type === "webhook.test") expectTypeOf(event.data).toEqualTypeOf<{ message: string }>();
    // @ts-expect-error not an event Jobgraph sends
    if (event.type === "posting.deleted") return;
  });
});
