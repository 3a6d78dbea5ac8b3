// The read planner (src/db/read-plan.ts) against Prisma: every field of Posting and Employer has a
// planning rule (or is deliberately read through Prisma), and a selection of every field answers the
// same planned as through Prisma, field for field.
import { getNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLANNED_FIELDS } from "../../src/db/read-plan.js";
import { schema } from "../../src/graphql/schema.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { createBenefit, createEmployer, createPosting } from "../support/factories.js";

/** Read through Prisma on purpose: Pothos loads them with its own query. */
const UNPLANNED = { Posting: ["jsonLd", "jsonLdScript"], Employer: [] as string[], Benefit: [] as string[] };

describe("the read planner", () => {
  it("has a rule for every field of Posting, Employer and Benefit", () => {
    for (const type of ["Posting", "Employer", "Benefit"] as const) {
      const object = schema.getType(type);
      if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
      const fields = Object.keys(object.getFields()).filter((f) => !UNPLANNED[type].includes(f));
      expect(
        fields.filter((f) => !PLANNED_FIELDS[type].includes(f)),
        `${type} fields without a planning rule`,
      ).toEqual([]);
    }
  });

  describe("answers as Prisma does", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp();
      const prisma = app.db.prisma;
      const [pension, holiday] = [await createBenefit(prisma, { key: "pension" }), await createBenefit(prisma, { key: "holiday" })];
      const employer = await createEmployer(prisma, {
        brands: ["Acme Direct", "Acme Home"],
        description: "We **make** things.",
        websiteUrl: "https://acme.example",
        headquarters: { create: { name: "Leeds", postcode: "LS1 4DY", latitude: 53.8, longitude: -1.55 } },
        accreditations: {
          create: [{ scheme: "DISABILITY_CONFIDENT", level: "LEADER", awardedAt: new Date("2024-03-01") }, { scheme: "LIVING_WAGE" }],
        },
        benefits: {
          create: [
            { benefitId: pension.id, detail: "Up to 8%", value: 8, unit: "PERCENT", position: 0 },
            { benefitId: holiday.id, position: 1 },
          ],
        },
      });
      for (let i = 0; i < 3; i++) {
        await createPosting(prisma, employer.id, {
          title: `Engineer ${i}`,
          summary: "Build things",
          salaryMin: 30000 + i,
          salaryMax: 40000,
          salaryCurrency: "GBP",
          salaryPeriod: "YEAR",
          hoursPerWeek: 37.5,
          requirementsEssential: ["TypeScript"],
          skills: ["SQL"],
          otherBenefits: ["Bike"],
          sourceName: "Find a job",
          places: [{ name: "Leeds" }, { name: "York" }],
          benefitIds: [holiday.id],
        });
      }
    }, 60_000);
    afterAll(() => app?.close());

    /** Every field of a type, nested objects expanded, from the schema itself (so a new field is covered). */
    function everyField(typeName: string, depth: number, skip: readonly string[] = []): string {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) return "";
      const parts: string[] = [];
      for (const [name, field] of Object.entries(type.getFields())) {
        if (skip.includes(name) || field.args.some((a) => a.type.toString().endsWith("!"))) continue;
        const named = getNamedType(field.type);
        if (isObjectType(named)) {
          if (depth <= 0 || named.name.endsWith("Connection")) continue;
          parts.push(`${name} { ${everyField(named.name, depth - 1, ["postings"])} }`);
        } else parts.push(name);
      }
      return parts.join(" ");
    }

    it("for every field of a posting and its employer, in a page and one by one", async () => {
      const fields = everyField("Posting", 2, UNPLANNED.Posting);
      const planned = await app.query(`{ postings(first: 10) { nodes { ${fields} } } }`);
      // The same selection with jsonLd is read through Prisma.
      const viaPrisma = await app.query(`{ postings(first: 10) { nodes { ${fields} jsonLd } } }`);
      expect(planned.postings.nodes).toHaveLength(3);
      expect(planned.postings.nodes).toEqual(viaPrisma.postings.nodes.map(({ jsonLd: _, ...rest }: Record<string, unknown>) => rest));
      const one = planned.postings.nodes[0];
      const byId = await app.query(`query ($id: ID!) { posting(id: $id) { ${fields} } }`, { id: one.id });
      expect(byId.posting).toEqual(one);
      expect(one.employer.accreditations).toHaveLength(2);
      expect(one.benefits.map((b: { source: string }) => b.source)).toEqual(["POSTING", "EMPLOYER"]);
    });

    it("for benefits selected differently in two places (fetching only what each asks, merged where they meet)", async () => {
      const fields = `benefits { source benefit { key } } employer { benefits { detail value benefit { name category } } }
        b2: benefits { unit benefit { id description } }`;
      const planned = await app.query(`{ postings(first: 10) { nodes { ${fields} } } }`);
      const viaPrisma = await app.query(`{ postings(first: 10) { nodes { ${fields} jsonLd } } }`);
      expect(planned.postings.nodes).toEqual(viaPrisma.postings.nodes.map(({ jsonLd: _, ...rest }: Record<string, unknown>) => rest));
      expect(planned.postings.nodes[0].benefits).toEqual([
        { source: "POSTING", benefit: { key: "holiday" } },
        { source: "EMPLOYER", benefit: { key: "pension" } },
      ]);
      // What a field does not ask for stays in the database.
      app.db.resetQueryLog();
      await app.query(`{ postings(first: 10) { nodes { benefits { benefit { key } } } } }`);
      expect(app.db.queries).toHaveLength(1);
      expect(app.db.queries[0]).not.toMatch(/'(description|category|detail|name)'/);
      expect(planned.postings.nodes[0].employer.benefits[0]).toEqual({
        detail: "Up to 8%",
        value: 8,
        benefit: { name: expect.any(String), category: expect.any(String) },
      });
    });
  });
});
