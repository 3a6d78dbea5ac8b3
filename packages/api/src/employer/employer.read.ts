// Employers read outside a planned read (db/read-plan.ts): by id, batched per request.
import DataLoader from "dataloader";
import { openPostingsCountSql } from "../db/read-plan.js";
import { type Employer, Prisma } from "../generated/prisma/client.js";
import type { Context } from "../graphql/context.js";

/** The employer of a posting read through Prisma: one statement for every posting of the request. */
export function employerById(ctx: Context, id: string): Promise<Employer> {
  let loader = ctx.loaders.get("employer:byId") as DataLoader<string, Employer> | undefined;
  if (!loader) {
    loader = new DataLoader<string, Employer>(async (ids) => {
      const rows = await ctx.prisma.employer.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? new Error(`Employer ${key} not found`));
    });
    ctx.loaders.set("employer:byId", loader);
  }
  return loader.load(id);
}

/** Employer.openPostingsCount of an employer read through Prisma: one statement for every employer of the request. */
export function openPostingsCount(ctx: Context, id: string): Promise<number> {
  let loader = ctx.loaders.get("employer:openPostingsCount") as DataLoader<string, number> | undefined;
  if (!loader) {
    loader = new DataLoader<string, number>(async (ids) => {
      const rows = await ctx.prisma.$queryRaw<Array<{ id: string; count: number }>>(
        Prisma.sql`SELECT e.id::text AS id, ${openPostingsCountSql("e", ctx.now)} AS count FROM employers e WHERE e.id = ANY(${[...ids]}::uuid[])`,
      );
      const byId = new Map(rows.map((row) => [row.id, row.count]));
      return ids.map((key) => byId.get(key) ?? 0);
    });
    ctx.loaders.set("employer:openPostingsCount", loader);
  }
  return loader.load(id);
}
