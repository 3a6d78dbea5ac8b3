// Location rows are shared (an employer's headquarters is often a posting's place too): writes
// replace a posting's links and create new rows, and never delete a row something else uses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { employerKey } from "../support/auth.js";
import { globalId, succeeded } from "../support/writes.js";

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

/** An employer with a headquarters row, a key for it, and a posting based at the headquarters and at a place of its own. */
async function employerWithPostingAtHq(slug: string) {
  const prisma = app.db.prisma;
  const employer = await prisma.employer.create({
    data: { slug, name: slug, headquarters: { create: { name: "London", postcode: "EC2V 7HN", latitude: 51.5147, longitude: -0.0921 } } },
  });
  const hqId = employer.headquartersId!;
  // As the seed does: the posting's first place is the headquarters row itself, the second its own.
  const posting = await prisma.posting.create({
    data: {
      employerId: employer.id,
      reference: `${slug}-1`,
      title: "Engineer",
      description: "Build things.",
      status: "DRAFT",
      postedAt: new Date(),
      locations: {
        create: [
          { position: 0, location: { connect: { id: hqId } } },
          { position: 1, location: { create: { name: "Bristol" } } },
        ],
      },
    },
    include: { locations: true },
  });
  const ownId = posting.locations.find((l) => l.locationId !== hqId)!.locationId;
  return { employer, hqId, ownId, posting, key: (await employerKey(prisma, slug)).headers };
}

const MOVE_POSTING = `mutation ($id: ID!) { updatePosting(id: $id, input: { locations: [{ name: "Edinburgh", countryCode: "GB", postcode: "eh1 1yz" }] }) {
  posting { locations { name postcode latitude } } userErrors { code } } }`;
const MOVE_HQ = `mutation ($id: ID!) { updateEmployer(id: $id, input: { headquarters: { name: "Edinburgh", postcode: "EH1 1YZ" } }) {
  employer { headquarters { name } } userErrors { code } } }`;

describe("replacing locations", () => {
  it("replaces a posting's links, creates new rows, keeps the shared headquarters row and deletes its own orphaned row", async () => {
    const { employer, hqId, ownId, posting, key } = await employerWithPostingAtHq("lloyds");
    const result = await app.execute(MOVE_POSTING, { id: globalId("Posting", posting.id) }, key);
    const locations = succeeded(result, "updatePosting").posting.locations;
    expect(locations).toHaveLength(1);
    expect(locations[0]).toMatchObject({ name: "Edinburgh", postcode: "EH1 1YZ" });
    expect(locations[0].latitude).toBeCloseTo(55.95, 1);
    const prisma = app.db.prisma;
    expect(await prisma.location.findUnique({ where: { id: hqId } })).not.toBeNull();
    expect(await prisma.location.findUnique({ where: { id: ownId } })).toBeNull();
    expect((await prisma.employer.findUniqueOrThrow({ where: { id: employer.id } })).headquartersId).toBe(hqId);
  });

  it("keeps the old headquarters row while a posting is based there", async () => {
    const { employer, hqId, posting, key } = await employerWithPostingAtHq("halifax");
    const result = await app.execute(MOVE_HQ, { id: globalId("Employer", employer.id) }, key);
    expect(succeeded(result, "updateEmployer").employer.headquarters).toEqual({ name: "Edinburgh" });
    const prisma = app.db.prisma;
    expect(await prisma.location.findUnique({ where: { id: hqId } })).not.toBeNull();
    const links = await prisma.postingLocation.findMany({ where: { postingId: posting.id }, orderBy: { position: "asc" } });
    expect(links[0]?.locationId).toBe(hqId);
  });

  it("deletes the old headquarters row when nothing refers to it any more", async () => {
    const { employer, hqId, posting, key } = await employerWithPostingAtHq("bos");
    succeeded(await app.execute(MOVE_POSTING, { id: globalId("Posting", posting.id) }, key), "updatePosting");
    succeeded(await app.execute(MOVE_HQ, { id: globalId("Employer", employer.id) }, key), "updateEmployer");
    expect(await app.db.prisma.location.findUnique({ where: { id: hqId } })).toBeNull();
  });
});
