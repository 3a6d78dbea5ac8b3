// postings.benefit_ids is a copy, kept by triggers, of every benefit a posting offers: its own
// (posting_benefits) and its employer's (employer_benefits). The benefit filter and facet read it,
// so it must follow every write to either table, and a posting moving employer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { createBenefit, createEmployer, createPosting } from "../support/factories.js";

describe("postings.benefit_ids", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.close());

  const idsOf = async (postingId: string) =>
    (await db.prisma.$queryRaw<[{ ids: string[] }]>`SELECT benefit_ids::text[] AS ids FROM postings WHERE id = ${postingId}::uuid`)[0].ids;
  const sorted = (...ids: string[]) => [...new Set(ids)].sort();

  it("starts with the employer's and the posting's own, and follows changes to either", async () => {
    const [pension, gym, bonus, parking] = await Promise.all([1, 2, 3, 4].map(() => createBenefit(db.prisma)));
    const employer = await createEmployer(db.prisma, {
      benefits: { create: [{ benefit: { connect: { id: pension!.id } } }, { benefit: { connect: { id: gym!.id } } }] },
    });
    const bare = await createPosting(db.prisma, employer.id);
    expect(await idsOf(bare.id)).toEqual(sorted(pension!.id, gym!.id));

    // Its own, one of them also the employer's: each once.
    const posting = await createPosting(db.prisma, employer.id, { benefitIds: [bonus!.id, gym!.id] });
    expect(await idsOf(posting.id)).toEqual(sorted(pension!.id, gym!.id, bonus!.id));

    await db.prisma.postingBenefit.deleteMany({ where: { postingId: posting.id, benefitId: bonus!.id } });
    expect(await idsOf(posting.id)).toEqual(sorted(pension!.id, gym!.id));

    // The employer's changing changes all its postings.
    await db.prisma.employerBenefit.create({ data: { employerId: employer.id, benefitId: parking!.id } });
    expect(await idsOf(bare.id)).toEqual(sorted(pension!.id, gym!.id, parking!.id));
    expect(await idsOf(posting.id)).toEqual(sorted(pension!.id, gym!.id, parking!.id));
    await db.prisma.employerBenefit.deleteMany({ where: { employerId: employer.id, benefitId: { in: [gym!.id, pension!.id] } } });
    expect(await idsOf(bare.id)).toEqual([parking!.id]);
    // The posting still offers gym itself.
    expect(await idsOf(posting.id)).toEqual(sorted(gym!.id, parking!.id));

    // A benefit swapped in place (an update of the link row).
    await db.prisma.postingBenefit.updateMany({ where: { postingId: posting.id, benefitId: gym!.id }, data: { benefitId: bonus!.id } });
    expect(await idsOf(posting.id)).toEqual(sorted(bonus!.id, parking!.id));

    // Moving to another employer takes the other employer's.
    const other = await createEmployer(db.prisma, { benefits: { create: [{ benefit: { connect: { id: pension!.id } } }] } });
    await db.prisma.posting.update({ where: { id: posting.id }, data: { employerId: other.id } });
    expect(await idsOf(posting.id)).toEqual(sorted(bonus!.id, pension!.id));
  });
});
