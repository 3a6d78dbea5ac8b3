import { readdirSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { addFieldDocsFromFiles } from "./packages/sdk/scripts/field-docs.js";

const schemaFile = "packages/api/schema.graphql";
const operationsDir = "packages/sdk/src/operations";
const generatedDir = "packages/sdk/src/generated/";
/** The branded scalar types, as the generated file imports them: a path relative to generatedDir. */
const scalar = (type: string) => `${posix.relative(generatedDir, "packages/sdk/src/scalars.js")}#${type}`;

/** The schema's field descriptions as doc comments on the result types (see field-docs.ts). */
function withFieldDocs(path: string, content: string): string {
  if (!path.endsWith("graphql.ts")) return content;
  const root = new URL(".", import.meta.url);
  const documents = readdirSync(new URL(`${operationsDir}/`, root))
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => readFileSync(new URL(`${operationsDir}/${file}`, root), "utf8"));
  return addFieldDocsFromFiles(content, readFileSync(new URL(schemaFile, root), "utf8"), documents);
}

// Every generated client reads the printed schema, never a running server, so generation works
// offline and a schema change shows up as a diff in the generated files.
const config: CodegenConfig = {
  schema: schemaFile,
  documents: [`${operationsDir}/*.graphql`],
  // Fail on a missing operations folder instead of silently generating nothing.
  ignoreNoDocuments: false,
  generates: {
    [generatedDir]: {
      preset: "client",
      // Also run by test/codegen.test.ts on the in-memory output, which skips hooks.
      hooks: { beforeOneFileWrite: [withFieldDocs] },
      // Fragment masking needs a runtime helper and shapes the results around UI components; the
      // SDK returns plain data.
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents as TypedDocumentString: plain strings at run time, so the SDK needs no `graphql`.
        documentMode: "string",
        useTypeImports: true,
        // Enums as unions of string literals: no runtime objects, no const enums.
        enumType: "string-literal",
        strictScalars: true,
        // Results carry branded strings (src/scalars.ts), so a date is not taken for a currency;
        // variables take plain strings.
        scalars: {
          CountryCode: { input: "string", output: scalar("CountryCode") },
          Currency: { input: "string", output: scalar("CurrencyCode") },
          Date: { input: "string", output: scalar("DateString") },
          DateTime: { input: "string", output: scalar("DateTimeString") },
          URL: { input: "string", output: scalar("UrlString") },
          // Free-form JSON (the audit log's details): the caller narrows it.
          JSON: "unknown",
          // Global IDs are opaque strings; a number is never a valid one.
          ID: "string",
        },
        // Relative imports between generated files must name the .js file under NodeNext.
        importExtension: ".js",
      },
    },
  },
};

export default config;
