// With introspection off, the schema cannot be read through the API: graphql-js' own rule refuses
// `__schema`/`__type` (its errors given a code), and validation errors stop suggesting field names.
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LimitCode } from "./codes.js";
import { noSuggestionsPlugin } from "./suggestions.js";

const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule((context: ValidationContext) =>
      NoSchemaIntrospectionCustomRule(
        new Proxy(context, {
          get: (target, property, receiver) =>
            property === "reportError"
              ? (error: GraphQLError) =>
                  target.reportError(
                    new GraphQLError(`${error.message} The schema is published as schema.graphql.`, {
                      nodes: error.nodes,
                      extensions: { code: LimitCode.INTROSPECTION_DISABLED },
                    }),
                  )
              : Reflect.get(target, property, receiver),
        }),
      ),
    );
  },
};

/** The plugins that hide the schema (none when `introspection` is on). */
export function introspectionPlugins(introspection: boolean): Plugin[] {
  return introspection ? [] : [noIntrospection, noSuggestionsPlugin];
}
