// The write operations against the real API over HTTP, with an admin API key: userErrors as data,
// idempotent creates (including a retry after a lost response), versions, the posting lifecycle.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { createClient, GraphQLRequestError, type ImportWarning, type JobgraphClient, throwOnUserErrors, UserErrorsError } from "../../src/index.js";
import { api } from "./context.js";

let admin: JobgraphClient;
let anonymous: JobgraphClient;

const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString();
const postingInput = (reference: string, employerId: string) => ({
  employerId,
  reference,
  title: "Data Engineer",
  description: "Build the pipelines that feed our job board.",
  contractType: "PERMANENT" as const,
  hours: { type: "FULL_TIME" as const, perWeek: 37.5 },
  salary: { min: 45_000, max: 55_000, currency: "GBP", period: "YEAR" as const },
  workplace: { type: "HYBRID" as const, remoteDaysPerWeekMax: 3 },
  locations: [{ name: "Bristol", postcode: "BS1 4DJ" }],
  closesAt: inAMonth(),
  apply: { url: "https://careers.example.com/data-engineer" },
});

describe("writing", () => {
  beforeAll(() => {
    admin = createClient({ endpoint: api().endpoint, apiKey: api().adminKey! });
    anonymous = createClient({ endpoint: api().endpoint });
  });

  describe("viewer", () => {
    it("says who the key is", async () => {
      await expect(anonymous.viewer()).resolves.toMatchObject({ viewer: { kind: "ANONYMOUS", scopes: [], apiKey: null } });
      const { viewer } = await admin.viewer();
      expect(viewer).toMatchObject({ kind: "ADMIN", apiKey: { name: "sdk-e2e" } });
      expect(api().adminKey).toContain(viewer.apiKey!.prefix);
    });

    it("an unknown key is refused as UNAUTHENTICATED", async () => {
      const stranger = createClient({ endpoint: api().endpoint, apiKey: "jg_live_nope_nope" });
      await expect(stranger.viewer()).rejects.toMatchObject({ name: "GraphQLRequestError", codes: ["UNAUTHENTICATED"] });
    });
  });

  describe("employers", () => {
    it("rejected input comes back as userErrors, not as an exception; throwOnUserErrors turns it into one", async () => {
      const { createEmployer } = await admin.createEmployer({ input: { name: "Bad Slug Ltd", slug: "Not A Slug!" } });
      expect(createEmployer?.employer).toBeNull();
      expect(createEmployer?.userErrors).toContainEqual(expect.objectContaining({ field: ["input", "slug"], code: "INVALID" }));
      expect(() => throwOnUserErrors(createEmployer, "CreateEmployer")).toThrow(UserErrorsError);
    });

    it("a create repeated with the same idempotency key returns the first result; with other input it is refused", async () => {
      const input = { name: "SDK E2E Retail", slug: "sdk-e2e-retail" };
      const first = throwOnUserErrors((await admin.createEmployer({ input }, { idempotencyKey: "sdk-e2e-retail-1" })).createEmployer);
      const again = throwOnUserErrors((await admin.createEmployer({ input }, { idempotencyKey: "sdk-e2e-retail-1" })).createEmployer);
      expect(again.employer?.id).toBe(first.employer?.id);
      const reused = await admin.createEmployer({ input: { ...input, name: "SDK E2E Wholesale" } }, { idempotencyKey: "sdk-e2e-retail-1" });
      expect(reused.createEmployer?.userErrors.map((error) => error.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
    });

    it("is retried after a lost response only with an idempotency key, and then created once", async () => {
      // A proxy that forwards the first request to the API and then drops the connection: the write
      // happened, the client never heard.
      let requests = 0;
      const proxy: Server = createServer((incoming, outgoing) => {
        const first = ++requests === 1;
        const upstream = httpRequest(api().endpoint, { method: "POST", headers: incoming.headers }, (response) => {
          if (first) {
            response.resume();
            response.on("end", () => outgoing.socket?.destroy());
            return;
          }
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        });
        incoming.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
      const flaky = createClient({
        endpoint: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`,
        apiKey: api().adminKey!,
        retry: { baseDelayMs: 10 },
      });
      try {
        await expect(flaky.createEmployer({ input: { name: "Lost Reply", slug: "lost-reply" } })).rejects.toMatchObject({ name: "NetworkError" });
        expect(requests).toBe(1);
        requests = 0;
        const { createEmployer } = await flaky.createEmployer(
          { input: { name: "Lost Reply Two", slug: "lost-reply-two" } },
          { idempotencyKey: true },
        );
        expect(requests).toBe(2);
        expect(createEmployer?.userErrors).toEqual([]);
        const { employers } = await admin.listEmployers({ filter: { nameContains: "Lost Reply" } });
        expect(employers.nodes.map((employer) => employer.slug).sort()).toEqual(["lost-reply", "lost-reply-two"]);
      } finally {
        proxy.closeAllConnections();
        await new Promise((resolve) => proxy.close(resolve));
      }
    });

    it("updates with an expected version, and a stale version is a CONFLICT", async () => {
      const { employer } = await admin.getEmployer({ slug: "sdk-e2e-retail" });
      const updated = throwOnUserErrors(
        (await admin.updateEmployer({ id: employer!.id, input: { industry: "Retail", brands: ["Acme"] }, expectedVersion: employer!.version }))
          .updateEmployer,
      );
      expect(updated.employer).toMatchObject({ industry: "Retail", brands: ["Acme"], version: employer!.version + 1 });
      const stale = await admin.updateEmployer({ id: employer!.id, input: { industry: "Grocery" }, expectedVersion: employer!.version });
      expect(stale.updateEmployer?.userErrors.map((error) => error.code)).toEqual(["CONFLICT"]);
    });
  });

  describe("benefits and the posting lifecycle", () => {
    it("creates a catalogue benefit and offers it from an employer and a posting", async () => {
      const { createBenefit } = await admin.createBenefit({
        input: { key: "sdk-e2e-cycle-scheme", name: "Cycle scheme (SDK test)", category: "WELLBEING" },
      });
      expect(throwOnUserErrors(createBenefit).benefit).toMatchObject({ key: "sdk-e2e-cycle-scheme" });
      const { employer } = await admin.getEmployer({ slug: "sdk-e2e-retail" });
      const { setEmployerBenefits } = await admin.setEmployerBenefits({
        id: employer!.id,
        benefits: [{ key: "sdk-e2e-cycle-scheme", detail: "Up to £1,000" }],
      });
      expect(throwOnUserErrors(setEmployerBenefits).employer?.benefits.map((offered) => offered.benefit.key)).toEqual(["sdk-e2e-cycle-scheme"]);
    });

    it("creates a draft, publishes it, updates, closes and archives it; the public sees only what is published", async () => {
      const { employer } = await admin.getEmployer({ slug: "sdk-e2e-retail" });
      const created = throwOnUserErrors(
        (await admin.createPosting({ input: postingInput("DE-1", employer!.id) }, { idempotencyKey: true })).createPosting,
      );
      const id = created.posting!.id;
      expect(created.posting).toMatchObject({ status: "DRAFT", title: "Data Engineer" });
      await expect(anonymous.getPosting({ id })).resolves.toEqual({ posting: null });

      const published = throwOnUserErrors((await admin.publishPosting({ id })).publishPosting);
      expect(published.posting).toMatchObject({ status: "PUBLISHED", isOpen: true });
      expect((await anonymous.getPosting({ employerSlug: "sdk-e2e-retail", reference: "DE-1" })).posting?.id).toBe(id);

      const benefits = throwOnUserErrors(
        (await admin.setPostingBenefits({ id, benefits: [{ key: "sdk-e2e-cycle-scheme", detail: "Up to £2,000" }] })).setPostingBenefits,
      );
      expect(benefits.posting?.benefits).toContainEqual(expect.objectContaining({ detail: "Up to £2,000", source: "POSTING" }));
      const updated = throwOnUserErrors(
        (await admin.updatePosting({ id, input: { title: "Senior Data Engineer" }, expectedVersion: benefits.posting!.version })).updatePosting,
      );
      expect(updated.posting?.title).toBe("Senior Data Engineer");

      expect(throwOnUserErrors((await admin.closePosting({ id })).closePosting).posting?.status).toBe("CLOSED");
      expect(throwOnUserErrors((await admin.archivePosting({ id })).archivePosting).posting?.status).toBe("ARCHIVED");
      await expect(anonymous.getPosting({ id })).resolves.toEqual({ posting: null });
      const again = await admin.publishPosting({ id });
      expect(again.publishPosting?.userErrors.map((error) => error.code)).toEqual(["INVALID_TRANSITION"]);
    });

    it("imports JSON-LD and a Find a job advert, idempotently; a bad record fails alone with its reasons", async () => {
      const reference = `SDK-IMPORT-${Date.now()}`;
      const jobPosting = (ref: string, overrides: Record<string, unknown> = {}) => ({
        "@context": "https://schema.org",
        "@type": "JobPosting",
        title: "Warehouse Shift Lead",
        description: "<p>Lead a team of six on the night shift.</p>",
        datePosted: new Date(Date.now() - 86_400_000).toISOString(),
        validThrough: inAMonth(),
        hiringOrganization: { "@type": "Organization", name: "SDK Import Logistics" },
        jobLocation: {
          "@type": "Place",
          address: { "@type": "PostalAddress", addressLocality: "Leeds", postalCode: "LS1 4AP", addressCountry: "GB" },
        },
        baseSalary: {
          "@type": "MonetaryAmount",
          currency: "GBP",
          value: { "@type": "QuantitativeValue", minValue: 26_000, maxValue: 28_000, unitText: "YEAR" },
        },
        employmentType: "FULL_TIME",
        identifier: { "@type": "PropertyValue", value: ref },
        ...overrides,
      });
      const advert = [
        "Warehouse Operative",
        "Job details",
        "Posting date: 20 November 2026",
        "Salary: £12.50 per hour",
        "Hours: Full time",
        `Closing date: ${new Date(Date.now() + 20 * 86_400_000).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" })}`,
        "Location: Leeds, LS1 4AP",
        "Company: SDK Import Logistics",
        "Job type: Permanent",
        `Job reference: ${reference}-FAJ`,
        "Summary",
        "Pick and pack orders in our Leeds warehouse.",
      ].join("\n");
      const input = {
        documents: [
          {
            format: "JSON_LD" as const,
            name: "feed.json",
            content: JSON.stringify([
              jobPosting(reference),
              jobPosting(`${reference}-BAD`, { title: "", baseSalary: undefined, validThrough: "not a date" }),
            ]),
          },
          { format: "FIND_A_JOB" as const, name: "advert.txt", content: advert },
        ],
      };
      const first = (await admin.importPostings({ input })).importPostings;
      expect(first.userErrors).toEqual([]);
      expect([first.created, first.updated, first.unchanged, first.failed]).toEqual([2, 0, 0, 1]);
      expect(first.results.map((r) => [r.origin, r.status])).toEqual([
        ["feed.json #1", "CREATED"],
        ["feed.json #2", "FAILED"],
        ["advert.txt", "CREATED"],
      ]);
      expect(first.results[0]?.posting).toMatchObject({ title: "Warehouse Shift Lead", reference, employer: { name: "SDK Import Logistics" } });
      expect(first.results[1]?.posting).toBeNull();
      expect(first.results[1]?.errors.length).toBeGreaterThan(0);
      expect(first.results[2]?.posting).toMatchObject({ title: "Warehouse Operative", salary: { period: "HOUR", currency: "GBP" } });

      // The same records again: nothing new, nothing duplicated.
      const again = (await admin.importPostings({ input })).importPostings;
      expect([again.created, again.updated, again.unchanged, again.failed]).toEqual([0, 0, 2, 1]);
      expect(again.results[0]?.posting?.id).toBe(first.results[0]?.posting?.id);
    });

    it("reports each record's warnings, and with strict fails a warned-of record and writes nothing of it", async () => {
      const reference = `SDK-WARN-${Date.now()}`;
      const content = JSON.stringify({
        "@context": "https://schema.org",
        "@type": "JobPosting",
        title: "Kitchen Porter",
        description: "<p>Keep the kitchen moving.</p>",
        validThrough: inAMonth(),
        hiringOrganization: { "@type": "Organization", name: "SDK Warning Kitchens" },
        jobLocation: {
          "@type": "Place",
          address: { "@type": "PostalAddress", addressLocality: "Leeds", postalCode: "LS1 4AP", addressCountry: "GB" },
        },
        identifier: { "@type": "PropertyValue", value: reference },
        jobBenefits: ["Free meals on shift", "Tips shared weekly"],
      });
      const documents = [{ format: "JSON_LD" as const, name: "warned.json", content }];
      const expected: ImportWarning[] = [
        { field: "benefits", code: "UNMATCHED", message: "2 benefits found, none matching the benefit catalogue: 2 kept as text in otherBenefits." },
        { field: "postedAt", code: "MISSING", message: "No posting date stated: the import's time is used." },
      ];

      const strict = (await admin.importPostings({ input: { documents, strict: true } })).importPostings;
      expect([strict.created, strict.failed]).toEqual([0, 1]);
      expect(strict.results[0]).toMatchObject({ status: "FAILED", posting: null, warnings: expected });
      expect(strict.results[0]?.errors.map((error) => [error.field, error.code])).toEqual([
        [["benefits"], "INVALID"],
        [["postedAt"], "REQUIRED"],
      ]);
      await expect(admin.getPosting({ employerSlug: "sdk-warning-kitchens", reference })).resolves.toEqual({ posting: null });

      const lenient = (await admin.importPostings({ input: { documents } })).importPostings;
      expect(lenient.results[0]).toMatchObject({ status: "CREATED", errors: [], warnings: expected });
      expect(lenient.results[0]?.posting).toMatchObject({ reference, title: "Kitchen Porter" });
    });

    it("refuses writes without a key", async () => {
      const attempt = anonymous.createBenefit({ input: { key: "nap-pods", name: "Nap pods", category: "WELLBEING" } });
      const outcome = await attempt.then(
        (data) => data.createBenefit?.userErrors.map((error) => error.code),
        (error: unknown) => (error instanceof GraphQLRequestError ? error.codes : error),
      );
      expect(outcome).toEqual(expect.arrayContaining([expect.stringMatching(/UNAUTHENTICATED|FORBIDDEN/)]));
    });
  });
});
