// Compiled reads (src/db/compiled-read.ts) against the resolvers: every document here runs on two
// APIs over the same database, one answering what it can compile with one statement building the
// response's JSON, the other through the resolvers only, and the answers must be the same: the
// same values, keys in the same order, the same errors. Each document also says whether it must be
// compiled (so a rule that silently stops compiling fails) or must step aside (cursors, fields and
// arguments the compiler does not know, postings that are not found).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compiledReadStats } from "../../src/db/compiled-read.js";
import { ADVERT_EMPLOYER_SLUG, ADVERT_REFERENCE } from "../../src/seed/advert.js";
import { seedDatabase } from "../../src/seed/seed.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { employerKey } from "../support/auth.js";
import { createBenefit, createEmployer, createPosting } from "../support/factories.js";

const POSTING_FIELDS = `id __typename reference title summary description descriptionHtml team responsibilities skills contractType
  postedAt closesAt status isOpen otherBenefits createdAt version updatedAt
  requirements { essential desirable }
  salary { min max currency period text annualMin annualMax disclosed }
  hours { type perWeek text }
  workplace { type remoteDaysPerWeekMax officeDaysPerWeekMin officeTimeShareMin policy }
  apply { method email instructions directApply }
  source { name id }
  locations { name addressLine locality region postcode countryCode latitude longitude }
  benefits { __typename detail value unit source benefit { id key name category description } }`;

const EMPLOYER_FIELDS = `id __typename slug name description descriptionHtml industry size brands version createdAt updatedAt openPostingsCount
  headquarters { name postcode latitude longitude countryCode }
  accreditations { scheme level statement awardedOn expiresOn }
  benefits { detail value unit source benefit { key name } }`;

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Whether the compiled path must answer it (true) or step aside (false). */
  compiled: boolean;
  /** Sent with the employer's READ_DRAFTS key. */
  asEmployer?: boolean;
}

describe("compiled reads", () => {
  let compiled: TestApp;
  let resolved: TestApp;
  let ids: { posting: string; draft: string; employer: string; employerSlug: string; merged: string };
  let keyHeaders: Record<string, string>;

  beforeAll(async () => {
    compiled = await createTestApp();
    resolved = await createTestApp({ db: compiled.db, compiledReads: false });
    const prisma = compiled.db.prisma;
    await seedDatabase(prisma, { employers: 12, postings: 120 });
    // Benefits a posting overrides, adds to and inherits from its employer; a draft; odd decimals.
    const [pension, holiday, gym] = [
      await createBenefit(prisma, { key: "test-pension" }),
      await createBenefit(prisma, { key: "test-holiday" }),
      await createBenefit(prisma, { key: "test-gym" }),
    ];
    const employer = await createEmployer(prisma, {
      slug: "merge-co",
      brands: [],
      benefits: {
        create: [
          { benefitId: pension.id, detail: "Employer pension", value: 5.5, unit: "PERCENT", position: 0 },
          { benefitId: holiday.id, detail: null, position: 1 },
        ],
      },
    });
    const merged = await createPosting(prisma, employer.id, {
      benefitIds: [gym.id, pension.id],
      salaryMin: 21999.99,
      salaryMax: 22000.5,
      hoursPerWeek: 37.5,
      officeTimeShareMin: 40.25,
      places: [{ name: "Leeds", latitude: 53.800755, longitude: -1.549077, postcode: "LS1 4DY" }, { name: "York" }],
      closesAt: null,
    });
    const draft = await createPosting(prisma, employer.id, { status: "DRAFT", title: "Draft role" });
    const advert = await prisma.posting.findFirstOrThrow({ where: { reference: ADVERT_REFERENCE } });
    const toId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
    ids = {
      posting: toId("Posting", advert.id),
      draft: toId("Posting", draft.id),
      employer: toId("Employer", advert.employerId),
      employerSlug: ADVERT_EMPLOYER_SLUG,
      merged: toId("Posting", merged.id),
    };
    keyHeaders = (await employerKey(prisma, "merge-co")).headers;
  }, 180_000);
  afterAll(async () => {
    await resolved?.close();
    await compiled?.close();
  });

  const cases = (): Case[] => [
    {
      name: "O1 browse",
      compiled: true,
      query: `{ postings(first: 20, filter: { workplaceTypes: [HYBRID], contractTypes: [PERMANENT] }, orderBy: { field: POSTED_AT, direction: DESC }) {
        totalCount nodes { title reference salary { min max currency period text } employer { name slug } locations { name postcode } benefits { benefit { key name } } } } }`,
    },
    {
      name: "O2 keywords by relevance, with edges and relevance",
      compiled: true,
      query: `{ postings(first: 5, filter: { keywords: "engineer" }, orderBy: { field: RELEVANCE, direction: DESC }) {
        totalCount edges { relevance node { title employer { name } } } pageInfo { hasNextPage hasPreviousPage } } }`,
    },
    {
      name: "O3 the advert's detail",
      compiled: true,
      query: `{ posting(employerSlug: "${ADVERT_EMPLOYER_SLUG}", reference: "${ADVERT_REFERENCE}") {
        title reference postedAt closesAt employer { name slug brands accreditations { scheme level statement awardedOn expiresOn } }
        locations { name postcode region } benefits { benefit { key name } detail } requirements { essential desirable } } }`,
    },
    {
      name: "O4 employers with their postings",
      compiled: true,
      query: `{ employers(first: 20) { nodes { name slug postings(first: 5) { nodes { title closesAt } } } } }`,
    },
    {
      name: "every posting field, by reference",
      compiled: true,
      query: `{ posting(employerSlug: "${ADVERT_EMPLOYER_SLUG}", reference: "${ADVERT_REFERENCE}") { ${POSTING_FIELDS} } }`,
    },
    {
      name: "every posting field, by ID",
      compiled: true,
      query: `query ($id: ID!) { posting(id: $id) { ${POSTING_FIELDS} employer { ${EMPLOYER_FIELDS} } } }`,
      variables: { id: "posting" },
    },
    {
      name: "merged benefits and odd decimals",
      compiled: true,
      query: `query ($id: ID!) { posting(id: $id) { ${POSTING_FIELDS} } }`,
      variables: { id: "merged" },
    },
    { name: "every employer field, by slug", compiled: true, query: `{ employer(slug: "${ADVERT_EMPLOYER_SLUG}") { ${EMPLOYER_FIELDS} } }` },
    { name: "an employer by ID", compiled: true, query: `query ($id: ID!) { employer(id: $id) { id name } }`, variables: { id: "employer" } },
    {
      name: "a page of every field",
      compiled: true,
      query: `{ postings(first: 30, filter: { includeClosed: true }) { totalCount nodes { ${POSTING_FIELDS} employer { ${EMPLOYER_FIELDS} } } } }`,
    },
    {
      name: "aliases, fragments, inline fragments, __typename and merged fields",
      compiled: true,
      query: `query Page($n: Int, $filter: PostingFilter) {
        __typename_free: postings(first: $n, filter: $filter) {
          __typename count: totalCount
          items: nodes { ...Card ... on Node { id } ... on Posting { heading: title salary { text } salary { min } } t2: title }
          pageInfo { __typename more: hasNextPage }
        }
        second: employers(first: 3, orderBy: { field: NAME, direction: DESC }) { edges { __typename node { ...EmployerCard } } totalCount }
      }
      fragment Card on Posting { title employer { ...EmployerCard } closesAt @include(if: true) postedAt @skip(if: true) }
      fragment EmployerCard on Employer { name slug openPostingsCount }`,
      variables: { n: 7, filter: { salary: { min: 30000, currency: "GBP" } } },
    },
    {
      name: "filters from variables: salary, skills, dates, accreditations",
      compiled: true,
      query: `query ($filter: PostingFilter, $order: PostingOrder) { postings(first: 10, filter: $filter, orderBy: $order) { totalCount nodes { title salary { annualMin annualMax } } } }`,
      variables: {
        filter: { salary: { min: 20000 }, postedAfter: "2020-01-01T00:00:00.000Z", hoursTypes: ["FULL_TIME", "PART_TIME"] },
        order: { field: "SALARY", direction: "DESC" },
      },
    },
    {
      name: "an empty page",
      compiled: true,
      query: `{ postings(first: 5, filter: { keywords: "zzzzqqqq" }) { totalCount nodes { title } pageInfo { hasNextPage } } }`,
    },
    { name: "first: 0", compiled: true, query: `{ postings(first: 0) { totalCount nodes { title } pageInfo { hasNextPage } } }` },
    {
      name: "first: 0 for employers and their postings",
      compiled: true,
      query: `{ employers(first: 0) { pageInfo { hasNextPage } nodes { name } } more: employers(first: 1) { nodes { postings(first: 0) { pageInfo { hasNextPage hasPreviousPage } } } } }`,
    },
    {
      name: "employers filtered, with nested pages of several sizes",
      compiled: true,
      query: `{ employers(first: 5, filter: { hasOpenPostings: true }) {
        totalCount pageInfo { hasNextPage hasPreviousPage }
        nodes { name a: postings(first: 1) { totalCount pageInfo { hasNextPage } edges { node { title } } } b: postings { nodes { reference } } c: postings(first: 0) { nodes { id } } } } }`,
    },
    {
      name: "two roots and a nested employer's postings",
      compiled: true,
      query: `{ one: posting(employerSlug: "${ADVERT_EMPLOYER_SLUG}", reference: "${ADVERT_REFERENCE}") { title employer { name postings(first: 2) { nodes { title employer { slug } } } } }
        two: employer(slug: "merge-co") { name benefits { source benefit { key } } } }`,
    },
    {
      name: "a draft for its employer's key",
      compiled: true,
      asEmployer: true,
      query: `query ($id: ID!) { posting(id: $id) { title status isOpen } }`,
      variables: { id: "draft" },
    },
    // Stepping aside: the resolvers answer, with their errors.
    { name: "a draft for anyone else", compiled: false, query: `query ($id: ID!) { posting(id: $id) { title } }`, variables: { id: "draft" } },
    { name: "a posting that does not exist", compiled: false, query: `{ posting(employerSlug: "nobody", reference: "x") { title } }` },
    { name: "a malformed ID", compiled: false, query: `{ posting(id: "not-an-id") { title } }` },
    { name: "cursors", compiled: false, query: `{ postings(first: 2) { edges { cursor node { title } } } }` },
    { name: "pageInfo cursors", compiled: false, query: `{ employers(first: 2) { pageInfo { endCursor } nodes { name } } }` },
    { name: "a page after a cursor", compiled: false, query: `{ postings(first: 2, after: "abc") { nodes { title } } }` },
    { name: "a field it does not know (jsonLd)", compiled: false, query: `{ postings(first: 2) { nodes { title jsonLd } } }` },
    { name: "a URL field", compiled: false, query: `{ employers(first: 2) { nodes { websiteUrl } } }` },
    { name: "facets", compiled: false, query: `{ postings(first: 2) { facets { contractTypes { value count } } } }` },
    { name: "a page size out of range", compiled: false, query: `{ postings(first: 1000) { nodes { title } } }` },
    {
      name: "RELEVANCE without keywords",
      compiled: false,
      query: `{ postings(orderBy: { field: RELEVANCE, direction: DESC }) { nodes { title } } }`,
    },
    {
      name: "a directive reading a variable",
      compiled: false,
      query: `query ($x: Boolean!) { postings(first: 2) { nodes { title @include(if: $x) } } }`,
      variables: { x: true },
    },
    {
      name: "nested postings with a filter",
      compiled: false,
      query: `{ employers(first: 2) { nodes { postings(first: 2, filter: { includeClosed: true }) { nodes { title } } } } }`,
    },
    { name: "a mutation", compiled: false, query: `mutation { deletePosting(id: "x") { __typename } }` },
  ];

  /** Runs a case on both APIs; returns the two responses and whether the compiled API compiled it. */
  async function both(c: Case) {
    const variables =
      c.variables &&
      Object.fromEntries(Object.entries(c.variables).map(([k, v]) => [k, typeof v === "string" && v in ids ? ids[v as keyof typeof ids] : v]));
    // The same request ID both ways: errors carry it.
    const headers = { "x-request-id": "compiled-read-test", ...(c.asEmployer ? keyHeaders : {}) };
    const before = compiledReadStats.compiled;
    const fromCompiled = await compiled.execute(c.query, variables, headers);
    const wasCompiled = compiledReadStats.compiled > before;
    const fromResolvers = await resolved.execute(c.query, variables, headers);
    return { fromCompiled, fromResolvers, wasCompiled };
  }

  it.each(cases().map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const { fromCompiled, fromResolvers, wasCompiled } = await both(c);
    // The same values, the same errors; and, without fragments, keys in the same order. (With
    // fragments graphql-jit, which runs the resolvers, orders keys its own way; compiled answers keep
    // the order of the GraphQL specification's CollectFields, as graphql-js does.)
    expect(fromCompiled).toEqual(fromResolvers);
    if (!c.query.includes("...")) expect(JSON.stringify(fromCompiled)).toBe(JSON.stringify(fromResolvers));
    expect(wasCompiled, c.compiled ? "should be compiled" : "should step aside").toBe(c.compiled);
    if (c.compiled) expect(fromCompiled.errors).toBeUndefined();
  });

  it("answers any selection of posting fields, aliases and nesting the same as the resolvers", async () => {
    const leaves = ["id", "title", "reference", "summary", "contractType", "postedAt", "closesAt", "isOpen", "status", "skills", "__typename"];
    const objects: Record<string, string[]> = {
      salary: ["min", "max", "currency", "period", "text", "annualMin", "disclosed"],
      hours: ["type", "perWeek"],
      workplace: ["type", "officeTimeShareMin"],
      locations: ["name", "postcode", "latitude"],
      employer: ["name", "slug", "size", "openPostingsCount", "brands"],
      benefits: ["source", "detail", "value", "benefit { key }"],
    };
    const field = fc.oneof(
      fc.constantFrom(...leaves),
      fc.tuple(fc.constantFrom(...Object.keys(objects)), fc.integer({ min: 0, max: 63 })).map(([name, mask]) => {
        const chosen = (objects[name] as string[]).filter((_f, i) => mask & (1 << i));
        return `${name} { ${chosen.length ? chosen.join(" ") : "__typename"} }`;
      }),
    );
    const selection = fc.uniqueArray(fc.tuple(field, fc.boolean()), { minLength: 1, maxLength: 8, selector: ([f]) => f.split(" ")[0] });
    await fc.assert(
      fc.asyncProperty(
        selection,
        fc.integer({ min: 0, max: 25 }),
        fc.constantFrom("POSTED_AT", "CLOSES_AT", "SALARY"),
        async (fields, first, order) => {
          const body = fields.map(([f, aliased], i) => (aliased ? `a${i}: ${f}` : f)).join(" ");
          const query = `{ postings(first: ${first}, orderBy: { field: ${order}, direction: ASC }) { totalCount nodes { ${body} } } }`;
          const { fromCompiled, fromResolvers, wasCompiled } = await both({ name: "property", query, compiled: true });
          expect(wasCompiled).toBe(true);
          expect(JSON.stringify(fromCompiled)).toBe(JSON.stringify(fromResolvers));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
