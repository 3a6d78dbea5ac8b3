// Prints the schema, sorted, to packages/api/schema.graphql; rewrites the file only when it changed.
import { readFile, writeFile } from "node:fs/promises";
import { printSchema } from "graphql";
import { schema } from "../src/graphql/schema.js";

const target = new URL("../schema.graphql", import.meta.url);
const printed = `${printSchema(schema)}\n`;
const current = await readFile(target, "utf8").catch(() => "");
if (current === printed) {
  console.log("schema.graphql is up to date");
} else {
  await writeFile(target, printed);
  console.log("wrote schema.graphql");
}
