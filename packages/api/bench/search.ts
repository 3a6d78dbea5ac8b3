// pnpm bench:search: search throughput and latency on PostgreSQL at 100,000 postings, printed as figures
// (never asserted). It seeds a database (unless --reuse), starts the real API server, drives a
// fixed mix of search operations over HTTP with autocannon, plus a stream of 1,200 different
// searches, twice: without the response cache (every request runs its SQL) and with it (the
// production default). It measures the ceiling in the same run: the main search's page fetched by
// one hand-written SQL query (the best we could write, using the same indexes) through pg behind a
// bare Node HTTP handler.
//
//   pnpm bench:search [--reuse] [--duration 10] [--connections 10] [--employers 5000] [--postings 100000]
//   BENCH_DATABASE_URL=postgres://... (default postgres://postgres@127.0.0.1:5432/jobgraph_bench)
import type { ChildProcess } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { createSeededDatabase, startApi, waitFor } from "../proof/harness.js";
import { coveringCells } from "../src/location/cells.js";
import { boundingBox } from "../src/location/distance.js";
import { type AggregateRequest, aggregatesSql, STEER_TO_INDEXES } from "../src/posting/aggregates.js";
import type { PostingFilterArgs, PostingOrderArgs } from "../src/posting/posting.filter.js";
import { searchPageSql } from "../src/posting/search.js";
import { compileSearch } from "../src/posting/search.sql.js";

const { values } = parseArgs({
  options: {
    reuse: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    employers: { type: "string", default: "5000" },
    postings: { type: "string", default: "100000" },
  },
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/jobgraph_bench";
const API_PORT = 4801;
const CEILING_PORT = 4802;

const SEARCH = { keywords: "engineer", place: "Manchester", latitude: 53.48095, longitude: -2.23743, radiusKm: 50, salaryMin: 30000 };

const POSTING_FIELDS = `id title summary reference postedAt closesAt contractType
  employer { name slug }
  salary { min max currency period text annualMin annualMax }
  hours { type perWeek } workplace { type remoteDaysPerWeekMax }
  locations { name region postcode latitude longitude }
  benefits { benefit { key name } detail }`;

const OPERATIONS: Record<string, { query: string; variables: Record<string, unknown> }> = {
  "search+facets (keywords, place, salary, 20 with employer/locations/benefits, facets)": {
    query: `query Search($filter: PostingFilter) { postings(filter: $filter, first: 20) { totalCount
      edges { distance node { ${POSTING_FIELDS} } }
      facets { contractTypes { value count } workplaceTypes { value count } hoursTypes { value count }
        employers(first: 10) { employer { name } count } benefits { benefit { key } count } locations(first: 10) { name count } salary { min count } } } }`,
    variables: { filter: { keywords: SEARCH.keywords, near: { place: SEARCH.place, radius: SEARCH.radiusKm }, salary: { min: SEARCH.salaryMin } } },
  },
  "search page (same search, no facets/count)": {
    query: `query Search($filter: PostingFilter) { postings(filter: $filter, first: 20) { edges { distance node { ${POSTING_FIELDS} } } } }`,
    variables: { filter: { keywords: SEARCH.keywords, near: { place: SEARCH.place, radius: SEARCH.radiusKm }, salary: { min: SEARCH.salaryMin } } },
  },
  "keywords only, relevance, with totalCount": {
    query: `query Search($filter: PostingFilter) { postings(filter: $filter, first: 20) { totalCount nodes { ${POSTING_FIELDS} } } }`,
    variables: { filter: { keywords: '"data analyst" -senior' } },
  },
  "browse newest, hybrid + permanent, with totalCount": {
    query: `query Browse($filter: PostingFilter) { postings(filter: $filter, first: 20) { totalCount nodes { ${POSTING_FIELDS} } } }`,
    variables: { filter: { workplaceTypes: ["HYBRID"], contractTypes: ["PERMANENT"] } },
  },
  "near London 20 km by distance": {
    query: `query Near($filter: PostingFilter, $orderBy: PostingOrder) { postings(filter: $filter, orderBy: $orderBy, first: 20) { edges { distance node { ${POSTING_FIELDS} } } } }`,
    variables: { filter: { near: { place: "London", radius: 20 } }, orderBy: { field: "DISTANCE", direction: "ASC" } },
  },
};

const MAIN_QUERY = OPERATIONS["search+facets (keywords, place, salary, 20 with employer/locations/benefits, facets)"]!.query;

/**
 * 1,200 different searches of the main kind (keywords x place x radius x salary), sent in a fixed
 * shuffled order: what many visitors searching at once look like, and what no response cache can
 * answer from memory within a run.
 */
function variedSearches(): string[] {
  const keywords = ["engineer", "nurse", "developer", "analyst", "teacher", "manager", '"data analyst"', "accountant", "designer", "support"];
  const places = ["Manchester", "London", "Leeds", "Birmingham", "Glasgow", "Bristol", "Cardiff", "Edinburgh", "Newcastle upon Tyne", "Sheffield"];
  const bodies: string[] = [];
  for (const k of keywords)
    for (const place of places)
      for (const radius of [10, 25, 50])
        for (const min of [null, 20000, 30000, 40000]) {
          const filter = { keywords: k, near: { place, radius }, ...(min ? { salary: { min } } : {}) };
          bodies.push(JSON.stringify({ query: MAIN_QUERY, variables: { filter } }));
        }
  let seed = 42;
  for (let i = bodies.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [bodies[i], bodies[j]] = [bodies[j]!, bodies[i]!];
  }
  return bodies;
}
const VARIED = "varied: 1,200 different keyword + place + salary searches with facets (no two alike in a run)";

/** The page of the main search as one hand-written SQL statement (what a bespoke endpoint would run). */
const CEILING_SQL = `
WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
page AS (
  SELECT p.*, ts_rank(p.search_vector, q.q) AS rank,
    (SELECT min(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(l.latitude - $2) / 2), 2) + cos(radians($2)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - $3) / 2), 2)))))
       FROM posting_locations pl JOIN locations l ON l.id = pl.location_id WHERE pl.posting_id = p.id) AS distance
  FROM postings p, q
  WHERE p.status = 'PUBLISHED' AND (p.closes_at IS NULL OR p.closes_at > now()) AND p.search_vector @@ q.q
    AND p.geo_cells && $8::int[]
    AND EXISTS (SELECT 1 FROM posting_locations pl JOIN locations l ON l.id = pl.location_id WHERE pl.posting_id = p.id
      AND l.latitude BETWEEN $2 - $5 AND $2 + $5 AND l.longitude BETWEEN $3 - $6 AND $3 + $6
      AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(l.latitude - $2) / 2), 2) + cos(radians($2)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - $3) / 2), 2)))) <= $4 OFFSET 0)
    AND p.salary_currency = 'GBP' AND COALESCE(p.salary_annual_max, p.salary_annual_min) >= $7
  ORDER BY rank DESC, p.id DESC LIMIT 20)
SELECT coalesce(json_agg(json_build_object(
  'id', p.id, 'title', p.title, 'summary', p.summary, 'reference', p.reference, 'postedAt', p.posted_at, 'closesAt', p.closes_at,
  'contractType', p.contract_type, 'distance', p.distance,
  'employer', (SELECT json_build_object('name', e.name, 'slug', e.slug) FROM employers e WHERE e.id = p.employer_id),
  'salary', json_build_object('min', p.salary_min, 'max', p.salary_max, 'currency', p.salary_currency, 'period', p.salary_period, 'text', p.salary_text,
                              'annualMin', p.salary_annual_min, 'annualMax', p.salary_annual_max),
  'hours', json_build_object('type', p.hours_type, 'perWeek', p.hours_per_week),
  'workplace', json_build_object('type', p.workplace_type, 'remoteDaysPerWeekMax', p.remote_days_per_week_max),
  'locations', (SELECT json_agg(json_build_object('name', l.name, 'region', l.region, 'postcode', l.postcode, 'latitude', l.latitude, 'longitude', l.longitude) ORDER BY pl.position)
                FROM posting_locations pl JOIN locations l ON l.id = pl.location_id WHERE pl.posting_id = p.id),
  'benefits', (SELECT json_agg(json_build_object('key', b.key, 'name', b.name, 'detail', x.detail)) FROM (
                 SELECT benefit_id, detail FROM posting_benefits WHERE posting_id = p.id
                 UNION ALL SELECT eb.benefit_id, eb.detail FROM employer_benefits eb WHERE eb.employer_id = p.employer_id
                   AND NOT EXISTS (SELECT 1 FROM posting_benefits pb WHERE pb.posting_id = p.id AND pb.benefit_id = eb.benefit_id)) x
               JOIN benefits b ON b.id = x.benefit_id)
) ORDER BY p.rank DESC, p.id DESC), '[]') AS postings FROM page p`;

function ceilingParams(): unknown[] {
  const dLat = (SEARCH.radiusKm / 6371.0088) * (180 / Math.PI);
  const dLon = dLat / Math.cos((SEARCH.latitude * Math.PI) / 180);
  const cells = coveringCells(boundingBox(SEARCH.latitude, SEARCH.longitude, SEARCH.radiusKm));
  return [SEARCH.keywords, SEARCH.latitude, SEARCH.longitude, SEARCH.radiusKm, dLat, dLon, SEARCH.salaryMin, cells];
}

async function stopApi(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

function startCeiling() {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const params = ceilingParams();
  const server = createServer(async (_req, res) => {
    try {
      const { rows } = await pool.query(CEILING_SQL, params);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: { postings: rows[0].postings } }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise<{ close(): Promise<void> }>((resolve) =>
    server.listen(CEILING_PORT, () =>
      resolve({
        close: async () => {
          server.close();
          await pool.end();
        },
      }),
    ),
  );
}

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, url: string, body?: string | string[]): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json" } : {},
    ...(Array.isArray(body)
      ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: body[next++ % body.length] }) }] }
      : { body }),
    connections,
    duration,
  });
  // autocannon reports p97_5 and p99; p95 is interpolated from its histogram percentiles.
  const latency = result.latency as unknown as Record<string, number>;
  const p95 = latency.p95 ?? latency.p97_5 ?? latency.p90 ?? Number.NaN;
  return {
    name,
    rps: result.requests.average,
    p50: latency.p50 ?? Number.NaN,
    p95,
    p99: latency.p99 ?? Number.NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the SQL the API runs for each operation (its page, and its count
 * and facets statement when selected), and of the ceiling's query: the plans that show which
 * indexes each search path uses.
 */
async function explain() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sections: string[] = [];
  const plan = async (title: string, text: string, values: unknown[], setting?: string) => {
    // A statement the API runs after a SET LOCAL (aggregates.ts) is explained the same way.
    if (setting) await client.query(`BEGIN; ${setting}`);
    const result = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
    if (setting) await client.query("COMMIT");
    sections.push(`== ${title}${setting ? ` (after ${setting})` : ""}\n${result.rows.map((row) => row["QUERY PLAN"]).join("\n")}`);
  };
  const now = new Date();
  for (const [name, op] of Object.entries(OPERATIONS)) {
    const variables = op.variables as { filter?: PostingFilterArgs; orderBy?: PostingOrderArgs };
    const search = compileSearch(variables.filter, variables.orderBy, now);
    const page = searchPageSql(search, 21);
    await plan(`${name}: page`, page.text, page.values);
    const requests: AggregateRequest[] = [];
    if (op.query.includes("totalCount")) requests.push({ kind: "total" });
    if (op.query.includes("facets")) {
      requests.push({ kind: "contractType" }, { kind: "workplaceType" }, { kind: "hoursType" }, { kind: "employer", first: 10 });
      requests.push({ kind: "benefit" }, { kind: "location", first: 10 }, { kind: "salary", bandWidth: 10000 });
    }
    if (requests.length) {
      const aggregates = aggregatesSql(search, requests);
      await plan(
        `${name}: totalCount${requests.length > 1 ? " and facets" : ""}`,
        aggregates.text,
        aggregates.values,
        search.keywords ? STEER_TO_INDEXES : undefined,
      );
    }
  }
  await plan("ceiling (hand-written SQL)", CEILING_SQL, ceilingParams());
  await client.end();
  return sections.join("\n\n");
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

await createSeededDatabase(databaseUrl, { employers: Number(values.employers), postings: Number(values.postings), reuse: values.reuse });

const api = `http://127.0.0.1:${API_PORT}/graphql`;
const post = async (body: string) => {
  const response = await fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body });
  return (await response.json()) as { errors?: unknown[]; data?: { postings?: { totalCount?: number; edges?: unknown[]; nodes?: unknown[] } } };
};

/** Every operation against a freshly started API (warmed up first), with the given environment. */
async function runApi(label: string, env: NodeJS.ProcessEnv): Promise<Figures[]> {
  // The bench is one client asking as fast as it can: per-client rate limits would measure the
  // limiter, not the search, so they are off here (the cost analysis still runs on every request).
  const child = startApi({ databaseUrl, port: API_PORT, env: { RATE_LIMIT: "false", MAX_CONCURRENT_REQUESTS_PER_CLIENT: "10000", ...env } });
  try {
    await waitFor(`http://127.0.0.1:${API_PORT}/health`);
    // Warm-up: the gazetteer, the JIT and PostgreSQL's caches.
    for (const [name, op] of Object.entries(OPERATIONS)) {
      for (let i = 0; i < 20; i++) {
        const json = await post(JSON.stringify(op));
        if (json.errors) throw new Error(`${JSON.stringify(json.errors)}`);
        const page = json.data?.postings;
        if (i === 0 && label === modes[0]!.label)
          console.log(
            `  warm-up: ${(page?.edges ?? page?.nodes ?? []).length} results${page?.totalCount === undefined ? "" : ` of ${page.totalCount}`} for ${name}`,
          );
      }
    }
    const varied = variedSearches();
    for (const body of varied.slice(0, 3)) {
      const json = await post(body);
      if (json.errors) throw new Error(`${JSON.stringify(json.errors)}`);
    }
    const figures: Figures[] = [];
    for (const [name, op] of Object.entries(OPERATIONS)) figures.push(await load(name, api, JSON.stringify(op)));
    figures.push(await load(VARIED, api, varied));
    return figures;
  } finally {
    await stopApi(child);
  }
}

const modes = [
  { label: "without the response cache (RESPONSE_CACHE_TTL_MS=0): every request runs its SQL", env: { RESPONSE_CACHE_TTL_MS: "0" } },
  { label: "with the response cache (production default, 10 s): repeated anonymous searches are answered from memory", env: {} },
];

const ceiling = await startCeiling();
try {
  await fetch(`http://127.0.0.1:${CEILING_PORT}/`).then((r) => r.json());
  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; ${connections} connections, ${duration} s per run`,
  );
  const ceilingFigures = await load("ceiling: hand-written SQL via pg, bare node:http (page only)", `http://127.0.0.1:${CEILING_PORT}/`);
  const header = `${"operation".padEnd(100)} ${pad("req/s", 8)} ${pad("p50 ms", 7)} ${pad("p95 ms", 7)} ${pad("p99 ms", 7)} ${pad("errors", 7)} ${pad("of ceiling", 10)}`;
  const line = (f: Figures) => {
    const ratio = f === ceilingFigures ? "" : `${((f.rps / ceilingFigures.rps) * 100).toFixed(0)}%`;
    return `${f.name.padEnd(100)} ${pad(f.rps.toFixed(0), 8)} ${pad(f.p50, 7)} ${pad(f.p95, 7)} ${pad(f.p99, 7)} ${pad(f.errors + f.non2xx, 7)} ${pad(ratio, 10)}`;
  };
  for (const mode of modes) {
    const figures = await runApi(mode.label, mode.env);
    console.log(`\n${mode.label}\n${header}`);
    for (const f of figures) console.log(line(f));
  }
  console.log(`\n${header}\n${line(ceilingFigures)}`);
  console.log("\n(p95 is autocannon's p97.5 where it reports no p95.)");
  const plan = await explain();
  const planFile = fileURLToPath(new URL("./last-plan.txt", import.meta.url));
  await writeFile(planFile, `${plan}\n`);
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of every operation's SQL and the ceiling's: ${planFile}`);
} finally {
  await ceiling.close();
}
process.exit(0);
