// The schema's descriptions as doc comments on the fields of result types. The client preset's
// typescript-operations (v6) writes each operation's and fragment's result as one inline object
// type, without the schema's descriptions (they are only on input and enum types), so an editor
// shows nothing on hover over `posting.salary.annualMin`. This walks each generated result type
// alongside the schema and puts `/** description */` before every field that has one. codegen.ts
// runs it on the generated file (hooks.beforeOneFileWrite); test/codegen.test.ts runs the same.
import {
  buildSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
} from "graphql";
import ts from "typescript";

/**
 * The description as a doc comment on a line of its own before the field: TypeScript takes a
 * comment on the line of the token before (`{ /** x *\/ a: T }`) for that token's, not the field's.
 */
const comment = (text: string) =>
  `\n/** ${text
    .replace(/\*\//g, "*\\/")
    .replace(/\s*\n\s*/g, " ")
    .trim()} */\n`;

/** The object types a result type literal can be: its members through unions, intersections, arrays and parentheses. */
function typeLiterals(node: ts.TypeNode): ts.TypeLiteralNode[] {
  if (ts.isTypeLiteralNode(node)) return [node];
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) return node.types.flatMap(typeLiterals);
  if (ts.isParenthesizedTypeNode(node)) return typeLiterals(node.type);
  if (ts.isArrayTypeNode(node)) return typeLiterals(node.elementType);
  if (ts.isTypeReferenceNode(node) && node.typeArguments) return node.typeArguments.flatMap(typeLiterals);
  return [];
}

function fieldsOf(type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : undefined;
}

/** Adds the schema's field descriptions to the result types of `source` (the generated graphql.ts). */
export function addFieldDocs(source: string, schema: GraphQLSchema, documents: readonly string[]): string {
  // Which schema type each fragment's result starts from.
  const fragmentTypes = new Map<string, string>();
  for (const text of documents) {
    for (const definition of parse(text).definitions) {
      if (definition.kind === "FragmentDefinition") fragmentTypes.set(`${definition.name.value}Fragment`, definition.typeCondition.name.value);
    }
  }
  const roots: Array<[suffix: string, type: GraphQLNamedType | null | undefined]> = [
    ["Query", schema.getQueryType()],
    ["Mutation", schema.getMutationType()],
    ["Subscription", schema.getSubscriptionType()],
  ];
  const file = ts.createSourceFile("graphql.ts", source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const insertions: Array<{ at: number; text: string }> = [];

  const visit = (literal: ts.TypeLiteralNode, type: GraphQLNamedType) => {
    const fields = fieldsOf(type);
    if (!fields) return;
    for (const member of literal.members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isIdentifier(member.name)) continue;
      const field = fields[member.name.text];
      if (!field) continue;
      if (field.description) insertions.push({ at: member.getStart(file), text: comment(field.description) });
      const named = getNamedType(field.type);
      for (const nested of typeLiterals(member.type)) visit(nested, named);
    }
  };

  for (const statement of file.statements) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    const name = statement.name.text;
    if (name.endsWith("Variables")) continue;
    const start = fragmentTypes.has(name) ? schema.getType(fragmentTypes.get(name)!) : roots.find(([suffix]) => name.endsWith(suffix))?.[1];
    if (!start) continue;
    for (const literal of typeLiterals(statement.type)) visit(literal, start);
  }

  let output = source;
  for (const { at, text } of insertions.sort((a, b) => b.at - a.at)) output = output.slice(0, at) + text + output.slice(at);
  return output;
}

/** addFieldDocs with the schema and documents codegen.ts names, read from disk. */
export function addFieldDocsFromFiles(source: string, schemaText: string, documents: readonly string[]): string {
  return addFieldDocs(source, buildSchema(schemaText), documents);
}
