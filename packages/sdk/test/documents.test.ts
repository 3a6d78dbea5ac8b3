import { readFile } from "node:fs/promises";
import { buildSchema, Kind, parse, validate } from "graphql";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as sdk from "../src/index.js";
import {
  type ContractType,
  type CurrencyCode,
  type DateTimeString,
  type GetBenefitDocument,
  type GetBenefitQueryVariables,
  type GetPostingDocument,
  type GetPostingQuery,
  type GetPostingQueryVariables,
  SearchPostingsDocument,
  type SearchPostingsQuery,
  type SearchPostingsQueryVariables,
  type TypedDocumentString,
} from "../src/index.js";
import { operations } from "../src/operations.js";
import { describeOperation } from "../src/runtime/document.js";

type ResultOf<T> = T extends TypedDocumentString<infer TResult, any> ? TResult : never;
type VariablesOf<T> = T extends TypedDocumentString<any, infer TVariables> ? TVariables : never;

const schema = buildSchema(await readFile(new URL("../schema.graphql", import.meta.url), "utf8"));
const documents = Object.entries(sdk)
  .filter(([exportName]) => exportName.endsWith("Document"))
  .map(([exportName, document]) => ({ operationName: exportName.replace(/Document$/, ""), document, text: document.toString() }));

describe("the SDK's operation documents", () => {
  it("are exported for every public operation", () => {
    expect(documents.map((document) => document.operationName).sort()).toEqual([
      "ArchivePosting",
      "Changes",
      "ClosePosting",
      "CreateBenefit",
      "CreateEmployer",
      "CreatePosting",
      "GetBenefit",
      "GetEmployer",
      "GetPosting",
      "ImportPostings",
      "ListBenefits",
      "ListEmployers",
      "PublishPosting",
      "SearchPostings",
      "SetEmployerBenefits",
      "SetPostingBenefits",
      "UpdateEmployer",
      "UpdatePosting",
      "Viewer",
    ]);
  });

  it("each have a client method named after the operation", () => {
    const lowerFirst = (name: string) => name[0]!.toLowerCase() + name.slice(1);
    expect(Object.keys(operations).sort()).toEqual(documents.map(({ operationName }) => lowerFirst(operationName)).sort());
    for (const [method, document] of Object.entries(operations)) expect(lowerFirst(describeOperation(String(document)).name!)).toBe(method);
  });

  it.each(documents)("$operationName is a string holding the one operation it is named after", ({ operationName, document, text }) => {
    expect(document).toBeInstanceOf(String);
    const definitions = parse(text).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const type = /^(Create|Update|Set|Publish|Close|Archive|Import)/.test(operationName) ? "mutation" : "query";
    expect(definitions.map((definition) => [definition.operation, definition.name?.value])).toEqual([[type, operationName]]);
    expect(describeOperation(text)).toEqual({ type, name: operationName });
  });

  it.each(documents)("$operationName is valid against schema.graphql, with every fragment it spreads", ({ text }) => {
    expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
  });

  it("export the types of everything the generated module declares, except the generator's helpers", async () => {
    const generated = await readFile(new URL("../src/generated/graphql.ts", import.meta.url), "utf8");
    const index = await readFile(new URL("../src/index.ts", import.meta.url), "utf8");
    const declared = [...generated.matchAll(/^export (?:type|class) (\w+)/gm)].map((match) => match[1]);
    const internal = ["Incremental"];
    expect(declared.filter((name) => !internal.includes(name!) && !new RegExp(`\\b${name}\\b`).test(index))).toEqual([]);
  });
});

describe("the SDK's generated types", () => {
  it("carry each operation's result and variables types on its document", () => {
    expectTypeOf(SearchPostingsDocument).toEqualTypeOf<TypedDocumentString<SearchPostingsQuery, SearchPostingsQueryVariables>>();
    expectTypeOf<ResultOf<typeof GetPostingDocument>>().toEqualTypeOf<GetPostingQuery>();
    expectTypeOf<VariablesOf<typeof GetPostingDocument>>().toEqualTypeOf<GetPostingQueryVariables>();
  });

  it("make paging variables optional and lookup keys required", () => {
    expectTypeOf<SearchPostingsQueryVariables>().toHaveProperty("first").toEqualTypeOf<number | null | undefined>();
    expectTypeOf({}).toExtend<SearchPostingsQueryVariables>();
    expectTypeOf({}).not.toExtend<VariablesOf<typeof GetBenefitDocument>>();
    expectTypeOf({ key: "pension" }).toExtend<GetBenefitQueryVariables>();
  });

  it("map custom scalars to branded strings, IDs to strings and enums to unions of string literals", () => {
    type Posting = NonNullable<GetPostingQuery["posting"]>;
    expectTypeOf<Posting["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Posting["postedAt"]>().toEqualTypeOf<DateTimeString>();
    expectTypeOf<Posting["closesAt"]>().toEqualTypeOf<DateTimeString | null>();
    expectTypeOf<Posting["salary"]["currency"]>().toEqualTypeOf<CurrencyCode | null>();
    expectTypeOf<Posting["contractType"]>().toEqualTypeOf<ContractType | null>();
    expectTypeOf<"PERMANENT">().toExtend<ContractType>();
    expectTypeOf<string>().not.toExtend<ContractType>();
  });
});
