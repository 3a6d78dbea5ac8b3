// What the import tests feed the API: a schema.org JobPosting as another system publishes it, and
// `pnpm run import` run as a user runs it. One definition, so every test's adverts share one shape.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const DAY = 86_400_000;
/** One clock for the whole test file, so the same reference gives the same posting (a re-import is UNCHANGED). */
const NOW = Date.now();

export interface JobPostingShape {
  title: string;
  description: string;
  employer: string;
  locality: string;
  postcode?: string;
}

/** `shape` as a JobPosting with this `reference`: posted yesterday, closing in a month; `overrides` replace or add properties. */
export function jobPosting(reference: string, shape: JobPostingShape, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: `${shape.title} ${reference}`,
    description: shape.description,
    datePosted: new Date(NOW - DAY).toISOString(),
    validThrough: new Date(NOW + 30 * DAY).toISOString(),
    hiringOrganization: { "@type": "Organization", name: shape.employer },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressLocality: shape.locality,
        ...(shape.postcode ? { postalCode: shape.postcode } : {}),
        addressCountry: "GB",
      },
    },
    identifier: { "@type": "PropertyValue", name: shape.employer, value: reference },
    ...overrides,
  };
}

const run = promisify(execFile);
export const apiDir = fileURLToPath(new URL("../..", import.meta.url));

export interface CliRun {
  stdout: string;
  stderr: string;
  code: number;
}

/** The CLI's environment: an embedded database in `dir`, which is also its working folder. */
export const cliEnv = (dir: string) => ({ ...process.env, JOBGRAPH_DATA_DIR: path.join(dir, "pglite"), DATABASE_URL: "", INIT_CWD: dir });

/** Runs the import/export CLI (src/interchange/cli.ts) as a process on an embedded database in `dir()`, which is also its working folder. */
export function interchangeCli(dir: () => string): (...args: string[]) => Promise<CliRun> {
  return (...args) =>
    run(process.execPath, ["--import", "tsx", "src/interchange/cli.ts", ...args], { cwd: apiDir, env: cliEnv(dir()), maxBuffer: 64 * 1024 * 1024 })
      .then((r) => ({ ...r, code: 0 }))
      .catch((error: CliRun) => ({ stdout: error.stdout, stderr: error.stderr, code: error.code }));
}
