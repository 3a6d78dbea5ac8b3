// The ceiling of `pnpm bench` (read-path.ts): each of its four read operations answered by ONE
// hand-written SQL statement that builds the whole JSON response (json_build_object, json_agg,
// lateral subqueries), run through pg behind a bare node:http server: no GraphQL, no ORM. It runs
// as its own process (so its memory is its own), on DATABASE_URL and PORT, and answers
// POST /<operation> (O1..O4) with `{"data": ...}`, the body the API returns for the same operation.
import { createServer } from "node:http";
import pg from "pg";
import { ADVERT_EMPLOYER_SLUG, ADVERT_REFERENCE } from "../src/seed/advert.js";

/** A timestamptz as the API's DateTime scalar prints it (Date#toISOString). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const OPEN = "p.status = 'PUBLISHED' AND (p.closes_at IS NULL OR p.closes_at > now())";

/** Posting p's offered benefits: its own, then its employer's it does not override, each in position order. */
const benefits = (fields: string) => `coalesce((SELECT json_agg(json_build_object(${fields}) ORDER BY x.own DESC, x.position)
  FROM (SELECT pb.benefit_id, pb.detail, pb.position, true AS own FROM posting_benefits pb WHERE pb.posting_id = p.id
        UNION ALL
        SELECT eb.benefit_id, eb.detail, eb.position, false FROM employer_benefits eb WHERE eb.employer_id = p.employer_id
          AND NOT EXISTS (SELECT 1 FROM posting_benefits pb2 WHERE pb2.posting_id = p.id AND pb2.benefit_id = eb.benefit_id)) x
  JOIN benefits b ON b.id = x.benefit_id), '[]'::json)`;

const locations = (fields: string) => `coalesce((SELECT json_agg(json_build_object(${fields}) ORDER BY pl.position)
  FROM posting_locations pl JOIN locations l ON l.id = pl.location_id WHERE pl.posting_id = p.id), '[]'::json)`;

const CEILING_SQL: Record<string, { text: string; values: unknown[] }> = {
  // Browse: newest open hybrid permanent postings, with the total.
  O1: {
    text: `WITH page AS (
      SELECT p.* FROM postings p WHERE ${OPEN} AND p.workplace_type = 'HYBRID' AND p.contract_type = 'PERMANENT'
      ORDER BY p.posted_at DESC, p.id DESC LIMIT 20)
    SELECT json_build_object('postings', json_build_object(
      'totalCount', (SELECT count(*)::int FROM postings p WHERE ${OPEN} AND p.workplace_type = 'HYBRID' AND p.contract_type = 'PERMANENT'),
      'nodes', coalesce((SELECT json_agg(json_build_object(
          'title', p.title, 'reference', p.reference,
          'salary', json_build_object('min', p.salary_min, 'max', p.salary_max, 'currency', p.salary_currency, 'period', p.salary_period, 'text', p.salary_text),
          'employer', (SELECT json_build_object('name', e.name, 'slug', e.slug) FROM employers e WHERE e.id = p.employer_id),
          'locations', ${locations("'name', l.name, 'postcode', l.postcode")},
          'benefits', ${benefits("'benefit', json_build_object('key', b.key, 'name', b.name)")}
        ) ORDER BY p.posted_at DESC, p.id DESC) FROM page p), '[]'::json))) AS data`,
    values: [],
  },
  // Keyword search by relevance, with the total.
  O2: {
    text: `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
    page AS (
      SELECT p.id, p.title, p.employer_id, ts_rank(p.search_vector, q.q)::float8 AS rank FROM postings p, q
      WHERE ${OPEN} AND p.search_vector @@ q.q ORDER BY rank DESC, p.id DESC LIMIT 20)
    SELECT json_build_object('postings', json_build_object(
      'totalCount', (SELECT count(*)::int FROM postings p, q WHERE ${OPEN} AND p.search_vector @@ q.q),
      'nodes', coalesce((SELECT json_agg(json_build_object(
          'title', p.title, 'employer', (SELECT json_build_object('name', e.name) FROM employers e WHERE e.id = p.employer_id)
        ) ORDER BY p.rank DESC, p.id DESC) FROM page p), '[]'::json))) AS data`,
    values: ["engineer"],
  },
  // One advert's detail page, by employer slug and reference.
  O3: {
    text: `SELECT json_build_object('posting', (SELECT json_build_object(
        'title', p.title, 'reference', p.reference, 'postedAt', ${iso("p.posted_at")}, 'closesAt', ${iso("p.closes_at")},
        'employer', json_build_object('name', e.name, 'slug', e.slug, 'brands', to_json(e.brands),
          'accreditations', coalesce((SELECT json_agg(json_build_object('scheme', a.scheme, 'level', a.level, 'statement', a.statement,
              'awardedOn', a.awarded_at, 'expiresOn', a.expires_at) ORDER BY a.scheme)
            FROM employer_accreditations a WHERE a.employer_id = e.id), '[]'::json)),
        'locations', ${locations("'name', l.name, 'postcode', l.postcode, 'region', l.region")},
        'benefits', ${benefits("'benefit', json_build_object('key', b.key, 'name', b.name), 'detail', x.detail")},
        'requirements', json_build_object('essential', to_json(p.requirements_essential), 'desirable', to_json(p.requirements_desirable)))
      FROM postings p JOIN employers e ON e.id = p.employer_id
      WHERE e.slug = $1 AND p.reference = $2 AND p.status IN ('PUBLISHED', 'CLOSED'))) AS data`,
    values: [ADVERT_EMPLOYER_SLUG, ADVERT_REFERENCE],
  },
  // Employers by name, each with its five newest open postings.
  O4: {
    text: `SELECT json_build_object('employers', json_build_object('nodes', coalesce(json_agg(json_build_object(
        'name', e.name, 'slug', e.slug,
        'postings', json_build_object('nodes', coalesce((SELECT json_agg(json_build_object('title', x.title, 'closesAt', ${iso("x.closes_at")}) ORDER BY x.posted_at DESC, x.id DESC)
          FROM (SELECT p.id, p.title, p.closes_at, p.posted_at FROM postings p WHERE p.employer_id = e.id AND ${OPEN}
                ORDER BY p.posted_at DESC, p.id DESC LIMIT 5) x), '[]'::json))
      ) ORDER BY e.name, e.id), '[]'::json))) AS data
    FROM (SELECT * FROM employers ORDER BY name, id LIMIT 20) e`,
    values: [],
  },
};

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const server = createServer((req, res) => {
  if (req.url === "/health") return void res.writeHead(200).end("ok");
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", async () => {
    try {
      // Parsed as the API parses it, though each path answers one fixed operation.
      if (chunks.length) JSON.parse(Buffer.concat(chunks).toString());
      const statement = CEILING_SQL[(req.url ?? "").slice(1)];
      if (!statement) return void res.writeHead(404).end();
      const { rows } = await pool.query(statement.text, statement.values);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data: rows[0].data }));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
