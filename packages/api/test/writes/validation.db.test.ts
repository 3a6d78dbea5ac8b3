// Input validation through the mutations: each rule becomes a user error naming its field, all
// problems come back at once, and nothing is written when there is any.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { adminKey, employerKey } from "../support/auth.js";
import { createBenefit, createEmployer } from "../support/factories.js";
import { globalId, M, postingInput, succeeded, type UserErrorShape, userErrors } from "../support/writes.js";

let app: TestApp;
let acme: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  app = await createTestApp();
  await createBenefit(app.db.prisma, { key: "pension", name: "Pension" });
  await createEmployer(app.db.prisma, { slug: "acme", name: "Acme" });
  acme = (await employerKey(app.db.prisma, "acme")).headers;
  admin = (await adminKey(app.db.prisma)).headers;
});
afterAll(() => app?.close());

const createErrors = async (overrides: Record<string, unknown>) =>
  userErrors(await app.execute(M.createPosting, { input: postingInput(overrides) }, acme), "createPosting");
const summary = (errors: UserErrorShape[]) => errors.map((e) => `${e.field?.join(".")}:${e.code}`);
const past = new Date(Date.now() - 86_400_000).toISOString();

describe("createPosting validates every field", () => {
  it.each([
    ["a blank title", { title: "   " }, ["input.title:REQUIRED"]],
    ["a blank description", { description: "" }, ["input.description:REQUIRED"]],
    ["a blank responsibility", { responsibilities: ["Lead the team", " "] }, ["input.responsibilities.1:REQUIRED"]],
    ["a negative salary", { salary: { min: -1, max: 10, currency: "GBP", period: "YEAR" } }, ["input.salary.min:OUT_OF_RANGE"]],
    ["a zero salary", { salary: { min: 0, currency: "GBP", period: "YEAR" } }, ["input.salary.min:OUT_OF_RANGE"]],
    ["salary min above max", { salary: { min: 70000, max: 60000, currency: "GBP", period: "YEAR" } }, ["input.salary.max:INVALID"]],
    ["an unknown currency", { salary: { min: 1, max: 2, currency: "ABC", period: "YEAR" } }, ["input.salary.currency:INVALID"]],
    ["a lower-case currency", { salary: { min: 1, max: 2, currency: "gbp", period: "YEAR" } }, ["input.salary.currency:INVALID"]],
    ["an amount without currency and period", { salary: { min: 30000 } }, ["input.salary.currency:REQUIRED", "input.salary.period:REQUIRED"]],
    ["hours per week of 0", { hours: { type: "PART_TIME", perWeek: 0 } }, ["input.hours.perWeek:OUT_OF_RANGE"]],
    ["hours per week of 81", { hours: { type: "FULL_TIME", perWeek: 81 } }, ["input.hours.perWeek:OUT_OF_RANGE"]],
    ["8 remote days", { workplace: { type: "HYBRID", remoteDaysPerWeekMax: 8 } }, ["input.workplace.remoteDaysPerWeekMax:OUT_OF_RANGE"]],
    ["-1 office days", { workplace: { type: "HYBRID", officeDaysPerWeekMin: -1 } }, ["input.workplace.officeDaysPerWeekMin:OUT_OF_RANGE"]],
    ["an office share of 101%", { workplace: { type: "HYBRID", officeTimeShareMin: 101 } }, ["input.workplace.officeTimeShareMin:OUT_OF_RANGE"]],
    [
      "5 remote and 4 office days",
      { workplace: { type: "HYBRID", remoteDaysPerWeekMax: 5, officeDaysPerWeekMin: 4 } },
      ["input.workplace.officeDaysPerWeekMin:INVALID"],
    ],
    ["remote days on an ON_SITE job", { workplace: { type: "ON_SITE", remoteDaysPerWeekMax: 1 } }, ["input.workplace.remoteDaysPerWeekMax:INVALID"]],
    ["office days on a REMOTE job", { workplace: { type: "REMOTE", officeDaysPerWeekMin: 1 } }, ["input.workplace.officeDaysPerWeekMin:INVALID"]],
    ["workplace fields without a type", { workplace: { remoteDaysPerWeekMax: 2 } }, ["input.workplace.type:REQUIRED"]],
    ["an invalid UK postcode", { locations: [{ name: "Bristol", postcode: "BS99 XYZ1" }] }, ["input.locations.0.postcode:INVALID"]],
    ["an unknown country", { locations: [{ name: "Atlantis", countryCode: "XX" }] }, ["input.locations.0.countryCode:INVALID"]],
    ["a latitude without longitude", { locations: [{ name: "Leeds", latitude: 53.8 }] }, ["input.locations.0.longitude:REQUIRED"]],
    ["a latitude of 91", { locations: [{ name: "Leeds", latitude: 91, longitude: 0 }] }, ["input.locations.0.latitude:OUT_OF_RANGE"]],
    ["a javascript: apply URL", { apply: { method: "WEBSITE", url: "javascript:alert(1)" } }, ["input.apply.url:INVALID"]],
    ["an ftp: apply URL", { apply: { url: "ftp://example.com/form" } }, ["input.apply.url:INVALID"]],
    ["a relative apply URL", { apply: { url: "/apply" } }, ["input.apply.url:INVALID"]],
    ["a data: source URL", { source: { name: "Feed", url: "data:text/html,<script>alert(1)</script>" } }, ["input.source.url:INVALID"]],
    ["an invalid apply email", { apply: { method: "EMAIL", email: "jobs at example" } }, ["input.apply.email:INVALID"]],
    ["WEBSITE without a URL", { apply: { method: "WEBSITE", instructions: "Ring us" } }, ["input.apply.url:REQUIRED"]],
    ["a closing date in the past", { closesAt: past }, ["input.closesAt:INVALID"]],
    ["an unknown benefit key", { benefits: [{ key: "yacht" }] }, ["input.benefits.0.key:UNKNOWN_BENEFIT"]],
    ["the same benefit twice", { benefits: [{ key: "pension" }, { key: "pension" }] }, ["input.benefits.1.key:INVALID"]],
    ["a negative benefit value", { benefits: [{ key: "pension", value: -5, unit: "PERCENT" }] }, ["input.benefits.0.value:OUT_OF_RANGE"]],
  ])("rejects %s", async (_name, overrides, expected) => {
    expect(summary(await createErrors(overrides))).toEqual(expected);
  });

  // Sizes are the zod schema's limits, enforced before the mutation runs (protection/input-size.ts).
  it.each([
    ["a title over 200 characters", { title: "x".repeat(201) }, "input.title", { maxLength: 200 }],
    ["a reference over 100 characters", { reference: "R".repeat(101) }, "input.reference", { maxLength: 100 }],
    ["a summary over 500 characters", { summary: "s".repeat(501) }, "input.summary", { maxLength: 500 }],
    ["51 skills", { skills: Array.from({ length: 51 }, (_, i) => `skill ${i}`) }, "input.skills", { maxItems: 50 }],
    [
      "21 locations",
      { locations: Array.from({ length: 21 }, (_, i) => ({ name: `Place ${i}`, countryCode: "FR" })) },
      "input.locations",
      { maxItems: 20 },
    ],
  ])("refuses %s before it runs: BAD_USER_INPUT naming the field and its limit", async (_name, overrides, argument, limit) => {
    const result = await app.execute(M.createPosting, { input: postingInput(overrides) }, acme);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument, ...limit });
    expect(result.data ?? null).toBeNull();
  });

  it("reports every problem at once, and writes nothing", async () => {
    const before = await Promise.all([app.db.prisma.posting.count(), app.db.prisma.location.count(), app.db.prisma.auditEvent.count()]);
    const errors = await createErrors({
      title: "",
      salary: { min: 50, max: 40, currency: "XYZ", period: "HOUR" },
      hours: { perWeek: 100 },
      locations: [{ name: "Bristol", postcode: "NOPE" }],
      apply: { url: "javascript:void(0)" },
      closesAt: past,
      benefits: [{ key: "yacht" }],
    });
    expect(summary(errors).sort()).toEqual(
      [
        "input.title:REQUIRED",
        "input.salary.currency:INVALID",
        "input.salary.max:INVALID",
        "input.hours.perWeek:OUT_OF_RANGE",
        "input.locations.0.postcode:INVALID",
        "input.apply.url:INVALID",
        "input.closesAt:INVALID",
        "input.benefits.0.key:UNKNOWN_BENEFIT",
      ].sort(),
    );
    for (const error of errors) expect(error.message.length).toBeGreaterThan(10);
    expect(await Promise.all([app.db.prisma.posting.count(), app.db.prisma.location.count(), app.db.prisma.auditEvent.count()])).toEqual(before);
  });

  it("rejects a reference the employer already uses, as DUPLICATE_REFERENCE", async () => {
    succeeded(await app.execute(M.createPosting, { input: postingInput({ reference: "DUP-1" }) }, acme), "createPosting");
    expect(summary(await createErrors({ reference: "DUP-1", title: "" }))).toEqual(["input.title:REQUIRED", "input.reference:DUPLICATE_REFERENCE"]);
  });

  it("lets another employer use the same reference", async () => {
    await createEmployer(app.db.prisma, { slug: "globex" });
    const globex = (await employerKey(app.db.prisma, "globex")).headers;
    succeeded(await app.execute(M.createPosting, { input: postingInput({ reference: "SHARED-REF" }) }, acme), "createPosting");
    succeeded(await app.execute(M.createPosting, { input: postingInput({ reference: "SHARED-REF" }) }, globex), "createPosting");
  });
});

describe("what createPosting stores", () => {
  it("normalises UK postcodes, annualises the salary with the posting's hours, and looks up missing coordinates", async () => {
    const result = await app.execute(
      `mutation ($input: CreatePostingInput!) { createPosting(input: $input) {
        posting { status locations { name postcode countryCode latitude longitude } salary { min max period annualMin annualMax } hours { perWeek } }
        userErrors { code } } }`,
      {
        input: postingInput({
          salary: { min: 12.5, max: 14, currency: "GBP", period: "HOUR" },
          hours: { type: "PART_TIME", perWeek: 20 },
          locations: [
            { name: "London", postcode: "ec2v7ae" },
            { name: "Paris", countryCode: "FR", postcode: "75001" },
            { name: "Site", postcode: "LS1 4AP", latitude: 53.8, longitude: -1.55 },
          ],
        }),
      },
      acme,
    );
    const posting = succeeded(result, "createPosting").posting;
    expect(posting.status).toBe("DRAFT");
    expect(posting.salary).toEqual({ min: 12.5, max: 14, period: "HOUR", annualMin: 13000, annualMax: 14560 });
    expect(posting.locations.map((l: { postcode: string }) => l.postcode)).toEqual(["EC2V 7AE", "75001", "LS1 4AP"]);
    const [london, paris, site] = posting.locations;
    expect(london.latitude).toBeCloseTo(51.5, 0);
    expect(paris).toMatchObject({ countryCode: "FR" });
    expect(paris.latitude).toBeCloseTo(48.86, 1);
    expect(site).toMatchObject({ latitude: 53.8, longitude: -1.55 });
  });

  it("keeps Markdown as written and serves sanitised HTML for real XSS payloads", async () => {
    const payloads = [
      "<script>alert('xss')</script>",
      '<img src=x onerror="alert(1)">',
      "[click me](javascript:alert(document.cookie))",
      '<a href="javascript:alert(1)">link</a>',
      '<svg onload="alert(1)"><circle r="10"/></svg>',
      '<iframe src="https://evil.example"></iframe>',
      '<p style="background:url(\'javascript:alert(1)\')" onclick="alert(1)">styled</p>',
      '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
      '<a href="&#106;avascript:alert(1)">entity</a>',
      "![img](x onerror=alert(1))",
      '<details open ontoggle="alert(1)">',
      '<form action="javascript:alert(1)"><input type="submit"></form>',
    ];
    const description = `## Role\n\n${payloads.join("\n\n")}\n\n[Apply here](https://example.com/apply)`;
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput({ description }) }, acme), "createPosting");
    const read = await app.execute(`query ($id: ID!) { posting(id: $id) { description descriptionHtml } }`, { id: created.posting.id }, acme);
    const { description: stored, descriptionHtml: html } = read.data!.posting as { description: string; descriptionHtml: string };
    expect(stored).toBe(description);
    expect(html).not.toMatch(/<script|<iframe|<svg|<form|<img|<details/i);
    // No event handler in any tag (the inert text "x onerror=alert(1)" of a broken image link may stay as text).
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/style=/i);
    expect(html).toContain('<a href="https://example.com/apply" rel="nofollow noopener noreferrer">Apply here</a>');
    expect(html).toContain("<h2>Role</h2>");

    // The same through updatePosting.
    const updated = succeeded(
      await app.execute(M.updatePosting, { id: created.posting.id, input: { description: payloads[1] } }, acme),
      "updatePosting",
    );
    const again = await app.execute(`query ($id: ID!) { posting(id: $id) { description descriptionHtml } }`, { id: updated.posting.id }, acme);
    expect(again.data?.posting.description).toBe(payloads[1]);
    expect(again.data?.posting.descriptionHtml).not.toMatch(/onerror|<img/i);
  });
});

describe("updatePosting validates the posting as it would be after the change", () => {
  it("checks a new maximum against the stored minimum, and changes nothing when it fails", async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme), "createPosting").posting;
    const errors = userErrors(
      await app.execute(M.updatePosting, { id: created.id, input: { salary: { max: 50000 }, title: "" } }, acme),
      "updatePosting",
    );
    expect(summary(errors)).toEqual(["input.title:REQUIRED", "input.salary.max:INVALID"]);
    const stored = await app.execute(`query ($id: ID!) { posting(id: $id) { title version salary { max } } }`, { id: created.id }, acme);
    expect(stored.data?.posting).toEqual({ title: created.title, version: 1, salary: { max: 65000 } });
  });

  it("merges groups field by field, replaces lists and recomputes the annual salary", async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput() }, acme), "createPosting").posting;
    const result = await app.execute(
      `mutation ($id: ID!, $input: UpdatePostingInput!) { updatePosting(id: $id, input: $input) {
        posting { version summary salary { min max currency period annualMin annualMax } skills locations { name } }
        userErrors { code } } }`,
      {
        id: created.id,
        input: { salary: { min: 4000, max: 4500, period: "MONTH" }, skills: ["SQL"], summary: "Short", locations: [{ name: "Manchester" }] },
      },
      acme,
    );
    expect(succeeded(result, "updatePosting").posting).toEqual({
      version: 2,
      summary: "Short",
      salary: { min: 4000, max: 4500, currency: "GBP", period: "MONTH", annualMin: 48000, annualMax: 54000 },
      skills: ["SQL"],
      locations: [{ name: "Manchester" }],
    });
  });

  it("clears a nullable field sent as null, and refuses null for a required one", async () => {
    const created = succeeded(await app.execute(M.createPosting, { input: postingInput({ summary: "To clear" }) }, acme), "createPosting").posting;
    const cleared = await app.execute(
      `mutation ($id: ID!) { updatePosting(id: $id, input: { summary: null, salary: null }) { posting { summary salary { min disclosed } } userErrors { code } } }`,
      { id: created.id },
      acme,
    );
    expect(succeeded(cleared, "updatePosting").posting).toEqual({ summary: null, salary: { min: null, disclosed: false } });
    const refused = await app.execute(
      `mutation ($id: ID!) { updatePosting(id: $id, input: { title: null }) { userErrors { field code } } }`,
      { id: created.id },
      acme,
    );
    expect(refused.data?.updatePosting.userErrors).toEqual([{ field: ["input", "title"], code: "REQUIRED" }]);
  });
});

describe("employers and the catalogue", () => {
  it("validates createEmployer: slug format and uniqueness, URLs, accreditations", async () => {
    const errors = userErrors(
      await app.execute(
        M.createEmployer,
        {
          input: {
            slug: "Acme Retail!",
            name: "",
            websiteUrl: "javascript:alert(1)",
            logoUrl: "not a url",
            headquarters: { name: "HQ", postcode: "ZZ" },
            accreditations: [{ scheme: "LIVING_WAGE", awardedOn: "2025-01-01", expiresOn: "2024-01-01" }, { scheme: "LIVING_WAGE" }],
            benefits: [{ key: "free-lunch" }],
          },
        },
        admin,
      ),
      "createEmployer",
    );
    expect(summary(errors).sort()).toEqual(
      [
        "input.slug:INVALID",
        "input.name:REQUIRED",
        "input.websiteUrl:INVALID",
        "input.logoUrl:INVALID",
        "input.headquarters.postcode:INVALID",
        "input.accreditations.0.expiresOn:INVALID",
        "input.accreditations.1.scheme:INVALID",
        "input.benefits.0.key:UNKNOWN_BENEFIT",
      ].sort(),
    );
    const taken = userErrors(await app.execute(M.createEmployer, { input: { slug: "acme", name: "Another Acme" } }, admin), "createEmployer");
    expect(summary(taken)).toEqual(["input.slug:DUPLICATE_SLUG"]);
  });

  it("creates an employer with headquarters, accreditations and benefits in one go", async () => {
    const result = await app.execute(
      `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) {
        employer { slug version headquarters { postcode latitude } accreditations { scheme level } benefits { benefit { key } detail } }
        userErrors { code } } }`,
      {
        input: {
          slug: "initech",
          name: "Initech",
          websiteUrl: "https://initech.example",
          headquarters: { name: "Leeds", postcode: "ls14ap" },
          accreditations: [{ scheme: "DISABILITY_CONFIDENT", level: "EMPLOYER" }],
          benefits: [{ key: "pension", detail: "8% matched", value: 8, unit: "PERCENT" }],
        },
      },
      admin,
    );
    const employer = succeeded(result, "createEmployer").employer;
    expect(employer).toMatchObject({
      slug: "initech",
      version: 1,
      headquarters: { postcode: "LS1 4AP" },
      accreditations: [{ scheme: "DISABILITY_CONFIDENT", level: "EMPLOYER" }],
      benefits: [{ benefit: { key: "pension" }, detail: "8% matched" }],
    });
    expect(employer.headquarters.latitude).toBeCloseTo(53.8, 0);
  });

  it("validates createBenefit: key format and uniqueness", async () => {
    const bad = userErrors(
      await app.execute(M.createBenefit, { input: { key: "Free Lunch", name: " ", category: "LIFESTYLE" } }, admin),
      "createBenefit",
    );
    expect(summary(bad)).toEqual(["input.key:INVALID", "input.name:REQUIRED"]);
    const dup = userErrors(
      await app.execute(M.createBenefit, { input: { key: "pension", name: "Pension", category: "FINANCIAL" } }, admin),
      "createBenefit",
    );
    expect(summary(dup)).toEqual(["input.key:DUPLICATE_BENEFIT_KEY"]);
  });

  it("setEmployerBenefits replaces the list, in order, and posting entries still override it", async () => {
    await createBenefit(app.db.prisma, { key: "holiday", name: "Holiday", category: "TIME_OFF" });
    const employer = await app.db.prisma.employer.findUniqueOrThrow({ where: { slug: "acme" } });
    const id = globalId("Employer", employer.id);
    const set = await app.execute(
      `mutation ($id: ID!, $benefits: [OfferedBenefitInput!]!) { setEmployerBenefits(id: $id, benefits: $benefits) { employer { benefits { benefit { key } detail value unit } } userErrors { code } } }`,
      {
        id,
        benefits: [
          { key: "holiday", detail: "28 days", value: 28, unit: "DAYS" },
          { key: "pension", detail: "5%" },
        ],
      },
      acme,
    );
    expect(succeeded(set, "setEmployerBenefits").employer.benefits).toEqual([
      { benefit: { key: "holiday" }, detail: "28 days", value: 28, unit: "DAYS" },
      { benefit: { key: "pension" }, detail: "5%", value: null, unit: null },
    ]);
    const posting = succeeded(
      await app.execute(M.createPosting, { input: postingInput({ benefits: [{ key: "pension", detail: "10%" }] }) }, acme),
      "createPosting",
    ).posting;
    const read = await app.execute(`query ($id: ID!) { posting(id: $id) { benefits { benefit { key } detail source } } }`, { id: posting.id }, acme);
    expect(read.data?.posting.benefits).toEqual([
      { benefit: { key: "pension" }, detail: "10%", source: "POSTING" },
      { benefit: { key: "holiday" }, detail: "28 days", source: "EMPLOYER" },
    ]);
    const unknown = userErrors(await app.execute(M.setEmployerBenefits, { id, benefits: [{ key: "yacht" }] }, acme), "setEmployerBenefits");
    expect(summary(unknown)).toEqual(["benefits.0.key:UNKNOWN_BENEFIT"]);
  });
});

describe("idempotency key argument", () => {
  it("is bounded", async () => {
    const result = await app.execute(M.createPosting, { input: postingInput(), idempotencyKey: "k".repeat(256) }, acme);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "idempotencyKey", maxLength: 255 });
  });
});
