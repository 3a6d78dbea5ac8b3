// The schema's descriptions reach the editor: hovering a field of a result (here through the
// TypeScript language service's quick info, as an editor asks) shows the field's description.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { buildSchema } from "graphql";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { addFieldDocs } from "../scripts/field-docs.js";

const sdkDir = fileURLToPath(new URL("..", import.meta.url));
const schema = buildSchema(await readFile(new URL("../schema.graphql", import.meta.url), "utf8"));
const description = (type: string, field: string) => (schema.getType(type) as any).getFields()[field].description as string;

/** What an editor shows when hovering `marker` in `code`, a module beside src/. */
function hover(code: string, marker: string): string {
  const fileName = `${sdkDir}test/__hover__.ts`;
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({ module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, types: [] }),
    getScriptFileNames: () => [fileName],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = name === fileName ? code : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => sdkDir,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === fileName || ts.sys.fileExists(name),
    readFile: (name) => (name === fileName ? code : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const info = service.getQuickInfoAtPosition(fileName, code.indexOf(marker));
  return ts.displayPartsToString(info?.documentation ?? []);
}

describe("result types", () => {
  it("carry the schema's descriptions: hovering a result's field shows it", { timeout: 60_000 }, () => {
    const code = `
      import type { GetPostingQuery, SearchPostingsQuery } from "../src/index.js";
      declare const posting: NonNullable<GetPostingQuery["posting"]>;
      declare const page: SearchPostingsQuery;
      posting.salary.annualMin;
      posting.employer.brands;
      page.postings.nodes[0]?.closesAt;
    `;
    expect(hover(code, "annualMin;")).toBe(description("Salary", "annualMin"));
    expect(hover(code, "brands;")).toBe(description("Employer", "brands"));
    expect(hover(code, "closesAt;")).toBe(description("Posting", "closesAt"));
    expect(description("Salary", "annualMin").length).toBeGreaterThan(10);
  });

  it("are annotated by walking the schema: a field gets its own type's description, nested and through arrays", () => {
    const small = buildSchema(`
      type Query { "The shop." shop: Shop }
      type Shop { "Its name." name: String!  "Its items." items: [Item!]! }
      type Item { "The price, in pence." price: Int! name: String }
    `);
    const source = "export type ShopQuery = { shop: { name: string, items: Array<{ price: number, name: string | null }> } | null };";
    expect(addFieldDocs(source, small, [])).toBe(
      [
        "export type ShopQuery = { ",
        "/** The shop. */",
        "shop: { ",
        "/** Its name. */",
        "name: string, ",
        "/** Its items. */",
        "items: Array<{ ",
        "/** The price, in pence. */",
        "price: number, name: string | null }> } | null };",
      ].join("\n"),
    );
  });
});
