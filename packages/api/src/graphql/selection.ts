// What a GraphQL request selects beneath a field, as the read planners need it: the selected fields
// of a type by name, through fragments and inline fragments, honouring @skip and @include, with the
// field nodes of every alias merged (a planner fetches a column once whatever it is called).
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode, type ValueNode } from "graphql";

export type Selection = Map<string, FieldNode[]>;

/** Set when a selection depends on the request's variables (@skip/@include with a variable): not cacheable. */
export interface Dynamic {
  variables: boolean;
}

function included(
  node: { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[] },
  info: GraphQLResolveInfo,
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

function collect(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  typeNames: ReadonlySet<string>,
  into: Selection,
  seen: Set<string>,
  dynamic: Dynamic,
) {
  for (const selection of set?.selections ?? []) {
    if (!included(selection, info, dynamic)) continue;
    if (selection.kind === Kind.FIELD) {
      const list = into.get(selection.name.value);
      if (list) list.push(selection);
      else into.set(selection.name.value, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || typeNames.has(selection.typeCondition.name.value))
        collect(info, selection.selectionSet, typeNames, into, seen, dynamic);
    } else {
      const fragment = info.fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value) || !typeNames.has(fragment.typeCondition.name.value)) continue;
      seen.add(fragment.name.value);
      collect(info, fragment.selectionSet, typeNames, into, seen, dynamic);
      seen.delete(fragment.name.value);
    }
  }
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
  for (const node of nodes) collect(info, node.selectionSet, typeNames, into, new Set(), dynamic);
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
