// What a GraphQL request selects beneath a field, as the read planners need it: the selected fields
// of a type, through fragments and inline fragments, honouring @skip and @include, by field name
// with the field nodes of every alias merged (a planner fetches a column once whatever it is
// called), or by response key in the order GraphQL answers them (the compiled reads build the answer).
import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode, type ValueNode } from "graphql";

export type Selection = Map<string, FieldNode[]>;

/** What collecting a selection reads of a request: its fragments and variables. */
type Source = Pick<GraphQLResolveInfo, "fragments" | "variableValues">;

/** Set when a selection depends on the request's variables (@skip/@include with a variable): not cacheable. */
export interface Dynamic {
  variables: boolean;
}

function included(
  node: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] },
  info: Source,
  dynamic: Dynamic,
): boolean {
  for (const directive of node.directives ?? []) {
    if (directive.name.value !== "skip" && directive.name.value !== "include") continue;
    const arg = directive.arguments?.find((a) => a.name.value === "if");
    if (!arg) continue;
    if (arg.value.kind === Kind.VARIABLE) dynamic.variables = true;
    const value =
      arg.value.kind === Kind.VARIABLE ? info.variableValues[arg.value.name.value] : arg.value.kind === Kind.BOOLEAN ? arg.value.value : undefined;
    if (directive.name.value === "skip" && value === true) return false;
    if (directive.name.value === "include" && value === false) return false;
  }
  return true;
}

/** How fields are grouped: by field name (aliases merged), or by response key. */
type Key = "name" | "responseKey";

function collect(
  info: Source,
  set: SelectionSetNode | undefined,
  typeNames: ReadonlySet<string>,
  into: Selection,
  seen: Set<string>,
  dynamic: Dynamic,
  key: Key,
) {
  for (const selection of set?.selections ?? []) {
    if (!included(selection, info, dynamic)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = key === "name" ? selection.name.value : (selection.alias?.value ?? selection.name.value);
      const list = into.get(name);
      if (list) list.push(selection);
      else into.set(name, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || typeNames.has(selection.typeCondition.name.value))
        collect(info, selection.selectionSet, typeNames, into, seen, dynamic, key);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value) || !typeNames.has(fragment.typeCondition.name.value)) continue;
      seen.add(fragment.name.value);
      collect(info, fragment.selectionSet, typeNames, into, seen, dynamic, key);
      seen.delete(fragment.name.value);
    }
  }
}

/**
 * The fields selected by `sets` on an object whose type is one of `typeNames` (its name and its
 * interfaces'), by response key in the order GraphQL answers them (first occurrence), each with the
 * field nodes asked under that key.
 */
export function fieldsByResponseKey(
  fragments: Record<string, FragmentDefinitionNode>,
  sets: readonly (SelectionSetNode | undefined)[],
  typeNames: ReadonlySet<string>,
  dynamic: Dynamic,
): Selection {
  const into: Selection = new Map();
  for (const set of sets) collect({ fragments, variableValues: {} }, set, typeNames, into, new Set(), dynamic, "responseKey");
  return into;
}

/**
 * The fields selected beneath `nodes` (the field nodes of one field, every alias of it) on an object
 * of type `typeName` (or an interface it implements, listed in `alsoAs`).
 */
export function selectionOf(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[],
  typeName: string,
  alsoAs: readonly string[] = [],
  dynamic: Dynamic = { variables: false },
): Selection {
  const into: Selection = new Map();
  const typeNames = new Set([typeName, ...alsoAs]);
  for (const node of nodes) collect(info, node.selectionSet, typeNames, into, new Set(), dynamic, "name");
  return into;
}

/** Follows a path of field names down from `nodes` (e.g. ["edges", "node"]), merging every alias on the way. */
export function fieldsAt(
  info: GraphQLResolveInfo,
  nodes: readonly FieldNode[],
  path: readonly string[],
  typeNames: readonly string[],
  dynamic: Dynamic = { variables: false },
): FieldNode[] {
  let current: readonly FieldNode[] = nodes;
  for (const [i, name] of path.entries()) {
    const selection = selectionOf(info, current, typeNames[i] ?? "", [], dynamic);
    current = selection.get(name) ?? [];
  }
  return [...current];
}
