// What the transport needs to know about a document, read without a GraphQL parser: the runtime
// must not pull in `graphql`, and only the operation's type and name matter here.

import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/** A GraphQL document: a typed document string from codegen (documentMode "string"), or plain text. */
export type Document<TResult = unknown, TVariables = Record<string, unknown>> = DocumentTypeDecoration<TResult, TVariables> | string;

export type OperationType = "query" | "mutation" | "subscription";

export interface OperationInfo {
  type: OperationType;
  name: string | undefined;
}

// Block strings, strings and comments are matched whole so that braces inside them do not count.
const TOKENS = /"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#.*|[{}()]|[_A-Za-z]\w*/g;
const OPERATION_TYPES = new Set<string>(["query", "mutation", "subscription"]);

/**
 * The type and name of the operation named `operationName`, or of the first operation. A shorthand
 * `{ ... }` document is an anonymous query.
 */
export function describeOperation(text: string, operationName?: string): OperationInfo {
  let depth = 0;
  let previous: string | undefined;
  let pending: OperationInfo | undefined;
  let first: OperationInfo | undefined;
  for (const [token] of text.matchAll(TOKENS)) {
    if (token.startsWith("#") || token.startsWith('"')) continue;
    if (token === "{" || token === "(") {
      if (depth++ === 0) {
        const found =
          pending ?? (token === "{" && (previous === undefined || previous === "}") ? { type: "query" as const, name: undefined } : undefined);
        if (found) {
          if (operationName === undefined || found.name === operationName) return found;
          first ??= found;
        }
        pending = undefined;
      }
    } else if (token === "}" || token === ")") {
      depth--;
    } else if (depth === 0) {
      if (pending && pending.name === undefined) pending.name = token;
      else if (OPERATION_TYPES.has(token) && previous !== "fragment") pending = { type: token as OperationType, name: undefined };
    }
    if (depth === 0) previous = token;
  }
  return first ?? { type: "query", name: operationName };
}

/** The text to send for a document. */
export function documentText(document: Document<any, any>): string {
  return typeof document === "string" ? document : String(document);
}
