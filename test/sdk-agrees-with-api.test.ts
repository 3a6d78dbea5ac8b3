// What the SDK knows about the API and must not get wrong: checked here, at the repository's
// root, where both packages are in view (neither package reads the other's files).
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ErrorCode } from "../packages/api/src/graphql/errors.js";
import { LimitCode } from "../packages/api/src/protection/codes.js";
import { JOBGRAPH_ERROR_CODES } from "../packages/sdk/src/runtime/errors.js";
import { apiSchemaFile, limitsFile, limitsSource, sdkSchemaFile } from "../scripts/sdk-from-api.js";

describe("the SDK agrees with the API", () => {
  it("its generated limits are those the API defines (pnpm generate:sdk writes them)", async () => {
    expect(await readFile(limitsFile, "utf8")).toBe(limitsSource());
  });

  it("its schema.graphql is the API's printed schema (pnpm generate:sdk copies it)", async () => {
    expect(await readFile(sdkSchemaFile, "utf8")).toBe(await readFile(apiSchemaFile, "utf8"));
  });

  it("JOBGRAPH_ERROR_CODES holds every code the server's own code tables define, each once", () => {
    const serverCodes = [...Object.values(ErrorCode), ...Object.values(LimitCode)];
    expect(serverCodes.length).toBeGreaterThan(10);
    expect(JOBGRAPH_ERROR_CODES).toEqual(expect.arrayContaining(serverCodes));
    expect(new Set(JOBGRAPH_ERROR_CODES).size).toBe(JOBGRAPH_ERROR_CODES.length);
  });
});
