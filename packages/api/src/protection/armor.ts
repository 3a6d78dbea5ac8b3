// GraphQL Armor's token, depth, alias and directive limits, each rejection reported as a
// validation error with its own code.
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ProtectionConfig } from "../config.js";
import { LimitCode } from "./codes.js";

/** A validation-rule armor plugin's rejection, as an error with a code, reported to the validator. */
function reportAs(code: string) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const message = error.message.replace(/^Syntax Error: /, "");
      const coded = new GraphQLError(message, { extensions: { code } });
      if (context) context.reportError(coded);
      else throw coded;
    },
  ];
}

/** The four limits, in this order: tokens, depth, aliases, directives. */
export function armorPlugins(options: Pick<ProtectionConfig, "maxTokens" | "maxDepth" | "maxAliases" | "maxDirectives">): Plugin[] {
  return [
    maxTokensPlugin({ n: options.maxTokens, onReject: reportAs(LimitCode.TOO_MANY_TOKENS), propagateOnRejection: false }),
    maxDepthPlugin({ n: options.maxDepth, flattenFragments: true, onReject: reportAs(LimitCode.QUERY_TOO_DEEP), propagateOnRejection: false }),
    maxAliasesPlugin({ n: options.maxAliases, onReject: reportAs(LimitCode.TOO_MANY_ALIASES), propagateOnRejection: false }),
    maxDirectivesPlugin({ n: options.maxDirectives, onReject: reportAs(LimitCode.TOO_MANY_DIRECTIVES), propagateOnRejection: false }),
  ];
}
