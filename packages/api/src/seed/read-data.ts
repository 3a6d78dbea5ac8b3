// Reads the seed's data files (data/*.json) into typed values, checked against a zod schema so that
// a malformed file fails loudly, naming the file and the path of the bad value, instead of seeding
// odd data. The files sit beside this module and are found from its URL: only development code
// reads them (the seed CLI, `pnpm start` through tsx, tests), never the production build, which
// does not reach src/seed/ (test/build.test.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** `data/<name>` parsed and validated by `schema`; throws with the file and the problems otherwise. */
export function readData<T extends z.ZodType>(name: string, schema: T): z.output<T> {
  const file = fileURLToPath(new URL(`./data/${name}`, import.meta.url));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`Seed data ${file} is not readable JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`Seed data ${file} is malformed:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Throws with `file` and `message` unless `ok`: for checks across entries and files. */
export function check(ok: boolean, file: string, message: string): asserts ok {
  if (!ok) throw new Error(`Seed data data/${file} is inconsistent: ${message}`);
}

export const text = z.string().min(1);
export const texts = z.array(text).min(1);
/** A non-negative weight of a random choice. */
export const weight = z.number().nonnegative();
