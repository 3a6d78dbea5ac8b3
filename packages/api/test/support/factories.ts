// Small factories for test data: each call creates exactly what a test names, nothing shared.
import { Prisma, type PrismaClient } from "../../src/generated/prisma/client.js";

let counter = 0;
const next = () => ++counter;

export async function createEmployer(prisma: PrismaClient, data: Partial<Prisma.EmployerCreateInput> = {}) {
  const n = next();
  return prisma.employer.create({
    data: { slug: `employer-${n}`, name: `Employer ${n}`, ...data },
  });
}

export async function createBenefit(prisma: PrismaClient, data: Partial<Prisma.BenefitCreateInput> = {}) {
  const n = next();
  return prisma.benefit.create({
    data: {
      key: `benefit-${n}`,
      name: `Benefit ${n}`,
      category: "FINANCIAL",
      ...data,
    },
  });
}

export interface PostingFactoryOptions extends Partial<Omit<Prisma.PostingUncheckedCreateInput, "employerId" | "locations" | "benefits">> {
  places?: Array<Partial<Prisma.LocationCreateInput>>;
  benefitIds?: string[];
}

export async function createPosting(prisma: PrismaClient, employerId: string, options: PostingFactoryOptions = {}) {
  const n = next();
  const { places = [{ name: "Leeds" }], benefitIds = [], ...data } = options;
  return prisma.posting.create({
    data: {
      employerId,
      reference: `REF-${n}`,
      title: `Posting ${n}`,
      description: `Description of posting ${n}.`,
      status: "PUBLISHED",
      postedAt: new Date(Date.now() - n * 60_000),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
      ...data,
      locations: {
        create: places.map((location, position) => ({
          position,
          location: { create: { name: `Place ${n}`, ...location } },
        })),
      },
      benefits: {
        create: benefitIds.map((benefitId, position) => ({
          benefitId,
          position,
          detail: `Detail ${position}`,
        })),
      },
    },
  });
}

export const decimal = (value: number) => new Prisma.Decimal(value);
