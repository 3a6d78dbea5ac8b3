// pnpm bench: search throughput and latency on PostgreSQL at 100,000 postings, printed as figures
// (never asserted). It seeds a database (unless --reuse), starts the real API server, drives a
// fixed mix of search operations over HTTP with autocannon, and measures the ceiling: the same
// page fetched by one hand-written SQL query through pg behind a bare Node HTTP handler.
//
//   pnpm bench [--reuse] [--duration 10] [--connections 10] [--employers 5000] [--postings 100000]
//   BENCH_DATABASE_URL=postgres://... (default postgres://postgres@127.0.0.1:5432/jobgraph_bench)
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";

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
const apiDir = fileURLToPath(new URL("..", import.meta.url));
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

/** The page of the main search as one hand-written SQL statement (what a bespoke endpoint would run). */
const CEILING_SQL = `
WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
page AS (
  SELECT p.*, ts_rank(p.search_vector, q.q) AS rank,
    (SELECT min(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(l.latitude - $2) / 2), 2) + cos(radians($2)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - $3) / 2), 2)))))
       FROM posting_locations pl JOIN locations l ON l.id = pl.location_id WHERE pl.posting_id = p.id) AS distance
  FROM postings p, q
  WHERE p.status = 'PUBLISHED' AND (p.closes_at IS NULL OR p.closes_at > now()) AND p.search_vector @@ q.q
    AND EXISTS (SELECT 1 FROM posting_locations pl JOIN locations l ON l.id = pl.location_id WHERE pl.posting_id = p.id
      AND l.latitude BETWEEN $2 - $5 AND $2 + $5 AND l.longitude BETWEEN $3 - $6 AND $3 + $6
      AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(l.latitude - $2) / 2), 2) + cos(radians($2)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - $3) / 2), 2)))) <= $4)
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
  return [SEARCH.keywords, SEARCH.latitude, SEARCH.longitude, SEARCH.radiusKm, dLat, dLon, SEARCH.salaryMin];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, { cwd: apiDir, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function prepareDatabase() {
  const admin = new URL(databaseUrl);
  const name = admin.pathname.slice(1);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const exists = (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (values.reuse && exists) {
    await client.end();
    console.log(`Reusing ${name}`);
    return;
  }
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const started = performance.now();
  run(
    process.execPath,
    ["--import", "tsx", "src/seed/cli.ts", "--employers", values.employers ?? "5000", "--postings", values.postings ?? "100000"],
    {
      DATABASE_URL: databaseUrl,
    },
  );
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s (including migrations)`);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query("VACUUM ANALYZE");
  await db.end();
}

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

function startApi(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiDir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(API_PORT), LOG_LEVEL: "warn", NODE_ENV: "production", JOBGRAPH_SEED: "false" },
  });
  return child;
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

async function load(name: string, url: string, body?: string): Promise<Figures> {
  const result = await autocannon({
    url,
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json" } : {},
    body,
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

async function explain() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${CEILING_SQL}`, ceilingParams());
  await client.end();
  return plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
}

const pad = (value: string | number, width: number) => String(value).padStart(width);

await prepareDatabase();
const api = startApi();
const ceiling = await startCeiling();
try {
  await waitFor(`http://127.0.0.1:${API_PORT}/health`);
  // Warm-up: the gazetteer, the JIT and PostgreSQL's caches.
  for (const op of Object.values(OPERATIONS)) {
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`http://127.0.0.1:${API_PORT}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(op),
      });
      const json = (await response.json()) as {
        errors?: unknown[];
        data?: { postings?: { totalCount?: number; edges?: unknown[]; nodes?: unknown[] } };
      };
      if (json.errors) throw new Error(`${JSON.stringify(json.errors)}`);
      if (i === 0) {
        const page = json.data?.postings;
        console.log(
          `  warm-up: ${(page?.edges ?? page?.nodes ?? []).length} results${page?.totalCount === undefined ? "" : ` of ${page.totalCount}`} for ${Object.keys(OPERATIONS).find((k) => OPERATIONS[k] === op)}`,
        );
      }
    }
  }
  await fetch(`http://127.0.0.1:${CEILING_PORT}/`).then((r) => r.json());

  console.log(
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}; ${connections} connections, ${duration} s per run\n`,
  );
  const figures: Figures[] = [];
  for (const [name, op] of Object.entries(OPERATIONS)) figures.push(await load(name, `http://127.0.0.1:${API_PORT}/graphql`, JSON.stringify(op)));
  const ceilingFigures = await load("ceiling: hand-written SQL via pg, bare node:http (page only)", `http://127.0.0.1:${CEILING_PORT}/`);
  figures.push(ceilingFigures);

  console.log(
    `${"operation".padEnd(86)} ${pad("req/s", 8)} ${pad("p50 ms", 7)} ${pad("p95 ms", 7)} ${pad("p99 ms", 7)} ${pad("errors", 7)} ${pad("of ceiling", 10)}`,
  );
  for (const f of figures) {
    const ratio = f === ceilingFigures ? "" : `${((f.rps / ceilingFigures.rps) * 100).toFixed(0)}%`;
    console.log(
      `${f.name.padEnd(86)} ${pad(f.rps.toFixed(0), 8)} ${pad(f.p50, 7)} ${pad(f.p95, 7)} ${pad(f.p99, 7)} ${pad(f.errors + f.non2xx, 7)} ${pad(ratio, 10)}`,
    );
  }
  console.log("\n(p95 is autocannon's p97.5 where it reports no p95.)");
  const plan = await explain();
  const planFile = fileURLToPath(new URL("./last-plan.txt", import.meta.url));
  await writeFile(planFile, `${plan}\n`);
  console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the main search: ${planFile}`);
} finally {
  api.kill("SIGTERM");
  await ceiling.close();
}
process.exit(0);
