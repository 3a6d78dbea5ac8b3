import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { limitsFile, limitsSource } from "../scripts/generate-sdk-limits.js";

it("the SDK's generated limits are those the API defines (pnpm generate:sdk writes them)", async () => {
  expect(await readFile(limitsFile, "utf8")).toBe(limitsSource());
});
