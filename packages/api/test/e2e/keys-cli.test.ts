// `pnpm keys` as a user runs it: a real process on an embedded database of its own. The keys it
// prints are checked by the server's own authentication.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { authenticate } from "../../src/viewer/keys.js";

const run = promisify(execFile);
const apiDir = fileURLToPath(new URL("../..", import.meta.url));

describe("pnpm keys", () => {
  let dataDir: string;
  const keys = (...args: string[]) =>
    run(process.execPath, ["--import", "tsx", "src/viewer/keys.cli.ts", ...args], {
      cwd: apiDir,
      env: { ...process.env, JOBGRAPH_DATA_DIR: dataDir, DATABASE_URL: "" },
    }).catch((error: { stdout: string; stderr: string; code: number }) => ({ stdout: error.stdout, stderr: error.stderr, code: error.code }));

  /** Opens the CLI's database (once the CLI has exited: PGlite is single-process) to run `work`. */
  async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
    const db = await openDatabase({ kind: "pglite", dataDir });
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }

  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), "jobgraph-keys-")), "pglite");
  });
  afterAll(() => rm(path.dirname(dataDir), { recursive: true, force: true }));

  it("creates an admin key on a new database, prints it once, and the server accepts it", async () => {
    const created = await keys("create", "--admin", "--name", "ops");
    expect(created.stderr).toMatch(/Created an admin key \(prefix [a-z2-7]{12}, scopes admin, expires -\)/);
    const key = created.stdout.trim();
    expect(key).toMatch(/^jg_live_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    const viewer = await withDatabase(async (db) => {
      await db.prisma.employer.create({ data: { slug: "acme", name: "Acme" } });
      return authenticate(db.prisma, `Bearer ${key}`, new Date());
    });
    expect(viewer.kind).toBe("ADMIN");
  }, 120_000);

  it("creates an employer key with scopes and an expiry, lists keys by prefix, and revokes them", async () => {
    const created = await keys("create", "--employer", "acme", "--scopes", "read-drafts,write-postings", "--expires", "30d");
    const key = created.stdout.trim();
    const prefix = key.split("_")[2] ?? "";
    const listed = await keys("list");
    const line = listed.stdout.split("\n").find((l) => l.startsWith(prefix)) ?? "";
    expect(line).toMatch(/acme\s+read-drafts,write-postings/);
    expect(line).toContain("active");
    // The secret is base64url and may itself contain "_": take everything after the prefix.
    const secret = key.slice(`jg_live_${prefix}_`.length);
    expect(secret).toHaveLength(43);
    expect(listed.stdout).not.toContain(secret);

    expect((await keys("revoke", prefix)).stdout).toMatch(new RegExp(`Revoked ${prefix} at `));
    expect((await keys("list")).stdout.split("\n").find((l) => l.startsWith(prefix))).toMatch(/revoked/);
    const refused = await withDatabase((db) => authenticate(db.prisma, `Bearer ${key}`, new Date()).catch((error: Error) => error.message));
    expect(refused).toBe(`The API key ${prefix} has been revoked.`);
  }, 120_000);

  it.each([
    [["create", "--employer", "nobody", "--scopes", "read-drafts"], 'No employer with slug "nobody".'],
    [["create", "--employer", "acme", "--scopes", "everything"], 'Unknown scope "everything"'],
    [["create", "--employer", "acme"], "An employer key needs scopes"],
    [["create", "--employer", "acme", "--scopes", "admin"], "An employer key cannot hold admin"],
    [["create", "--admin", "--expires", "2001-01-01"], "--expires must be in the future"],
    [["revoke", "zzzzzzzzzzzz"], 'No API key with prefix "zzzzzzzzzzzz".'],
  ])(
    "refuses %j",
    async (args, message) => {
      const result = await keys(...args);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe("");
    },
    120_000,
  );
});
