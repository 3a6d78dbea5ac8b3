// Every String and list argument and input field is held to its size limit (graphql/input-limits.ts)
// before anything runs: the operation's variables are coerced and every field's arguments walked
// (literals and variables alike, at any depth of input objects), and the first string longer than
// its limit, list longer than its limit, or string holding a NUL character (which PostgreSQL cannot
// store or compare) refuses the whole operation with BAD_USER_INPUT naming the argument and the limit.

import {
  type DocumentNode,
  type FieldNode,
  type GraphQLError,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getArgumentValues,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { badUserInput } from "../graphql/errors.js";
import { type InputLimit, inputLimitOf } from "../graphql/input-limits.js";
import { perOperation } from "../graphql/per-operation.js";

type OperationArgs = {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
};

/** A field of the operation with arguments, as the walk over its document found it. */
interface ArgumentField {
  definition: GraphQLField<unknown, unknown>;
  node: FieldNode;
  parent: string;
}

/**
 * What one operation of a document needs checked, found once per document: a refusal its literal
 * arguments already earn, and the fields whose arguments read variables (checked per request).
 * Walking the document with its types on every request was 6 % of the server's CPU under O1.
 */
interface InputPlan {
  operation: OperationDefinitionNode;
  literalRefusal?: GraphQLError;
  variableFields: ArgumentField[];
}

const inputPlan = perOperation(planInput);

function planInput(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined): InputPlan | null {
  if (!operation) return null;
  const plan: InputPlan = { operation, variableFields: [] };
  const typeInfo = new TypeInfo(schema);
  const walk = (node: DocumentNode["definitions"][number]) =>
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const definition = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!definition || !parent || definition.args.length === 0 || !field.arguments?.length) return;
          const entry = { definition, node: field, parent: parent.name };
          if (field.arguments.some((argument) => readsVariable(argument.value))) plan.variableFields.push(entry);
          else plan.literalRefusal ??= checkField(entry, {});
        },
      }),
    );
  // The operation and the fragments (validation has made sure every fragment is used).
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition !== operation) continue;
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    walk(definition);
  }
  return plan;
}

function readsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(readsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => readsVariable(field.value));
  return false;
}

/** The first of the field's arguments over its limit, with these (coerced) variables. */
function checkField({ definition, node, parent }: ArgumentField, variables: Record<string, unknown>): GraphQLError | undefined {
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(definition, node, variables);
  } catch {
    return undefined; // Execution reports arguments that do not coerce.
  }
  for (const arg of definition.args) {
    const limit = inputLimitOf(`${parent}.${definition.name}(${arg.name})`, arg);
    const refusal = check(values[arg.name], arg.type, limit, arg.name, `${parent}.${definition.name}`);
    if (refusal) return refusal;
  }
  return undefined;
}

/** The first argument value over its limit in the operation, or undefined when all fit (or the variables do not coerce: execution reports that). */
export function oversizedInput({ schema, document, variableValues, operationName }: OperationArgs): GraphQLError | undefined {
  const plan = inputPlan(schema, document, operationName);
  if (!plan) return undefined;
  if (plan.literalRefusal) return plan.literalRefusal;
  if (!plan.variableFields.length) return undefined;
  const coerced = getVariableValues(schema, plan.operation.variableDefinitions ?? [], variableValues ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  for (const field of plan.variableFields) {
    const refusal = checkField(field, coerced.coerced);
    if (refusal) return refusal;
  }
  return undefined;
}

/** Checks `value` (coerced) of `type` at `path` against `limit`, and input objects' fields against theirs. */
function check(value: unknown, type: GraphQLInputType, limit: Required<InputLimit>, path: string, field: string): GraphQLError | undefined {
  if (value === null || value === undefined) return undefined;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return check(value, inner.ofType, limit, path, field);
    if (value.length > limit.maxItems) {
      return badUserInput(`"${path}" (${field}) holds ${value.length} items; at most ${limit.maxItems} are allowed.`, path, {
        maxItems: limit.maxItems,
      });
    }
    for (let i = 0; i < value.length; i++) {
      const refusal = check(value[i], inner.ofType, limit, `${path}[${i}]`, field);
      if (refusal) return refusal;
    }
    return undefined;
  }
  if (isInputObjectType(inner)) {
    for (const child of Object.values(inner.getFields())) {
      const refusal = check(
        (value as Record<string, unknown>)[child.name],
        child.type,
        inputLimitOf(`${inner.name}.${child.name}`, child),
        `${path}.${child.name}`,
        field,
      );
      if (refusal) return refusal;
    }
    return undefined;
  }
  if (typeof value !== "string") return undefined;
  if (value.length > limit.maxLength) {
    return badUserInput(`"${path}" (${field}) is ${value.length} characters long; at most ${limit.maxLength} are allowed.`, path, {
      maxLength: limit.maxLength,
    });
  }
  if (value.includes("\u0000")) return badUserInput(`"${path}" (${field}) contains a NUL character (\\u0000), which is not allowed.`, path);
  return undefined;
}

/** How deep a request's variables may nest (arrays and objects), checked before anything reads them. */
export const MAX_VARIABLES_DEPTH = 32;

/** Whether `value` nests deeper than `max`, found without recursion (so no depth can overflow the stack). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== "object") continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Refuses an operation or subscription whose input is over a size limit, before it is priced or run. */
export function inputSizePlugin(): Plugin {
  return {
    // Variables nested without end would overflow the stack of whatever walks them next (pricing,
    // cache keys, coercion): refused as they arrive.
    onParams({ params, setResult }) {
      if (nestsDeeperThan(params.variables, MAX_VARIABLES_DEPTH + 1)) {
        setResult({ errors: [badUserInput(`The request's variables nest deeper than ${MAX_VARIABLES_DEPTH} levels.`, "variables")] });
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = oversizedInput(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = oversizedInput(args);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
