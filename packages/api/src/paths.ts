// Where the files the server reads at run time live (the migrations), found from this module's own URL. This module sits directly in packages/api/src/,
// and the build writes the server and its chunks directly in packages/api/dist/ (scripts/build.ts):
// both one level below packages/api, so one relative URL finds the repository's root from the
// sources (tsx, tests) and from the compiled server. Modules deeper in src/ take paths from here.
import { fileURLToPath } from "node:url";

export const repoRootUrl = new URL("../../../", import.meta.url);
export const repoRoot = fileURLToPath(repoRootUrl);
