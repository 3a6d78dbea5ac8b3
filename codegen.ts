import type { CodegenConfig } from "@graphql-codegen/cli";

// Every generated client reads the printed schema, never a running server, so generation works
// offline and a schema change shows up as a diff in the generated files.
const config: CodegenConfig = {
  schema: "packages/api/schema.graphql",
  documents: ["packages/sdk/src/operations/*.graphql"],
  // Fail on a missing operations folder instead of silently generating nothing.
  ignoreNoDocuments: false,
  generates: {
    "packages/sdk/src/generated/": {
      preset: "client",
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
          CountryCode: { input: "string", output: "../scalars.js#CountryCode" },
          Currency: { input: "string", output: "../scalars.js#CurrencyCode" },
          Date: { input: "string", output: "../scalars.js#DateString" },
          DateTime: { input: "string", output: "../scalars.js#DateTimeString" },
          URL: { input: "string", output: "../scalars.js#UrlString" },
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
