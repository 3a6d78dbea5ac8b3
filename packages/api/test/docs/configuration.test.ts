// docs/configuration.md's table of variables is generated from the configuration's schema
// (src/config.ts) by `pnpm generate:config-docs`: it must say what the schema says.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIGURATION_PAGE, configurationVariables, renderConfigurationPage } from "../../scripts/config-docs.js";
import { envSchema } from "../../src/config.js";

describe("the configuration reference (docs/configuration.md)", () => {
  it("is what `pnpm generate:config-docs` writes from src/config.ts", () => {
    const page = readFileSync(CONFIGURATION_PAGE, "utf8");
    // On failure: run `pnpm generate:config-docs` and commit docs/configuration.md.
    expect(page).toBe(renderConfigurationPage(page));
  });

  it("describes every variable the server reads, with its default", () => {
    const variables = configurationVariables();
    expect(variables.map((variable) => variable.name)).toEqual(Object.keys(envSchema.shape));
    expect(variables.find((variable) => variable.name === "PORT")).toMatchObject({ default: "`4000`", values: "a whole number from 0 to 65535" });
    expect(variables.find((variable) => variable.name === "MAX_COST")).toMatchObject({ default: "`2000`", values: "a whole number, 1 or more" });
  });

  it("notices a table that differs from the schema", () => {
    const page = readFileSync(CONFIGURATION_PAGE, "utf8");
    const edited = page.replace(/^(\| `PORT` +\| )`4000`/m, "$1`8080`");
    expect(edited).not.toBe(page);
    expect(renderConfigurationPage(edited)).not.toBe(edited);
  });
});
