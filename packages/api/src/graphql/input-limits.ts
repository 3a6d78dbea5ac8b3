// The size limit of every String and list argument and input field: declared on the schema (a
// field's `extensions.inputLimit`, which zod-input.ts fills from the zod schema's own `.max()`, so a
// write input's limits are written once), else the table below, else the defaults. The
// input-size protection (protection/input-size.ts) enforces them before anything runs, and
// `describeInputLimits` writes them into the schema's descriptions (so the SDK's docs show them);
// docs/limits-and-protection.md lists them (a test checks the table against the schema).
import {
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { IDEMPOTENCY_KEY_MAX_LENGTH } from "../write/idempotency.js";

/** The most characters a string, and the most items a list, may hold at one argument or input field. */
export interface InputLimit {
  /** Characters of each string here (each item's, for a list of strings). */
  maxLength?: number;
  /** Items of the list here. */
  maxItems?: number;
}

declare global {
  namespace GraphQL {
    interface InputFieldExtensions {
      inputLimit?: InputLimit;
    }
    interface ArgumentExtensions {
      inputLimit?: InputLimit;
    }
  }
}

/** What an argument or input field without a limit of its own may hold. */
export const DEFAULT_INPUT_LIMIT = { maxLength: 1000, maxItems: 100 } as const;

/** Free-text search terms: longer ones only slow the search down. */
export const KEYWORDS_MAX_LENGTH = 200;
/** One imported document: a request body holds at most MAX_BODY_BYTES (1 MB by default) anyway. */
export const IMPORT_DOCUMENT_MAX_LENGTH = 1_000_000;

/** Limits other than the defaults, by schema coordinate, for fields not built from a zod schema. */
const LIMITS: Record<string, InputLimit> = {
  "PostingFilter.keywords": { maxLength: KEYWORDS_MAX_LENGTH },
  "PostingEventFilter.keywords": { maxLength: KEYWORDS_MAX_LENGTH },
  "ImportDocumentInput.content": { maxLength: IMPORT_DOCUMENT_MAX_LENGTH },
  "ImportDocumentInput.name": { maxLength: 200 },
  "Mutation.createPosting(idempotencyKey)": { maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
  "Mutation.createEmployer(idempotencyKey)": { maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
  "Mutation.createBenefit(idempotencyKey)": { maxLength: IDEMPOTENCY_KEY_MAX_LENGTH },
};

/** Whether a type holds strings or lists, so that it has a size limit. */
export function isSized(type: GraphQLInputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return true;
  const named = getNamedType(inner);
  return isScalarType(named) && (named.name === "String" || named.name === "ID");
}

/** The limit at `coordinate` ("Type.field(arg)" or "Input.field"): its own, else the table's, else the defaults. */
export function inputLimitOf(coordinate: string, position: GraphQLArgument | GraphQLInputField): Required<InputLimit> {
  let limit = resolvedLimits.get(position);
  if (!limit) {
    limit = { ...DEFAULT_INPUT_LIMIT, ...(position.extensions?.inputLimit ?? LIMITS[coordinate]) };
    resolvedLimits.set(position, limit);
  }
  return limit;
}

/** Each schema position's limit, resolved once: requests check their variables against it. */
const resolvedLimits = new WeakMap<GraphQLArgument | GraphQLInputField, Required<InputLimit>>();

/** Every sized argument and input field of the schema with its limit, in schema order. */
export function inputLimits(schema: GraphQLSchema): { coordinate: string; type: GraphQLInputType; position: GraphQLArgument | GraphQLInputField }[] {
  const positions: { coordinate: string; type: GraphQLInputType; position: GraphQLArgument | GraphQLInputField }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          if (isSized(arg.type)) positions.push({ coordinate: `${type.name}.${field.name}(${arg.name})`, type: arg.type, position: arg });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (isSized(field.type)) positions.push({ coordinate: `${type.name}.${field.name}`, type: field.type, position: field });
      }
    }
  }
  return positions;
}

/** How a limit reads in a description: "At most 50 items, each at most 60 characters." */
export function describeLimit(type: GraphQLInputType, limit: Required<InputLimit>): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  const chars = (n: number) => `${n.toLocaleString("en-GB")} characters`;
  if (!isListType(inner)) return `At most ${chars(limit.maxLength)}.`;
  const items = `At most ${limit.maxItems.toLocaleString("en-GB")} items`;
  return isSized(inner.ofType) ? `${items}, each at most ${chars(limit.maxLength)}.` : `${items}.`;
}

/** Appends each sized argument's and input field's limit to its description (on the schema given, which it returns). */
export function describeInputLimits(schema: GraphQLSchema): GraphQLSchema {
  for (const { coordinate, type, position } of inputLimits(schema)) {
    const text = describeLimit(type, inputLimitOf(coordinate, position));
    position.description = position.description ? `${position.description} ${text}` : text;
  }
  return schema;
}
