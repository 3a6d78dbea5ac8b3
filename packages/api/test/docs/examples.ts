// The documentation's GraphQL examples, as examples.db.test.ts runs them (the convention is described
// there and in docs/testing.md). protection/limits.db.test.ts sends them too.
import { type DocumentNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { type CodeBlock, codeBlocks, documentationFiles, readDoc } from "./markdown.js";

export interface Example {
  /** Names the file, the heading and the operation, so that a failure says which example broke. */
  title: string;
  block: CodeBlock;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  admin: boolean;
}

/** Every operation of every ```graphql block, in order, with the variables block that follows it. */
export function documentedExamples(): Example[] {
  const examples: Example[] = [];
  for (const file of documentationFiles()) {
    const blocks = codeBlocks(file, readDoc(file));
    blocks.forEach((block, index) => {
      if (block.language !== "graphql") return;
      const next = blocks[index + 1];
      const variables = next?.language === "json" && next.flags.includes("variables") ? (JSON.parse(next.code) as Record<string, unknown>) : {};
      const document = parse(block.code);
      const operations = document.definitions.filter(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      operations.forEach((operation, position) => {
        const name = operation.name?.value ?? (operations.length > 1 ? `operation ${position + 1}` : `${operation.operation}`);
        examples.push({
          title: `${file}:${block.line} "${block.heading}" ${name}`,
          block,
          document,
          operation,
          variables,
          admin: block.flags.includes("admin"),
        });
      });
    });
  }
  return examples;
}
