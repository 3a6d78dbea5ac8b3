// Mutation documents and helpers shared by the write tests.
import { expect } from "vitest";
import type { GraphQLResponse } from "./app.js";

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
/** The database id inside a global ID. */
export const rawId = (id: string) => Buffer.from(id, "base64").toString("utf8").split(":")[1] ?? "";

const USER_ERRORS = "userErrors { field code message }";
const POSTING = "posting { id status version title postedAt closesAt }";
const EMPLOYER = "employer { id slug name version }";

export const M = {
  createPosting: `mutation ($input: CreatePostingInput!, $idempotencyKey: String) { createPosting(input: $input, idempotencyKey: $idempotencyKey) { ${POSTING} ${USER_ERRORS} } }`,
  updatePosting: `mutation ($id: ID!, $input: UpdatePostingInput!, $expectedVersion: Int) { updatePosting(id: $id, input: $input, expectedVersion: $expectedVersion) { ${POSTING} ${USER_ERRORS} } }`,
  publishPosting: `mutation ($id: ID!, $expectedVersion: Int) { publishPosting(id: $id, expectedVersion: $expectedVersion) { ${POSTING} ${USER_ERRORS} } }`,
  closePosting: `mutation ($id: ID!, $expectedVersion: Int) { closePosting(id: $id, expectedVersion: $expectedVersion) { ${POSTING} ${USER_ERRORS} } }`,
  archivePosting: `mutation ($id: ID!, $expectedVersion: Int) { archivePosting(id: $id, expectedVersion: $expectedVersion) { ${POSTING} ${USER_ERRORS} } }`,
  setPostingBenefits: `mutation ($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) { setPostingBenefits(id: $id, benefits: $benefits, expectedVersion: $expectedVersion) { posting { id version benefits { benefit { key } detail source } } ${USER_ERRORS} } }`,
  createEmployer: `mutation ($input: CreateEmployerInput!, $idempotencyKey: String) { createEmployer(input: $input, idempotencyKey: $idempotencyKey) { ${EMPLOYER} ${USER_ERRORS} } }`,
  updateEmployer: `mutation ($id: ID!, $input: UpdateEmployerInput!, $expectedVersion: Int) { updateEmployer(id: $id, input: $input, expectedVersion: $expectedVersion) { ${EMPLOYER} ${USER_ERRORS} } }`,
  setEmployerBenefits: `mutation ($id: ID!, $benefits: [OfferedBenefitInput!]!, $expectedVersion: Int) { setEmployerBenefits(id: $id, benefits: $benefits, expectedVersion: $expectedVersion) { ${EMPLOYER} ${USER_ERRORS} } }`,
  createBenefit: `mutation ($input: CreateBenefitInput!, $idempotencyKey: String) { createBenefit(input: $input, idempotencyKey: $idempotencyKey) { benefit { id key name category } ${USER_ERRORS} } }`,
} as const;

export type MutationName = keyof typeof M;

export interface UserErrorShape {
  field: string[] | null;
  code: string;
  message: string;
}

/**
 * What a mutation did, in one word: "OK", "USER_ERROR:<code>" (the first user error's code) or
 * "ERROR:<code>" (a GraphQL error, e.g. ERROR:UNAUTHENTICATED).
 */
export function outcome(result: GraphQLResponse, field: string): string {
  if (result.errors?.length) return `ERROR:${String(result.errors[0]?.extensions?.code)}`;
  const payload = (result.data as Record<string, { userErrors?: UserErrorShape[] }> | undefined)?.[field];
  if (!payload) return "NO_DATA";
  const first = payload.userErrors?.[0];
  return first ? `USER_ERROR:${first.code}` : "OK";
}

export function userErrors(result: GraphQLResponse, field: string): UserErrorShape[] {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return (result.data as Record<string, { userErrors: UserErrorShape[] }>)[field]?.userErrors ?? [];
}

/** The payload of a mutation that must have succeeded. */
export function succeeded<T = any>(result: GraphQLResponse, field: string): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const payload = (result.data as Record<string, { userErrors: UserErrorShape[] }>)[field];
  expect(payload?.userErrors, JSON.stringify(payload?.userErrors)).toEqual([]);
  return payload as T;
}

const DAY = 86_400_000;

/** A CreatePostingInput that is valid and publishable. */
export function postingInput(overrides: Record<string, unknown> = {}) {
  return {
    reference: `REF-${Math.random().toString(36).slice(2, 10)}`,
    title: "Senior Data Engineer",
    description: "## The role\n\nBuild **pipelines**.",
    locations: [{ name: "Bristol", postcode: "BS1 4DJ" }],
    salary: { min: 55000, max: 65000, currency: "GBP", period: "YEAR", text: "£55,000 to £65,000" },
    hours: { type: "FULL_TIME", perWeek: 37.5 },
    contractType: "PERMANENT",
    workplace: { type: "HYBRID", remoteDaysPerWeekMax: 3, officeDaysPerWeekMin: 2 },
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    apply: { method: "WEBSITE", url: "https://careers.example.com/apply/1" },
    ...overrides,
  };
}
