// Descriptions are rendered once, when written, and stored (db/description-html.ts): every write
// path stores the HTML, every read serves it (GraphQL, the planned SQL reads, JSON-LD, the feed),
// hostile Markdown renders in bounded time, and the migrate command's backfill renders old rows.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillDescriptionHtml } from "../../src/db/description-html.js";
import { FEED_PATH } from "../../src/interchange/feed.js";
import { seedDatabase, upsertBenefitCatalogue } from "../../src/seed/seed.js";
import { markdownToSafeHtml } from "../../src/text/markdown.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey, employerKey } from "../support/auth.js";
import { createEmployer, createPosting } from "../support/factories.js";
import { M, postingInput, rawId, succeeded } from "../support/writes.js";

/** The two descriptions: nesting that overflowed the stack, emphasis that ran ~35 s. */
const HOSTILE = {
  nesting: "> - ".repeat(12_500),
  emphasis: "*a_".repeat(16_666),
};

const READ = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) { ... on Posting { descriptionHtml jsonLd employer { descriptionHtml } } }
    postings(first: 50) { edges { node { id descriptionHtml employer { descriptionHtml } } } }
  }
`;

describe("stored description HTML", () => {
  let app: TestApp;
  let admin: Record<string, string>;

  beforeAll(async () => {
    app = await createTestApp();
    await upsertBenefitCatalogue(app.db.prisma);
    admin = (await adminKey(app.db.prisma)).headers;
  }, 120_000);
  afterAll(() => app?.close());

  const sql = <T = Record<string, unknown>>(text: string, ...values: unknown[]) => app.db.prisma.$queryRawUnsafe<T[]>(text, ...values);

  /** Rows whose stored HTML is missing or is not their description rendered now. */
  async function staleRows(): Promise<string[]> {
    const rows = [
      ...(await sql<{ id: string; description: string | null; html: string | null }>(
        "SELECT 'posting ' || id AS id, description, description_html AS html FROM postings",
      )),
      ...(await sql<{ id: string; description: string | null; html: string | null }>(
        "SELECT 'employer ' || id AS id, description, description_html AS html FROM employers",
      )),
    ];
    return rows.filter((r) => (r.description === null ? r.html !== null : r.html !== markdownToSafeHtml(r.description))).map((r) => r.id);
  }

  it("hostile Markdown is written in bounded time and every read serves it without rendering", async () => {
    const { key: _key, headers } = await employerKey(app.db.prisma, (await createEmployer(app.db.prisma, { slug: "hostile" })).slug);
    const created = succeeded(
      await app.execute(M.createPosting, { input: postingInput({ description: HOSTILE.nesting }) }, headers),
      "createPosting",
    ) as { posting: { id: string } };
    const id = created.posting.id;
    succeeded(await app.execute(M.publishPosting, { id }, headers), "publishPosting");
    succeeded(await app.execute(M.updatePosting, { id, input: { description: HOSTILE.emphasis } }, headers), "updatePosting");
    const employerId = (await sql<{ id: string }>("SELECT employer_id::text AS id FROM postings WHERE id = $1::uuid", rawId(id)))[0]?.id;
    const employerGlobal = Buffer.from(`Employer:${employerId}`).toString("base64");
    succeeded(
      await app.execute(M.updateEmployer, { id: employerGlobal, input: { description: HOSTILE.nesting.slice(0, 20_000) } }, headers),
      "updateEmployer",
    );
    expect(await staleRows()).toEqual([]);

    // What a read returns is the stored HTML, not a rendering: change it behind the API's back.
    await sql("UPDATE postings SET description_html = '<p>stored posting</p>' WHERE id = $1::uuid", rawId(id));
    await sql("UPDATE employers SET description_html = '<p>stored employer</p>' WHERE id = $1::uuid", employerId);
    const data = await app.query<any>(READ, { id });
    expect(data.node.descriptionHtml).toBe("<p>stored posting</p>");
    expect(data.node.employer.descriptionHtml).toBe("<p>stored employer</p>");
    expect(data.node.jsonLd.description).toBe("<p>stored posting</p>");
    const listed = data.postings.edges.find((e: any) => e.node.id === id)?.node;
    expect(listed).toEqual({ id, descriptionHtml: "<p>stored posting</p>", employer: { descriptionHtml: "<p>stored employer</p>" } });

    const feed = await (await app.fetch(FEED_PATH)).text();
    const line = feed
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .find((ld) => ld.title === "Senior Data Engineer");
    expect(line?.description).toBe("<p>stored posting</p>");
    // Back to the truth (a write renders again), for the tests after this one.
    await app.db.prisma.posting.update({ where: { id: rawId(id) }, data: { description: HOSTILE.emphasis } });
    await app.db.prisma.employer.update({ where: { id: employerId as string }, data: { description: HOSTILE.nesting.slice(0, 20_000) } });
    expect(await staleRows()).toEqual([]);
  }, 60_000);

  it("every write path stores the HTML: mutations, both import formats, the seed and direct Prisma writes", async () => {
    await seedDatabase(app.db.prisma, { employers: 3, postings: 10 });
    const advert = await readFile(new URL("../interchange/fixtures/adverts/care-assistant-part-time-hourly.txt", import.meta.url), "utf8");
    const documents = [
      {
        format: "JSON_LD",
        name: "feed.json",
        content: JSON.stringify({
          "@context": "https://schema.org",
          "@type": "JobPosting",
          title: "Imported",
          description: "<p>Lead **a team**.</p>",
          datePosted: new Date().toISOString(),
          validThrough: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          hiringOrganization: { "@type": "Organization", name: "Imported Employer", description: "We *make* things." },
          jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Leeds", addressCountry: "GB" } },
          identifier: { "@type": "PropertyValue", name: "Imported Employer", value: "IMP-1" },
        }),
      },
      { format: "FIND_A_JOB", name: "advert.txt", content: advert },
    ];
    const imported = await app.execute(
      "mutation ($input: ImportPostingsInput!) { importPostings(input: $input) { created failed results { errors { code message } } } }",
      { input: { documents, createEmployers: true } },
      admin,
    );
    expect(imported.errors).toBeUndefined();
    expect((imported.data as any).importPostings.created).toBe(documents.length);
    const created = succeeded(
      await app.execute(M.createEmployer, { input: { slug: "described", name: "Described", description: "About **us**." } }, admin),
      "createEmployer",
    );
    expect(created).toBeTruthy();
    const employer = await createEmployer(app.db.prisma, { description: "Direct *write*." });
    const posting = await createPosting(app.db.prisma, employer.id, { description: "Direct **posting**." });
    await app.db.prisma.posting.update({ where: { id: posting.id }, data: { description: { set: "Changed _directly_." } } });
    await app.db.prisma.employer.update({ where: { id: employer.id }, data: { description: null } });
    expect(await staleRows()).toEqual([]);
  }, 120_000);

  it("the database refuses a description stored without its HTML", async () => {
    const employer = await createEmployer(app.db.prisma);
    await expect(
      sql(
        "INSERT INTO postings (id, employer_id, reference, title, description, posted_at, updated_at) VALUES (gen_random_uuid(), $1::uuid, 'RAW', 'Raw', 'no html', now(), now())",
        employer.id,
      ),
    ).rejects.toThrow(/postings_description_html_written/);
    await expect(sql("UPDATE employers SET description = 'no html' WHERE id = $1::uuid", employer.id)).rejects.toThrow(
      /employers_description_html_written/,
    );
  });

  it("the migrate command's backfill renders rows stored before the column existed, then validates the checks", async () => {
    const employer = await createEmployer(app.db.prisma, { description: "Old **employer**." });
    const posting = await createPosting(app.db.prisma, employer.id, { description: HOSTILE.emphasis });
    // As a database migrated from before: the column empty, the checks not yet validated.
    await app.db.exec(`
      ALTER TABLE postings DROP CONSTRAINT postings_description_html_written;
      ALTER TABLE employers DROP CONSTRAINT employers_description_html_written;
      UPDATE postings SET description_html = NULL;
      UPDATE employers SET description_html = NULL;
      ALTER TABLE postings ADD CONSTRAINT postings_description_html_written CHECK (description_html IS NOT NULL) NOT VALID;
      ALTER TABLE employers ADD CONSTRAINT employers_description_html_written CHECK ((description IS NULL) = (description_html IS NULL)) NOT VALID;
    `);
    expect(await backfillDescriptionHtml(app.db.prisma)).toBeGreaterThan(1);
    expect(await staleRows()).toEqual([]);
    const checks = await sql<{ conname: string; convalidated: boolean }>(
      "SELECT conname, convalidated FROM pg_constraint WHERE conname LIKE '%description_html_written' ORDER BY conname",
    );
    expect(checks).toEqual([
      { conname: "employers_description_html_written", convalidated: true },
      { conname: "postings_description_html_written", convalidated: true },
    ]);
    expect(await backfillDescriptionHtml(app.db.prisma)).toBe(0);
    const stored = await sql<{ html: string }>("SELECT description_html AS html FROM postings WHERE id = $1::uuid", posting.id);
    expect(stored[0]?.html).toBe(markdownToSafeHtml(HOSTILE.emphasis));
  }, 60_000);
});
