import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const apiDir = fileURLToPath(new URL("..", import.meta.url));

describe("prisma/migrations", () => {
  // Runs in a child process: the WebAssembly schema engine misbehaves inside vitest's module runner.
  it("produces exactly the database schema.prisma describes", async () => {
    const result = await run(process.execPath, ["--import", "tsx", "scripts/db.ts", "status"], { cwd: apiDir }).catch((error) => error);
    expect(result.stdout).toContain("schema.prisma and prisma/migrations agree.");
  }, 120_000);
});
