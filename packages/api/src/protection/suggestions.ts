// With introspection off, no error names what the schema has: graphql-js' "Did you mean …?" hints
// (fields, arguments, types, enum values, input fields) are cut from every validation error and
// every error of variable coercion, literal or variable alike: every message graphql-js or
// graphql-jit builds with a suggestion (Armor's block-field-suggestions, which covers fields only,
// is not used: one rule, one place).
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** graphql-js' `didYouMean` appends " Did you mean …?" (with one or several quoted names). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** The error without its suggestion (the same error when it has none). */
export function withoutSuggestion<T extends Error>(error: T): T | GraphQLError {
  if (!(error instanceof GraphQLError) || !error.message.includes("Did you mean")) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, "").trimEnd(), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

const strip = <R extends { errors?: readonly GraphQLError[] }>(result: R): R =>
  result.errors?.some((e) => e.message.includes("Did you mean")) ? { ...result, errors: result.errors.map(withoutSuggestion) } : result;

export const noSuggestionsPlugin: Plugin = {
  onValidate:
    () =>
    ({ result, setResult }) => {
      if (result.some((e) => e.message.includes("Did you mean"))) setResult(result.map((e) => withoutSuggestion(e) as GraphQLError));
    },
  onExecute: () => ({
    onExecuteDone: ({ result, setResult }) => {
      if (!(Symbol.asyncIterator in result)) setResult(strip(result));
    },
  }),
  onSubscribe: () => ({
    onSubscribeResult: ({ result, setResult }) => {
      if (!(Symbol.asyncIterator in result)) setResult(strip(result));
    },
  }),
};
