// Every String and list argument and input field is held to its size limit (graphql/input-limits.ts)
// before anything runs: the operation's variables are coerced and every field's arguments walked
// (literals and variables alike, at any depth of input objects), and the first string longer than
// its limit, list longer than its limit, or string holding a NUL character (which PostgreSQL cannot
// store or compare) refuses the whole operation with BAD_USER_INPUT naming the argument and the limit.
import {
  BREAK,
  type DocumentNode,
  type GraphQLError,
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
  visit,
  visitWithTypeInfo,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { badUserInput } from "../graphql/errors.js";
import { type InputLimit, inputLimitOf } from "../graphql/input-limits.js";

type OperationArgs = {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
};

/** The first argument value over its limit in the operation, or undefined when all fit (or the variables do not coerce: execution reports that). */
export function oversizedInput({ schema, document, variableValues, operationName }: OperationArgs): GraphQLError | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;

  let refusal: GraphQLError | undefined;
  const typeInfo = new TypeInfo(schema);
  const walk = (node: DocumentNode["definitions"][number]) =>
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const definition = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!definition || !parent || definition.args.length === 0) return;
          let values: Record<string, unknown>;
          try {
            values = getArgumentValues(definition, field, variables);
          } catch {
            return; // Execution reports arguments that do not coerce.
          }
          for (const arg of definition.args) {
            const limit = inputLimitOf(`${parent.name}.${definition.name}(${arg.name})`, arg);
            refusal = check(values[arg.name], arg.type, limit, arg.name, `${parent.name}.${definition.name}`);
            if (refusal) return BREAK;
          }
        },
      }),
    );
  // The operation and the fragments (validation has made sure every fragment is used).
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition !== operation) continue;
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    walk(definition);
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
