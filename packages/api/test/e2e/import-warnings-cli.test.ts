// `pnpm run import` as a user runs it, on an embedded database of its own: each record's warnings
// printed under it with a summary, and --strict failing the warned-of records (exit 1). Its database
// has no benefit catalogue (nothing seeds it), which the benefits warning says.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interchangeCli, jobPosting as jobPostingOf } from "../support/job-posting.js";

const ROOM_ATTENDANT = { title: "Room Attendant", description: "<p>Rooms ready by three.</p>", employer: "Warned Hotels", locality: "Bath" };
const jobPosting = (reference: string, overrides: Record<string, unknown> = {}) => jobPostingOf(reference, ROOM_ATTENDANT, overrides);

describe("pnpm run import: warnings and --strict", () => {
  let dir: string;
  const cli = interchangeCli(() => dir);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "jobgraph-import-warnings-"));
    const { datePosted: _none, ...undated } = jobPosting("R-2", { jobBenefits: ["Free meals", "Tips shared weekly"] });
    await writeFile(path.join(dir, "feed.ndjson"), [jobPosting("R-1"), undated, jobPosting("R-3")].map((p) => JSON.stringify(p)).join("\n"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("with --strict, fails the warned-of record with its warnings as errors, imports the others, and exits 1", async () => {
    const result = await cli("import", "feed.ndjson", "--strict");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Imported 3 records from 1 file .*: 2 created, 0 updated, 0 unchanged, 1 failed/);
    expect(result.stdout).toContain("Warnings (--strict: their records failed): 2 warnings on 1 record (benefits UNMATCHED 1, postedAt MISSING 1)");
    expect(result.stderr).toContain("#1 feed.ndjson #2 (R-2): FAILED");
    expect(result.stderr).toContain("    - postedAt: REQUIRED: Strict import: No posting date stated: the import's time is used. [MISSING]");
    expect(result.stderr).toContain(
      "    ! benefits: UNMATCHED: 2 benefits found, none matching the benefit catalogue (which is empty: pnpm db:seed fills it): 2 kept as text in otherBenefits.",
    );
    expect(result.stderr).not.toContain("(R-1)");
  }, 120_000);

  it("without --strict, imports the warned-of record, prints its warnings under it and counts them, and exits 0", async () => {
    const result = await cli("import", "feed.ndjson");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Imported 3 records from 1 file .*: 1 created, 0 updated, 2 unchanged, 0 failed/);
    expect(result.stdout).toContain("Warnings: 2 warnings on 1 record (benefits UNMATCHED 1, postedAt MISSING 1)");
    const lines = result.stderr.split("\n");
    const at = lines.indexOf("  #1 feed.ndjson #2 (R-2): CREATED");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at + 1, at + 3)).toEqual([
      "    ! benefits: UNMATCHED: 2 benefits found, none matching the benefit catalogue (which is empty: pnpm db:seed fills it): 2 kept as text in otherBenefits.",
      "    ! postedAt: MISSING: No posting date stated: the import's time is used.",
    ]);
  }, 120_000);
});
