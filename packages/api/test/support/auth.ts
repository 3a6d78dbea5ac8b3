// API keys for tests: one of each kind a test matrix needs, created through the same service
// the CLI uses.

import type { PrismaClient } from "../../src/generated/prisma/client.js";
import type { ApiKeyScope } from "../../src/generated/prisma/enums.js";
import { createApiKey } from "../../src/viewer/keys.js";

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

export async function employerKey(
  prisma: PrismaClient,
  employerSlug: string,
  scopes: ApiKeyScope[] = ["READ_DRAFTS", "WRITE_POSTINGS", "MANAGE_EMPLOYER"],
) {
  const { key, apiKey } = await createApiKey(prisma, { employerSlug, scopes, name: `${employerSlug} test key` });
  return { key, prefix: apiKey.prefix, headers: bearer(key) };
}

export async function adminKey(prisma: PrismaClient) {
  const { key, apiKey } = await createApiKey(prisma, { name: "test admin" });
  return { key, prefix: apiKey.prefix, headers: bearer(key) };
}
