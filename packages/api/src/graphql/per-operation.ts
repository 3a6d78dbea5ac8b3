// Work done once per document, not per request: Yoga caches parsed documents by their text, so the
// same DocumentNode comes back for every request that sends it, and what is made from it (an input
// plan, a compiled read) is remembered beside it, per operation name.
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from "graphql";
import { Kind } from "graphql";

/** The operation a request runs: the one named, or the document's only one. */
export function selectedOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/** `make`, remembered per document and operation name. */
export function perOperation<T>(
  make: (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined) => T,
): (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined) => T {
  const cache = new WeakMap<DocumentNode, Map<string, T>>();
  return (schema, document, operationName) => {
    let byName = cache.get(document);
    if (!byName) {
      byName = new Map();
      cache.set(document, byName);
    }
    const key = operationName ?? "";
    if (!byName.has(key)) byName.set(key, make(schema, document, selectedOperation(document, operationName)));
    return byName.get(key) as T;
  };
}
