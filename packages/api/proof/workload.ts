// The traffic of the proof scripts: a fixed-rate (open-loop) scheduler, the read operations, and
// the outcome of every request, classified and timed per operation kind. Writes are in writes.ts.
//
// Why not autocannon: it keeps a fixed number of connections busy (closed loop), so a slow server
// gets fewer requests and its latency is under-reported ("coordinated omission"), and it reports one
// latency distribution per run, not per operation of a mixed run. Here requests start on a fixed
// schedule whatever the server does, and each records its own operation kind.
import { percentile } from "./harness.js";

export type Outcome = "ok" | "rate-limited" | "unavailable" | "error";

export interface Sample {
  kind: string;
  /** When the request started, ms since the run started. */
  at: number;
  ms: number;
  outcome: Outcome;
  /** HTTP status, or 0 when there was no response (connection refused, timeout). */
  status: number;
  /** extensions.code of the first GraphQL error, a user error's code, or the network error. */
  detail?: string;
}

export interface GraphQLResult {
  status: number;
  body?: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  /** Network failure or timeout: no HTTP answer at all. */
  failure?: string;
}

/** POSTs one GraphQL operation; never throws (a network failure is a result). */
export async function postGraphQL(
  base: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
  timeoutMs = 10_000,
): Promise<GraphQLResult> {
  try {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) };
    } catch {
      return { status: response.status };
    }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: 0, failure: cause ?? (error as Error).name ?? "network error" };
  }
}

/** The outcome of a GraphQL response; `field` is a mutation's payload field, whose userErrors count as errors. */
export function classify(result: GraphQLResult, field?: string): { outcome: Outcome; detail?: string } {
  if (result.status === 429) return { outcome: "rate-limited", detail: "429" };
  const code = result.body?.errors?.[0]?.extensions?.code;
  if (result.status === 503 || code === "SERVICE_UNAVAILABLE") return { outcome: "unavailable", detail: code ?? String(result.status) };
  if (result.failure) return { outcome: "error", detail: result.failure };
  if (result.status !== 200 || result.body?.errors?.length) return { outcome: "error", detail: code ?? `HTTP ${result.status}` };
  const userError = field ? (result.body?.data?.[field] as { userErrors?: Array<{ code: string }> } | undefined)?.userErrors?.[0] : undefined;
  if (userError) return { outcome: "error", detail: `userError ${userError.code}` };
  return { outcome: "ok" };
}

/**
 * Starts `send()` `rate` times a second for `durationMs`, on schedule whether or not earlier
 * requests have finished, then waits for the stragglers.
 */
export async function runAtFixedRate(rate: number, durationMs: number, send: (index: number) => Promise<void>): Promise<void> {
  const started = performance.now();
  const interval = 1000 / rate;
  const inFlight = new Set<Promise<void>>();
  let sent = 0;
  for (;;) {
    const elapsed = performance.now() - started;
    if (elapsed >= durationMs) break;
    while (sent * interval <= elapsed) {
      const request = send(sent++).catch((error) => console.error("proof: request failed to run", error));
      inFlight.add(request);
      void request.finally(() => inFlight.delete(request));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, started + sent * interval - performance.now())));
  }
  await Promise.all(inFlight);
}

const CARD = `id title reference postedAt closesAt contractType employer { name slug }
  salary { min max currency period annualMin annualMax } workplace { type } locations { name postcode } benefits { benefit { key } detail }`;

/** Read operations, by kind: each takes the ids and slugs sampled from the database. */
export const READS: Record<string, (sample: ReadSample, i: number) => { query: string; variables: Record<string, unknown> }> = {
  "search keywords+place+facets": (_s, i) => ({
    query: `query ($filter: PostingFilter) { postings(filter: $filter, first: 20) { totalCount edges { distance node { ${CARD} } }
      facets { contractTypes { value count } workplaceTypes { value count } employers(first: 5) { employer { name } count } salary { min count } } } }`,
    variables: {
      filter: {
        keywords: ["engineer", "manager", "analyst", "nurse", "developer"][i % 5],
        near: { place: ["London", "Manchester", "Leeds", "Bristol", "Glasgow"][i % 5], radius: 40 },
      },
    },
  }),
  "search filters (browse)": (_s, i) => ({
    query: `query ($filter: PostingFilter) { postings(filter: $filter, first: 20) { totalCount nodes { ${CARD} } } }`,
    variables: {
      filter: {
        workplaceTypes: [["HYBRID"], ["REMOTE"], ["ON_SITE"]][i % 3],
        contractTypes: ["PERMANENT"],
        salary: { min: 25_000 + (i % 4) * 10_000 },
      },
    },
  }),
  "posting by id": (s, i) => ({
    query: `query ($id: ID!) { posting(id: $id) { ${CARD} description employer { benefits { benefit { key } } } } }`,
    variables: { id: s.postingIds[i % s.postingIds.length] },
  }),
  "employers (+ employer by slug)": (s, i) =>
    i % 2
      ? { query: "{ employers(first: 20) { totalCount nodes { slug name openPostingsCount } } }", variables: {} }
      : {
          query: "query ($slug: String!) { employer(slug: $slug) { name description openPostingsCount postings(first: 10) { nodes { id title } } } }",
          variables: { slug: s.employerSlugs[i % s.employerSlugs.length] },
        },
};

export interface ReadSample {
  postingIds: string[];
  employerSlugs: string[];
  /** Global IDs of employers, for admin creates. */
  employerIds: string[];
}

/** Ids to read and employers to write to, from the API itself. */
export async function sampleIds(base: string): Promise<ReadSample> {
  const result = await postGraphQL(base, "{ postings(first: 100) { nodes { id } } employers(first: 100) { nodes { id slug } } }", {});
  const data = result.body?.data as { postings: { nodes: { id: string }[] }; employers: { nodes: { id: string; slug: string }[] } } | undefined;
  if (!data?.postings.nodes.length || !data.employers.nodes.length) throw new Error(`no sample data: ${JSON.stringify(result)}`);
  return {
    postingIds: data.postings.nodes.map((n) => n.id),
    employerSlugs: data.employers.nodes.map((n) => n.slug),
    employerIds: data.employers.nodes.map((n) => n.id),
  };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const ms = (value: number) => (Number.isNaN(value) ? "-" : value.toFixed(0));

/** One line per operation kind: count, ok, p50/p95/p99 of successful requests, errors by class. */
export function printSamples(samples: readonly Sample[], seconds: number): void {
  const kinds = [...new Set(samples.map((s) => s.kind))];
  console.log(
    `${"operation".padEnd(32)} ${pad("sent", 6)} ${pad("ok", 6)} ${pad("ok/s", 6)} ${pad("p50", 6)} ${pad("p95", 6)} ${pad("p99", 6)} ${pad("max", 6)} ${pad("429", 5)} ${pad("503", 5)} ${pad("other", 5)}`,
  );
  for (const kind of [...kinds, "all"]) {
    const mine = kind === "all" ? samples : samples.filter((s) => s.kind === kind);
    const ok = mine.filter((s) => s.outcome === "ok").map((s) => s.ms);
    const count = (outcome: Outcome) => mine.filter((s) => s.outcome === outcome).length;
    console.log(
      `${kind.padEnd(32)} ${pad(mine.length, 6)} ${pad(ok.length, 6)} ${pad((ok.length / seconds).toFixed(1), 6)} ${pad(ms(percentile(ok, 50)), 6)} ${pad(ms(percentile(ok, 95)), 6)} ${pad(ms(percentile(ok, 99)), 6)} ${pad(ms(ok.length ? Math.max(...ok) : Number.NaN), 6)} ${pad(count("rate-limited"), 5)} ${pad(count("unavailable"), 5)} ${pad(count("error"), 5)}`,
    );
  }
  const others = samples.filter((s) => s.outcome === "error");
  if (others.length) {
    const byDetail = new Map<string, number>();
    for (const s of others) byDetail.set(`${s.kind}: ${s.detail}`, (byDetail.get(`${s.kind}: ${s.detail}`) ?? 0) + 1);
    console.log("other errors:", Object.fromEntries(byDetail));
  }
}

/** Requests by the second they started in: "t+4: 12 ok 8 503", to see an outage and the recovery. */
export function printTimeline(samples: readonly Sample[]): void {
  const seconds = new Map<number, Map<Outcome, number>>();
  for (const sample of samples) {
    const second = Math.floor(sample.at / 1000);
    const counts = seconds.get(second) ?? new Map<Outcome, number>();
    counts.set(sample.outcome, (counts.get(sample.outcome) ?? 0) + 1);
    seconds.set(second, counts);
  }
  const label: Record<Outcome, string> = { ok: "ok", "rate-limited": "429", unavailable: "503", error: "other" };
  const lines = [...seconds.entries()]
    .sort(([a], [b]) => a - b)
    .map(([second, counts]) => `${String(second).padStart(3)}s ${[...counts.entries()].map(([outcome, n]) => `${n} ${label[outcome]}`).join(", ")}`);
  console.log(`Requests by the second they started in:\n  ${lines.join("\n  ")}`);
}
