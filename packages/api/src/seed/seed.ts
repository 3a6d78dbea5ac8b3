// Fills a database with sample data: the benefit catalogue, the real Lloyds Banking Group advert
// and generated employers and postings.
//
// Speed: generated rows are inserted in batches, one SQL statement per batch whose data-modifying
// CTEs insert every table of the batch from JSON parameters (json_populate_recordset), so a batch
// of a thousand postings with their locations and benefits is one round trip, atomic on its own.
// A few batches are in flight while the next one is generated. 100,000 postings across 5,000
// employers (about 310,000 rows) take about 21 seconds on a 2-CPU machine with a local PostgreSQL.
//
// Preconditions: the schema is migrated. The catalogue is upserted by key, so it may exist
// already; the advert's employer and the generated employers must not: seeding a database that
// has been seeded already fails with SeedConflictError (reset it with `pnpm db:reset`).

import { insertTables } from "../db/insert-tables.js";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { pointsCells } from "../location/cells.js";
import { ADVERT, ADVERT_EMPLOYER_SLUG } from "./advert.js";
import { BENEFIT_CATALOGUE } from "./catalogue.js";
import { DEFAULT_EMPLOYERS, DEFAULT_POSTINGS, DEFAULT_SEED, SeedGenerator } from "./generate.js";
import type { BenefitSeed, EmployerSeed, GeneratedEmployer, GeneratedPosting, LocationSeed, PostingSeed } from "./types.js";

export interface SeedOptions {
  /** Generated employers, on top of the advert's (default 200). */
  employers?: number;
  /** Generated postings, on top of the advert's (default 3000). */
  postings?: number;
  /** The data's "today" (default: today at 00:00 UTC). */
  refDate?: Date;
  /** Same seed and refDate, same data (ids included). */
  seed?: number;
  log?: (msg: string) => void;
  /** Called as batches complete: `done` of `total` generated employers plus postings. */
  onProgress?: (done: number, total: number) => void;
  /** Postings per INSERT statement (default 1000). */
  batchSize?: number;
  /** Batches in flight at once (default 3). */
  concurrency?: number;
}

export interface SeedResult {
  /** Employers inserted: the generated ones plus the advert's. */
  employers: number;
  /** Postings inserted: the generated ones plus the advert. */
  postings: number;
  /** Every row inserted, in every table (catalogue upserts included). */
  rows: number;
}

/** Thrown when the database already holds seed data. */
export class SeedConflictError extends Error {
  override name = "SeedConflictError";
}

/** Seeds `prisma`'s database; see the module comment. */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const gen = new SeedGenerator({
    employers: options.employers ?? DEFAULT_EMPLOYERS,
    postings: options.postings ?? DEFAULT_POSTINGS,
    seed: options.seed ?? DEFAULT_SEED,
    ...(options.refDate ? { refDate: options.refDate } : {}),
  });
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const concurrency = Math.max(1, options.concurrency ?? 3);
  const total = gen.employerCount + gen.postingCount;
  const started = performance.now();
  let rows = 0;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };

  log(
    `Seeding ${gen.employerCount} employers and ${gen.postingCount} postings (seed ${gen.seed}, reference date ${gen.refDate.toISOString().slice(0, 10)})`,
  );
  const benefitIds = await upsertBenefitCatalogue(prisma);
  rows += benefitIds.size;
  rows += await insertAdvert(prisma, benefitIds);
  options.onProgress?.(0, total);

  const employerBatches = runBatches(gen.employers(), Math.max(1, Math.floor(batchSize / 4)), concurrency, async (batch) => {
    const inserted = await insertEmployers(prisma, batch, benefitIds);
    rows += inserted;
    progress(batch.length);
  });
  await employerBatches;
  await withGinIndexesDeferred(prisma, gen.postingCount, log, async () => {
    await runBatches(gen.postings(), batchSize, concurrency, async (batch) => {
      const inserted = await insertPostings(prisma, batch, benefitIds);
      rows += inserted;
      progress(batch.length);
    });
  });

  await prisma.$executeRawUnsafe(
    'ANALYZE "employers", "employer_accreditations", "employer_benefits", "locations", "postings", "posting_locations", "posting_benefits", "benefits"',
  );
  const seconds = (performance.now() - started) / 1000;
  log(`Seeded ${gen.employerCount + 1} employers, ${gen.postingCount + 1} postings (${rows} rows) in ${seconds.toFixed(1)} s`);
  return { employers: gen.employerCount + 1, postings: gen.postingCount + 1, rows };
}

/** From this many postings into an empty table, the GIN indexes are built after the load. */
const DEFER_GIN_FROM = 20_000;

/**
 * A bulk load into an (almost) empty postings table runs without its GIN indexes (full text, grid
 * cells, skills), which are then built once from their definitions in the database, and without the
 * geo-cells trigger on posting_locations. Both are restored even when the load fails.
 */
async function withGinIndexesDeferred(prisma: PrismaClient, postings: number, log: (message: string) => void, load: () => Promise<void>) {
  // "Empty": at most the hand-typed advert, inserted just before.
  const empty = postings >= DEFER_GIN_FROM && (await prisma.$queryRawUnsafe<unknown[]>("SELECT 1 FROM postings LIMIT 2")).length < 2;
  if (!empty) return load();
  const indexes = await prisma.$queryRawUnsafe<Array<{ name: string; definition: string }>>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = 'postings' AND indexdef ILIKE '% USING gin %'`,
  );
  for (const index of indexes) await prisma.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
  // The seed writes each posting's geo_cells and location copies itself (location/cells.ts and
  // locationCopies, tested equal to what the SQL computes), so the trigger that recomputes them
  // would find nothing to change; with the table's statistics still saying "empty" mid-load, its
  // lookup scans the whole table once per batch.
  await prisma.$executeRawUnsafe("ALTER TABLE posting_locations DISABLE TRIGGER posting_locations_geo_cells_insert");
  try {
    await load();
  } finally {
    await prisma.$executeRawUnsafe("ALTER TABLE posting_locations ENABLE TRIGGER posting_locations_geo_cells_insert");
    const started = performance.now();
    for (const index of indexes) await prisma.$executeRawUnsafe(index.definition);
    log(`Built ${indexes.map((index) => index.name).join(", ")} after the load in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/** Upserts the benefit catalogue by key; returns the id of every key. */
export async function upsertBenefitCatalogue(prisma: PrismaClient): Promise<Map<string, string>> {
  const saved = await prisma.$transaction(
    BENEFIT_CATALOGUE.map(({ key, name, category, description }) =>
      prisma.benefit.upsert({
        where: { key },
        create: { key, name, category, description },
        update: { name, category, description },
        select: { id: true, key: true },
      }),
    ),
  );
  return new Map(saved.map((b) => [b.key, b.id]));
}

/**
 * Inserts the advert (its employer, headquarters, accreditation, benefits and the posting with
 * its locations) through Prisma. The posting's first location is the headquarters row itself,
 * since the advert gives the same place. Returns the number of rows inserted.
 */
export async function insertAdvert(prisma: PrismaClient, benefitIds?: Map<string, string>): Promise<number> {
  const ids = benefitIds ?? (await upsertBenefitCatalogue(prisma));
  const existing = await prisma.employer.findUnique({ where: { slug: ADVERT_EMPLOYER_SLUG }, select: { id: true } });
  if (existing) {
    throw new SeedConflictError(
      `The database has seed data already (employer "${ADVERT_EMPLOYER_SLUG}" exists). Seed an empty database, e.g. after \`pnpm db:reset --no-seed\`.`,
    );
  }
  return prisma.$transaction(async (tx) => {
    const { employer, posting } = ADVERT;
    const { id: employerId, headquartersId, rows } = await createEmployer(tx, employer, ids);
    const hq = employer.headquarters;
    await tx.posting.create({
      data: {
        ...postingScalars(posting),
        employer: { connect: { id: employerId } },
        locations: {
          create: posting.locations.map((location, position) =>
            headquartersId && hq && sameLocation(location, hq)
              ? { position, location: { connect: { id: headquartersId } } }
              : { position, location: { create: location } },
          ),
        },
        benefits: { create: benefitCreates(posting.benefits, ids) },
      },
    });
    const newLocations = posting.locations.filter((l) => !(headquartersId && hq && sameLocation(l, hq))).length;
    return rows + 1 + posting.locations.length + newLocations + posting.benefits.length;
  });
}

async function createEmployer(tx: Prisma.TransactionClient, employer: EmployerSeed, benefitIds: Map<string, string>) {
  const { headquarters, accreditations, benefits, ...scalars } = employer;
  const created = await tx.employer.create({
    data: {
      ...scalars,
      ...(headquarters ? { headquarters: { create: headquarters } } : {}),
      accreditations: { create: accreditations },
      benefits: { create: benefitCreates(benefits, benefitIds) },
    },
    select: { id: true, headquartersId: true },
  });
  return { ...created, rows: 1 + (headquarters ? 1 : 0) + accreditations.length + benefits.length };
}

function postingScalars(posting: PostingSeed) {
  const { locations: _locations, benefits: _benefits, ...scalars } = posting;
  return scalars;
}

function benefitCreates(benefits: readonly BenefitSeed[], benefitIds: Map<string, string>) {
  return benefits.map(({ key, detail, value, unit }, position) => ({ benefitId: benefitId(benefitIds, key), detail, value, unit, position }));
}

function benefitId(benefitIds: Map<string, string>, key: string): string {
  const id = benefitIds.get(key);
  if (!id) throw new Error(`Benefit "${key}" is not in the catalogue`);
  return id;
}

function sameLocation(a: LocationSeed, b: LocationSeed): boolean {
  return (
    a.name === b.name &&
    a.addressLine === b.addressLine &&
    a.locality === b.locality &&
    a.region === b.region &&
    a.postcode === b.postcode &&
    a.countryCode === b.countryCode &&
    a.latitude === b.latitude &&
    a.longitude === b.longitude
  );
}

// ---------------------------------------------------------------------------------------------
// Bulk inserts of generated rows

/** "salaryAnnualMin" -> "salary_annual_min", at the type level, matching the schema's @map names. */
type SnakeCase<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${SnakeCase<T>}` : S;
type Json = string | number | boolean | null | readonly string[] | readonly number[];
/** A row as json_populate_recordset reads it: every column of the model, by column name. */
type Row<T> = { [K in keyof T as K extends string ? SnakeCase<K> : never]-?: Json };

type LocationRow = Row<Prisma.LocationCreateManyInput>;
// description_html is left to insertTables, which renders every description it inserts.
type EmployerRow = Row<Omit<Prisma.EmployerCreateManyInput, "descriptionHtml">>;
type AccreditationRow = Row<Prisma.EmployerAccreditationCreateManyInput>;
type EmployerBenefitRow = Row<Prisma.EmployerBenefitCreateManyInput>;
type PostingRow = Row<Omit<Prisma.PostingCreateManyInput, "descriptionHtml">>;
type PostingLocationRow = Row<Prisma.PostingLocationCreateManyInput>;
type PostingBenefitRow = Row<Prisma.PostingBenefitCreateManyInput>;

/**
 * What the posting_locations trigger would copy onto a posting (search_locations migration): the
 * distinct names, and the coordinates of the located ones in position order.
 */
function locationCopies(locations: readonly LocationSeed[]) {
  const located = locations.filter((l) => l.latitude != null && l.longitude != null);
  return {
    location_names: [...new Set(locations.map((l) => l.name))].sort(),
    location_latitudes: located.map((l) => l.latitude as number),
    location_longitudes: located.map((l) => l.longitude as number),
  };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);
const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function locationRow(l: LocationSeed & { id: string }, at: Date): LocationRow {
  return {
    id: l.id,
    name: l.name,
    address_line: l.addressLine,
    locality: l.locality,
    region: l.region,
    postcode: l.postcode,
    country_code: l.countryCode,
    latitude: l.latitude,
    longitude: l.longitude,
    created_at: iso(at),
    updated_at: iso(at),
  };
}

async function insertEmployers(prisma: PrismaClient, batch: readonly GeneratedEmployer[], benefitIds: Map<string, string>): Promise<number> {
  const locations: LocationRow[] = [];
  const employers: EmployerRow[] = [];
  const accreditations: AccreditationRow[] = [];
  const benefits: EmployerBenefitRow[] = [];
  for (const e of batch) {
    for (const site of e.sites) locations.push(locationRow(site, e.createdAt));
    employers.push({
      id: e.id,
      slug: e.slug,
      name: e.name,
      description: e.description,
      website_url: e.websiteUrl,
      logo_url: e.logoUrl,
      industry: e.industry,
      size: e.size,
      brands: e.brands,
      headquarters_id: e.headquarters.id,
      version: 1,
      created_at: iso(e.createdAt),
      updated_at: iso(e.updatedAt),
    });
    for (const a of e.accreditations) {
      accreditations.push({
        id: a.id,
        employer_id: e.id,
        scheme: a.scheme,
        level: a.level,
        statement: a.statement,
        awarded_at: isoDate(a.awardedAt),
        expires_at: isoDate(a.expiresAt),
        created_at: iso(e.createdAt),
        updated_at: iso(e.updatedAt),
      });
    }
    e.benefits.forEach((b, position) => {
      benefits.push({
        employer_id: e.id,
        benefit_id: benefitId(benefitIds, b.key),
        detail: b.detail,
        value: b.value,
        unit: b.unit,
        position,
        created_at: iso(e.createdAt),
        updated_at: iso(e.updatedAt),
      });
    });
  }
  return insertTables(prisma, [
    ["locations", locations],
    ["employers", employers],
    ["employer_accreditations", accreditations],
    ["employer_benefits", benefits],
  ]);
}

async function insertPostings(prisma: PrismaClient, batch: readonly GeneratedPosting[], benefitIds: Map<string, string>): Promise<number> {
  const postings: PostingRow[] = [];
  const postingLocations: PostingLocationRow[] = [];
  const postingBenefits: PostingBenefitRow[] = [];
  for (const p of batch) {
    postings.push({
      id: p.id,
      employer_id: p.employerId,
      employer_name: "", // set from the employer by the postings_employer_name trigger
      other_benefits: [],
      reference: p.reference,
      title: p.title,
      summary: p.summary,
      description: p.description,
      team: p.team,
      responsibilities: p.responsibilities,
      requirements_essential: p.requirementsEssential,
      requirements_desirable: p.requirementsDesirable,
      skills: p.skills,
      salary_min: p.salaryMin,
      salary_max: p.salaryMax,
      salary_currency: p.salaryCurrency,
      salary_period: p.salaryPeriod,
      salary_text: p.salaryText,
      salary_annual_min: p.salaryAnnualMin,
      salary_annual_max: p.salaryAnnualMax,
      hours_type: p.hoursType,
      hours_per_week: p.hoursPerWeek,
      hours_text: p.hoursText,
      contract_type: p.contractType,
      workplace_type: p.workplaceType,
      remote_days_per_week_max: p.remoteDaysPerWeekMax,
      office_days_per_week_min: p.officeDaysPerWeekMin,
      office_time_share_min: p.officeTimeShareMin,
      workplace_policy: p.workplacePolicy,
      posted_at: iso(p.postedAt),
      closes_at: iso(p.closesAt),
      status: p.status,
      apply_url: p.applyUrl,
      apply_email: p.applyEmail,
      apply_method: p.applyMethod,
      apply_instructions: p.applyInstructions,
      direct_apply: p.directApply,
      source_name: p.sourceName,
      source_url: p.sourceUrl,
      source_id: p.sourceId,
      // What the posting_locations trigger would compute, so that it finds nothing to change.
      geo_cells: pointsCells(p.locations),
      ...locationCopies(p.locations),
      // Its own benefits: the postings_benefit_ids trigger adds the employer's in the same write,
      // so the posting_benefits trigger then finds nothing to change.
      benefit_ids: [...new Set(p.benefits.map((b) => benefitId(benefitIds, b.key)))].sort(),
      version: 1,
      created_at: iso(p.createdAt),
      updated_at: iso(p.updatedAt),
    });
    p.locations.forEach((l, position) => {
      postingLocations.push({ posting_id: p.id, location_id: l.id, position, created_at: iso(p.createdAt), updated_at: iso(p.createdAt) });
    });
    p.benefits.forEach((b, position) => {
      postingBenefits.push({
        posting_id: p.id,
        benefit_id: benefitId(benefitIds, b.key),
        detail: b.detail,
        value: b.value,
        unit: b.unit,
        position,
        created_at: iso(p.createdAt),
        updated_at: iso(p.createdAt),
      });
    });
  }
  return insertTables(prisma, [
    ["postings", postings],
    ["posting_locations", postingLocations],
    ["posting_benefits", postingBenefits],
  ]);
}

/**
 * Feeds `source` to `insert` in batches, with up to `concurrency` batches in flight; the next
 * batch is generated while earlier ones are being written. Fails with the first error.
 */
async function runBatches<T>(source: Iterable<T>, size: number, concurrency: number, insert: (batch: T[]) => Promise<void>): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const launch = async (batch: T[]) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) throw failure.error;
    const task: Promise<void> = insert(batch).then(
      () => {
        inFlight.delete(task);
      },
      (error: unknown) => {
        inFlight.delete(task);
        failure ??= { error };
      },
    );
    inFlight.add(task);
  };
  let batch: T[] = [];
  for (const item of source) {
    batch.push(item);
    if (batch.length >= size) {
      await launch(batch);
      batch = [];
    }
  }
  if (batch.length) await launch(batch);
  await Promise.all(inFlight);
  if (failure) throw failure.error;
}
