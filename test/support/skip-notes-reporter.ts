// Vitest's default reporter counts skipped tests but does not say why. A test that skips for a
// reason the reader can act on (Redis not answering, say) calls `ctx.skip(note)`; this reporter
// lists those tests and their notes after the run, so a green `pnpm test` never hides what it left out.
import type { Reporter, TestCase } from "vitest/node";

export default class SkipNotesReporter implements Reporter {
  private readonly skipped: string[] = [];

  onTestCaseResult(testCase: TestCase) {
    const result = testCase.result();
    if (result.state !== "skipped" || !result.note) return;
    this.skipped.push(`  ${testCase.project.name} › ${testCase.fullName}\n      ${result.note}`);
  }

  onTestRunEnd() {
    if (!this.skipped.length) return;
    process.stdout.write(`\nSkipped, with the reason:\n${this.skipped.join("\n")}\n`);
  }
}
