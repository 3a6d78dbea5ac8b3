// Prisma CLI configuration. The datasource URL is only read by Prisma's own CLI (for users who
// have its schema engine); Jobgraph itself migrates through scripts/db.ts, offline.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/jobgraph" },
});
