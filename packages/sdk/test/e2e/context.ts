// The one API server every end-to-end suite in api.test.ts shares.
import type { ApiServer } from "../support/api-server.js";

let current: ApiServer | undefined;

export function setApi(server: ApiServer | undefined): void {
  current = server;
}

/** The running server (started by api.test.ts before any suite runs). */
export function api(): ApiServer {
  if (!current) throw new Error("the API server is not running: run the suites through api.test.ts");
  return current;
}
