// Every regex in the readers and parsers runs in time linear in its input: each literal in
// src/interchange, src/text, src/location and the salary parser is checked for super-linear
// backtracking (ReDoS) by recheck (https://makenowjust-labs.github.io/recheck/), which finds an
// attack string for any pattern whose matching time grows faster than linearly. A regex built at
// run time (`new RegExp(...)`) could not be checked, so none may be.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const src = new URL("../../src/", import.meta.url).pathname;
const tree = (dir: string) =>
  readdirSync(path.join(src, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(dir, f));
const FILES = [...tree("interchange"), ...tree("text"), ...tree("location"), "posting/salary.ts"];

interface Literal {
  where: string;
  source: string;
  flags: string;
}

function regexesIn(file: string): { literals: Literal[]; constructed: string[] } {
  const sf = ts.createSourceFile(file, readFileSync(path.join(src, file), "utf8"), ts.ScriptTarget.Latest, true);
  const literals: Literal[] = [];
  const constructed: string[] = [];
  const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf("/");
      literals.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      constructed.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, constructed };
}

const found = FILES.map(regexesIn);
const literals = found.flatMap((f) => f.literals);

describe("regexes in the readers and parsers", () => {
  it("are all literals, so each can be checked", () => {
    expect(literals.length).toBeGreaterThan(50);
    expect(found.flatMap((f) => f.constructed)).toEqual([]);
  });

  it("all match in linear time (recheck finds no super-linear backtracking)", async () => {
    const unsafe: string[] = [];
    // One at a time: recheck's checks are CPU-bound, and a generous time each keeps a loaded machine from reporting "unknown".
    for (const { where, source, flags } of literals) {
      const diagnostics = await check(source, flags, { timeout: 60_000 });
      if (diagnostics.status !== "safe") {
        const why =
          diagnostics.status === "vulnerable" ? `${diagnostics.complexity.summary}, e.g. ${diagnostics.attack.pattern}` : diagnostics.error.kind;
        unsafe.push(`${where} /${source}/${flags}: ${diagnostics.status} (${why})`);
      }
    }
    expect(unsafe).toEqual([]);
  }, 900_000);
});
