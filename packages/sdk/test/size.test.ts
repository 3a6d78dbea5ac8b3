// The size budget, enforced: `pnpm sdk:size` prints the same figures.
import { describe, expect, it } from "vitest";
import { measureSdk, RUNTIME_BUDGET_BYTES } from "../scripts/size.js";

describe("the SDK's bundle size", () => {
  it("keeps the runtime under 5 kB minified and gzipped, bundled for a platform with no Node built-ins", async () => {
    const [runtime, client] = await measureSdk();
    expect(runtime!.gzipped).toBeLessThanOrEqual(RUNTIME_BUDGET_BYTES);
    // Everything createClient brings, documents included, stays small too.
    expect(client!.gzipped).toBeLessThanOrEqual(3 * RUNTIME_BUDGET_BYTES);
  });

  it("leaves the client out of a bundle that imports only verifyWebhook (the package has no side effects)", async () => {
    const [, client, webhook] = await measureSdk();
    expect(webhook!.name).toBe("verifyWebhook alone");
    expect(webhook!.gzipped).toBeLessThan(1536);
    expect(webhook!.gzipped).toBeLessThan(client!.gzipped / 4);
  });
});
