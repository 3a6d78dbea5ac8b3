// API keys: `jg_live_<prefix>_<secret>`. The prefix is public (lists, logs, audit); the secret is
// 256 random bits. Only the SHA-256 of the whole key is stored: a fast hash is enough for a
// high-entropy secret, and it lets a request be authenticated with one indexed lookup.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { ApiKeyScope } from "../generated/prisma/enums.js";
import { ANONYMOUS, type Viewer } from "./viewer.js";

const KEY_PATTERN = /^jg_live_([a-z2-7]{12})_([A-Za-z0-9_-]{43})$/;
const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

/** The scopes an employer key may hold (ADMIN is for admin keys only). */
export const EMPLOYER_SCOPES = ["READ_DRAFTS", "WRITE_POSTINGS", "MANAGE_EMPLOYER"] as const satisfies readonly ApiKeyScope[];

/** Why a presented key was refused. */
export class AuthenticationError extends Error {
  override name = "AuthenticationError";
}

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function randomPrefix(): string {
  return Array.from(randomBytes(12), (byte) => BASE32[byte % 32]).join("");
}

/** A new key: the full secret (to show once) and what is stored. */
export function generateKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomPrefix();
  const key = `jg_live_${prefix}_${randomBytes(32).toString("base64url")}`;
  return { key, prefix, secretHash: hashKey(key) };
}

/**
 * The viewer for an `Authorization` header value: anonymous without one, the key's viewer for a
 * valid key. A malformed, unknown, revoked or expired key is refused (AuthenticationError) rather
 * than silently treated as anonymous.
 */
export async function authenticate(prisma: PrismaClient, authorization: string | null, now: Date): Promise<Viewer> {
  if (authorization === null || authorization.trim() === "") return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <API key>".');
  const key = match[1] ?? "";
  const parts = KEY_PATTERN.exec(key);
  if (!parts) throw new AuthenticationError("The API key is not valid.");
  const stored = await prisma.apiKey.findUnique({ where: { prefix: parts[1] ?? "" } });
  if (!stored || !timingSafeEqual(Buffer.from(stored.secretHash, "hex"), Buffer.from(hashKey(key), "hex"))) {
    throw new AuthenticationError("The API key is not valid.");
  }
  if (stored.revokedAt && stored.revokedAt <= now) throw new AuthenticationError(`The API key ${stored.prefix} has been revoked.`);
  if (stored.expiresAt && stored.expiresAt <= now) throw new AuthenticationError(`The API key ${stored.prefix} has expired.`);
  // Recorded at most once a minute per key, so reads do not turn into writes.
  if (!stored.lastUsedAt || now.getTime() - stored.lastUsedAt.getTime() > 60_000) {
    await prisma.apiKey.update({ where: { id: stored.id }, data: { lastUsedAt: now } });
  }
  if (stored.employerId) {
    return { kind: "EMPLOYER", keyId: stored.id, prefix: stored.prefix, employerId: stored.employerId, scopes: stored.scopes };
  }
  return { kind: "ADMIN", keyId: stored.id, prefix: stored.prefix, scopes: stored.scopes };
}

export interface CreateKeyOptions {
  /** The employer the key acts for; omit for an admin key. */
  employerSlug?: string;
  scopes?: readonly ApiKeyScope[];
  name?: string;
  expiresAt?: Date;
}

/** Creates a key and returns it in full: the only time the secret exists outside the caller's hands. */
export async function createApiKey(prisma: PrismaClient, options: CreateKeyOptions) {
  let employerId: string | null = null;
  let scopes: ApiKeyScope[];
  if (options.employerSlug !== undefined) {
    scopes = checkEmployerScopes(options.scopes ?? []);
    const employer = await prisma.employer.findUnique({ where: { slug: options.employerSlug }, select: { id: true } });
    if (!employer) throw new Error(`No employer with slug "${options.employerSlug}".`);
    employerId = employer.id;
  } else {
    scopes = ["ADMIN"];
  }
  if (options.expiresAt && Number.isNaN(options.expiresAt.getTime())) throw new Error("The expiry date is not a valid date.");
  const { key, prefix, secretHash } = generateKey();
  const row = await prisma.apiKey.create({
    data: { prefix, secretHash, employerId, scopes, name: options.name ?? null, expiresAt: options.expiresAt ?? null },
    include: { employer: { select: { slug: true } } },
  });
  return { key, apiKey: row };
}

/** The scopes of an employer key, deduplicated; throws when there are none or one is ADMIN. */
export function checkEmployerScopes(scopes: readonly ApiKeyScope[]): ApiKeyScope[] {
  const unique = [...new Set(scopes)];
  if (unique.length === 0) throw new Error(`An employer key needs scopes: ${EMPLOYER_SCOPES.map(scopeToCli).join(", ")}.`);
  const invalid = unique.filter((scope) => !(EMPLOYER_SCOPES as readonly string[]).includes(scope));
  if (invalid.length) throw new Error(`An employer key cannot hold ${invalid.map(scopeToCli).join(", ")}; use an admin key.`);
  return unique;
}

/** Every key, newest first, without secrets. */
export function listApiKeys(prisma: PrismaClient) {
  return prisma.apiKey.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { employer: { select: { slug: true } } } });
}

/** Revokes a key by prefix (idempotent: the first revocation time is kept). */
export async function revokeApiKey(prisma: PrismaClient, prefix: string, now = new Date()) {
  const key = await prisma.apiKey.findUnique({ where: { prefix } });
  if (!key) throw new Error(`No API key with prefix "${prefix}".`);
  if (key.revokedAt) return key;
  return prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: now } });
}

/** "WRITE_POSTINGS" -> "write-postings", as the CLI spells scopes. */
export function scopeToCli(scope: string): string {
  return scope.toLowerCase().replaceAll("_", "-");
}

/** "write-postings" -> "WRITE_POSTINGS". */
export function scopeFromCli(value: string): ApiKeyScope {
  const scope = value.trim().toUpperCase().replaceAll("-", "_");
  if (!(EMPLOYER_SCOPES as readonly string[]).includes(scope) && scope !== "ADMIN") {
    throw new Error(`Unknown scope "${value}". Scopes: ${[...EMPLOYER_SCOPES, "ADMIN"].map(scopeToCli).join(", ")}.`);
  }
  return scope as ApiKeyScope;
}
