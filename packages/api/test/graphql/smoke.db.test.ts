import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { createEmployer, createPosting } from "../support/factories.js";

describe("the read API on an isolated database", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  it("lists a published posting with its employer", async () => {
    const employer = await createEmployer(app.db.prisma, { name: "Acme" });
    await createPosting(app.db.prisma, employer.id, { title: "Welder" });
    const data = await app.query(`{ postings { totalCount nodes { title employer { name } locations { name } } } }`);
    expect(data.postings.totalCount).toBe(1);
    expect(data.postings.nodes[0]).toMatchObject({
      title: "Welder",
      employer: { name: "Acme" },
    });
    expect(app.db.queries.length).toBeGreaterThan(0);
  });
});
