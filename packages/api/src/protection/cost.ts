// The cost of an operation, computed before it runs: the one figure the cost limit, the rate limit
// and `extensions.cost` all use. Counting is graphql-query-complexity's (fragments, @skip/@include,
// variables, a cap on the nodes it evaluates); the prices are Jobgraph's, modelled on Shopify's and
// GitHub's calculators (docs/limits-and-protection.md):
//
//   - a scalar or enum field costs 0; a field returning an object (or a list of objects) costs 1;
//   - a paginated field (one with `first`/`last`) costs 2, plus its own fields once, plus the items
//     it asks for (`nodes`/`edges`) times the page size it asks for (`first` ?? `last` ?? the
//     default page size, at most the largest page: larger pages are refused anyway; graphql/page-size.ts'
//     PAGE_SIZE);
//   - `nodes(ids:)` costs 1 + its selection per ID, each ID at least 1 (an ID asking only for
//     scalars still fetches its object);
//   - every item of any other list argument (filters' lists, import documents) costs 1 more;
//   - a mutation field costs 10 more.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  Kind,
  type SelectionSetNode,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { PAGE_SIZE } from "../graphql/page-size.js";

export const MUTATION_COST = 10;
const PAGE_ITEMS = new Set(["nodes", "edges"]);

/**
 * The requested cost of `operationName` in `document` with `variables`: a number, "too large" when
 * the document expands to more fields than are worth counting (fragments spread into fragments), or
 * undefined when the variables do not fit the operation (execution reports that, at no cost).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): Cost {
  // Priced once per document (Yoga's parse cache hands back the same document object for the same
  // text) and set of variables: the walk is the same every time.
  const key = `${operationName ?? ""}\u0000${variables ? JSON.stringify(variables) : ""}`;
  if (key.length > MAX_CACHED_KEY) return priceOperation(schema, document, variables, operationName);
  const bySchema = priced.get(schema) ?? new WeakMap<DocumentNode, Map<string, Cost>>();
  priced.set(schema, bySchema);
  const byKey = bySchema.get(document) ?? new Map<string, Cost>();
  bySchema.set(document, byKey);
  if (byKey.has(key)) return byKey.get(key);
  const cost = priceOperation(schema, document, variables, operationName);
  // The oldest set of variables goes first: a document asked with ever-new variables keeps a few.
  if (byKey.size >= VARIABLE_SETS_PER_DOCUMENT) byKey.delete(byKey.keys().next().value as string);
  byKey.set(key, cost);
  return cost;
}

type Cost = number | "too large" | undefined;
const priced = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Cost>>>();
const VARIABLE_SETS_PER_DOCUMENT = 32;
const MAX_CACHED_KEY = 4096;

function priceOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): Cost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // The cost of each `nodes`/`edges` selection, for the connection field above it.
  const itemCosts = new Map<FieldNode, number>();

  /** The cost of one page item: the `nodes`/`edges` fields directly under a connection (through fragments). */
  const perItem = (selectionSet: SelectionSetNode | undefined, seen = new Set<string>()): number => {
    let total = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) total += itemCosts.get(selection) ?? 0;
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += perItem(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        total += perItem(fragments.get(selection.name.value)?.selectionSet, seen);
      }
    }
    return total;
  };

  const estimator: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
    const composite = isCompositeType(getNamedType(field.type));
    let cost = composite ? 1 + childComplexity : 0;
    const paginated = field.args.some((arg) => arg.name === "first" || arg.name === "last");
    if (paginated) {
      const asked = (args.first as number | undefined) ?? (args.last as number | undefined) ?? PAGE_SIZE.default;
      // Larger pages are refused by the resolvers (BAD_USER_INPUT), so they are priced at the largest.
      const size = Math.min(Math.max(0, asked), PAGE_SIZE.max);
      const item = perItem(node.selectionSet);
      // Own fields once (totalCount, pageInfo, facets...) and each item `size` times.
      cost = 2 + childComplexity + Math.max(0, size - 1) * item;
    } else if (field.name === "nodes" && Array.isArray(args.ids)) {
      cost = 1 + args.ids.length * Math.max(1, childComplexity);
    }
    if (!(field.name === "nodes" && Array.isArray(args.ids))) cost += listItems(args);
    if (PAGE_ITEMS.has(field.name) && type.name.endsWith("Connection")) itemCosts.set(node, cost);
    if (type.name === "Mutation") cost += MUTATION_COST;
    return Math.max(0, Math.ceil(cost));
  };

  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators: [estimator] });
  } catch (error) {
    // Variables that do not coerce: execution reports them, and costs nothing.
    if (error instanceof GraphQLError) return error.message.includes("maximum allowed number of nodes") ? "too large" : undefined;
    throw error;
  }
}

/** How many items the list arguments hold, at any depth of input objects (a filter's lists). */
function listItems(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((total, item) => total + 1 + listItems(item), 0);
  if (value === null || typeof value !== "object" || value instanceof Date || value instanceof URL) return 0;
  let total = 0;
  for (const item of Object.values(value)) total += listItems(item);
  return total;
}
