// GraphQL input types built from the zod schemas that validate them, so an input's fields, their
// types and their descriptions are declared once (issue 12). The mapping:
//   z.string → String, z.number → Float, z.boolean → Boolean, z.date → DateTime,
//   z.enum(PrismaEnum) → its GraphQL enum (graphql/enums.ts), z.array(x) → [x!],
//   z.object(...).meta({ inputType: "Name" }) → the named input type "Name" (built once, reused),
//   `.meta({ scalar })` picks another scalar (e.g. Date); a field is required (!) unless it is
//   optional or nullable. A field's description is `.meta({ description })` on the field (on an
//   object, `description` is the input type's own). Transforms and refinements do not matter here,
//   except a string's or list's `.max(n)`: it becomes the field's `inputLimit` (graphql/input-limits.ts),
//   enforced before execution and shown in the description, so the limit is written once.
import type { InputFieldBuilder, InputFieldMap, InputObjectRef, InputShapeFromFields } from "@pothos/core";
import type { z } from "zod";
import { builder, type BuilderTypes as Types } from "./builder.js";
import { enumRefFor } from "./enums.js";
import type { InputLimit } from "./input-limits.js";

declare module "zod" {
  interface GlobalMeta {
    /** On a z.object: the name of the GraphQL input type it becomes. */
    inputType?: string;
    /** The scalar a field becomes where the default does not fit (a calendar date, an Int). */
    scalar?: "Date" | "DateTime" | "Int" | "Float" | "String";
  }
}

type AnyObject = z.ZodObject;
type GraphQLType = string | object | [string | object];

interface ZodInputOptions<S extends z.ZodType, Extra extends InputFieldMap> {
  /** The input type's name; by default the object's `.meta({ inputType })`. */
  name?: string;
  /** The input type's description; by default the object's `.meta({ description })`. */
  description?: string;
  /** Descriptions for this type only, where a field means something narrower here (e.g. create vs update). */
  descriptions?: Partial<Record<keyof z.input<S>, string>>;
  /** GraphQL-only fields the zod schema does not validate (e.g. a global ID the service decodes). */
  fields?: (t: InputFieldBuilder<Types, "InputObject">) => Extra;
}

/** One input type per name, so nested objects used in several places (LocationInput) are one type. */
const built = new Map<string, { object: AnyObject; ref: InputObjectRef<Types, unknown> }>();

/** A Pothos input type for a zod object schema (or a refined/transformed one), with its nested input types. */
export function zodInputType<S extends z.ZodType, Extra extends InputFieldMap = Record<never, never>>(
  schema: S,
  options: ZodInputOptions<S, Extra> = {},
): InputObjectRef<Types, z.input<S> & InputShapeFromFields<Extra>> {
  const object = objectOf(schema);
  const meta = object.meta() ?? {};
  const name = options.name ?? meta.inputType;
  if (!name) throw new Error("zodInputType: give the input type a name (options.name or .meta({ inputType }))");
  const existing = built.get(name);
  if (existing) {
    if (existing.object !== object) throw new Error(`zodInputType: two different schemas for input type ${name}`);
    return existing.ref as never;
  }
  // Resolved now, not in the fields thunk, so nested input types exist before the schema is built.
  const fields = Object.entries(object.shape as Record<string, z.ZodType>).map(([key, field]) => {
    const { type, required, description, limit } = graphqlField(field);
    const text = options.descriptions?.[key as keyof z.input<S>] ?? description;
    if (!text) throw new Error(`zodInputType: ${name}.${key} has no description`);
    return { key, type, required, description: text, limit };
  });
  const ref = builder.inputType(name, {
    description: options.description ?? meta.description,
    fields: (t) => ({
      ...options.fields?.(t),
      ...Object.fromEntries(
        fields.map(({ key, type, required, description, limit }) => [
          key,
          t.field({ type: type as never, required, description, ...(limit ? { extensions: { inputLimit: limit } } : {}) }),
        ]),
      ),
    }),
  });
  built.set(name, { object, ref });
  return ref as never;
}

/** The object under refinements and transforms (a transform is a pipe whose input is the object). */
function objectOf(schema: z.ZodType): AnyObject {
  const def = schema.def;
  if (def.type === "object") return schema as AnyObject;
  if (def.type === "pipe") return objectOf((def as z.core.$ZodPipeDef).in as z.ZodType);
  throw new Error(`zodInputType: expected a zod object, got ${def.type}`);
}

/** A field's GraphQL type, whether it is required, its description and its size limit, read through the zod wrappers. */
function graphqlField(schema: z.ZodType): { type: GraphQLType; required: boolean; description?: string; limit?: InputLimit } {
  let current = schema;
  let required = true;
  let description: string | undefined;
  let scalar: z.GlobalMeta["scalar"];
  for (;;) {
    const def = current.def;
    if (def.type !== "object") {
      // The outermost description and scalar win; an object's own meta describes its input type.
      const meta = current.meta();
      description ??= meta?.description;
      scalar ??= meta?.scalar;
    }
    switch (def.type) {
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
        required = false;
        current = (def as z.core.$ZodOptionalDef).innerType as z.ZodType;
        break;
      case "readonly":
        current = (def as z.core.$ZodReadonlyDef).innerType as z.ZodType;
        break;
      case "pipe":
        current = (def as z.core.$ZodPipeDef).in as z.ZodType;
        break;
      default:
        return { type: graphqlType(current, scalar), required, description, limit: limitOf(current) };
    }
  }
}

/** The size limit a zod string or list schema declares, for a GraphQL argument built by hand from it. */
export const zodInputLimit = (schema: z.ZodType): InputLimit | undefined => graphqlField(schema).limit;

/** A string's `.max(n)` as maxLength; a list's as maxItems, with its items' maxLength. */
function limitOf(schema: z.ZodType): InputLimit | undefined {
  const max = (schema.def as { checks?: { _zod: { def: { check: string; maximum?: number } } }[] }).checks?.find(
    (check) => check._zod.def.check === "max_length",
  )?._zod.def.maximum;
  const def = schema.def;
  if (def.type === "string") return max === undefined ? undefined : { maxLength: max };
  if (def.type !== "array") return undefined;
  const items = graphqlField((def as z.core.$ZodArrayDef).element as z.ZodType).limit;
  const limit: InputLimit = {
    ...(max === undefined ? {} : { maxItems: max }),
    ...(items?.maxLength === undefined ? {} : { maxLength: items.maxLength }),
  };
  return Object.keys(limit).length ? limit : undefined;
}

function graphqlType(schema: z.ZodType, scalar: z.GlobalMeta["scalar"]): GraphQLType {
  const def = schema.def;
  switch (def.type) {
    case "string":
      return scalar ?? "String";
    case "number":
      return scalar ?? "Float";
    case "boolean":
      return "Boolean";
    case "date":
      return scalar ?? "DateTime";
    case "enum": {
      const ref = enumRefFor((def as z.core.$ZodEnumDef).entries);
      if (!ref) throw new Error(`zodInputType: no GraphQL enum for ${Object.keys((def as z.core.$ZodEnumDef).entries).join(" | ")}`);
      return ref;
    }
    case "array": {
      const item = graphqlField((def as z.core.$ZodArrayDef).element as z.ZodType);
      if (!item.required || Array.isArray(item.type)) throw new Error("zodInputType: list items must be required and not lists");
      return [item.type];
    }
    case "object":
      return zodInputType(schema);
    default:
      throw new Error(`zodInputType: no GraphQL type for zod ${def.type}`);
  }
}
