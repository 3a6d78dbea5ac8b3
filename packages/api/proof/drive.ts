// Mixed traffic at a fixed rate: `writeShare`% of requests are writes (writes.ts), the rest cycle
// through the read operations. Every request becomes a Sample (kind, start time, latency, outcome).
import { classify, postGraphQL, READS, type ReadSample, runAtFixedRate, type Sample } from "./workload.js";
import type { WriteWorkload } from "./writes.js";

export interface DriveOptions {
  base: () => string;
  rate: number;
  seconds: number;
  /** Percentage of writes, 0-100. */
  writeShare: number;
  sample: ReadSample;
  writes: WriteWorkload;
  /** performance.now() of the run's start, for Sample.at (default: now). */
  started?: number;
}

export async function drive(options: DriveOptions): Promise<Sample[]> {
  const { rate, seconds, writeShare, sample, writes } = options;
  const started = options.started ?? performance.now();
  const samples: Sample[] = [];
  const readKinds = Object.keys(READS);
  await runAtFixedRate(rate, seconds * 1000, async (i) => {
    const at = performance.now();
    // Spread the writes evenly through the run (37 is prime to 100).
    if ((i * 37) % 100 < writeShare) {
      const result = await writes.next(i * 7919);
      samples.push({
        kind: result.kind,
        at: at - started,
        ms: performance.now() - at,
        outcome: result.outcome,
        status: result.status,
        detail: result.detail,
      });
      return;
    }
    const kind = readKinds[i % readKinds.length] as string;
    const op = (READS[kind] as (typeof READS)[string])(sample, i);
    // Anonymous readers are many visitors, not one: each read comes from one of 250 client
    // addresses, as a load balancer reports them (the server runs with TRUST_PROXY), so the
    // per-client rate limits apply as they would in production.
    const client = `198.51.100.${i % 250}`;
    const result = await postGraphQL(options.base(), op.query, op.variables, { "x-forwarded-for": client });
    samples.push({ kind, at: at - started, ms: performance.now() - at, ...classify(result), status: result.status });
  });
  return samples;
}
