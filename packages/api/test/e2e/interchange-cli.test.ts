// `pnpm run import` and `pnpm export` as a user runs them: real processes on an embedded database
// of their own.
import { spawn } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_ADVERT_PATH } from "../support/adverts.js";
import { apiDir, cliEnv, interchangeCli, jobPosting as jobPostingOf } from "../support/job-posting.js";

const FIXTURES = fileURLToPath(new URL("../interchange/fixtures/adverts", import.meta.url));

const BARISTA = { title: "Barista", description: "<p>Coffee.</p>", employer: "Bean There", locality: "York" };
const jobPosting = (reference: string) => jobPostingOf(reference, BARISTA, { url: `https://beanthere.example/jobs/${reference}` });

describe("pnpm run import / pnpm export", () => {
  let dir: string;
  const env = () => cliEnv(dir);
  const cli = interchangeCli(() => dir);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "jobgraph-import-"));
    await cp(FIXTURES, path.join(dir, "adverts"), { recursive: true });
    await cp(SAMPLE_ADVERT_PATH, path.join(dir, "adverts", "lloyds.txt"));
    await writeFile(path.join(dir, "adverts", "broken.json"), JSON.stringify({ ...jobPosting("X-1"), validThrough: "2001-01-01T00:00:00Z" }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("imports a folder of adverts and JSON-LD, reports the failure with its reasons, and exits 1", async () => {
    const result = await cli("import", "adverts");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /Imported 7 records from 7 files into PGlite .* in [\d.]+ s \([\d.]+ records\/s\): 6 created, 0 updated, 0 unchanged, 1 failed/,
    );
    expect(result.stderr).toContain("#0 adverts/broken.json (X-1):");
    expect(result.stderr).toMatch(/closesAt: INVALID: closesAt must be after the posting date/);
  }, 120_000);

  it("imports again without duplicating: the same records are unchanged", async () => {
    const result = await cli("import", "adverts/care-assistant-part-time-hourly.txt", "adverts/lloyds.txt");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Imported 2 records from 2 files .*: 0 created, 0 updated, 2 unchanged, 0 failed/);
  }, 120_000);

  it("reads standard input, publishes, and exports the open postings as NDJSON and as a JSON array", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/interchange/cli.ts", "import", "-", "--publish"], { cwd: apiDir, env: env() });
    child.stdin.end([jobPosting("B-1"), jobPosting("B-2")].map((p) => JSON.stringify(p)).join("\n"));
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stdout).toMatch(/Imported 2 records from 1 file .*: 2 created/);

    const ndjson = await cli("export");
    expect(ndjson.code).toBe(0);
    const lines = ndjson.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((ld) => ld.identifier.value).sort()).toEqual(["B-1", "B-2"]);
    expect(ndjson.stderr).toContain("Exported 2 postings as NDJSON");

    const array = await cli("export", "--out", "open.json");
    expect(array.stderr).toContain("Exported 2 postings as a JSON array to open.json");
    expect(JSON.parse(await readFile(path.join(dir, "open.json"), "utf8"))).toEqual(lines);
  }, 180_000);

  it("refuses a missing file and an unknown format before touching the database", async () => {
    expect(await cli("import", "nowhere.json")).toMatchObject({ code: 2, stderr: expect.stringContaining("No such file or folder") });
    expect(await cli("import", "adverts", "--format", "xml")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--format must be jsonld or find-a-job"),
    });
  }, 60_000);
});
