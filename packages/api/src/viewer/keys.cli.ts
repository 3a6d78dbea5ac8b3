// API keys from the command line (the first admin key has to come from somewhere):
//
//   pnpm keys create --admin [--name NAME] [--expires 2027-01-31 | 90d]
//   pnpm keys create --employer <slug> --scopes read-drafts,write-postings,manage-employer [--name NAME] [--expires ...]
//   pnpm keys list
//   pnpm keys revoke <prefix>
//
// Runs on DATABASE_URL when set, otherwise on the embedded database in JOBGRAPH_DATA_DIR, after
// applying pending migrations. The key is printed once, on stdout; only its hash is stored.
import { parseArgs } from "node:util";
import { databaseConfigFromEnv, openDatabase } from "../db/database.js";
import { applyMigrations } from "../db/migrations.js";
import {
  type CreateKeyOptions,
  checkEmployerScopes,
  createApiKey,
  EMPLOYER_SCOPES,
  listApiKeys,
  revokeApiKey,
  scopeFromCli,
  scopeToCli,
} from "./keys.js";

const USAGE = `Usage:
  pnpm keys create --admin [--name NAME] [--expires DATE|DAYSd]
  pnpm keys create --employer SLUG --scopes SCOPE,... [--name NAME] [--expires DATE|DAYSd]
  pnpm keys list
  pnpm keys revoke PREFIX

Scopes for employer keys: ${EMPLOYER_SCOPES.map(scopeToCli).join(", ")} (write-postings includes read-drafts).
--expires takes a date (2027-01-31, midnight UTC) or a number of days (90d).`;

/** "2027-01-31" or "90d" as a date. */
export function parseExpiry(value: string, now = new Date()): Date {
  const days = /^(\d+)d$/.exec(value);
  if (days) return new Date(now.getTime() + Number(days[1]) * 86_400_000);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new Error(`--expires takes a date (YYYY-MM-DD) or days (90d), got "${value}"`);
  if (date <= now) throw new Error(`--expires must be in the future, got ${value}`);
  return date;
}

const show = (value: Date | null) => (value ? value.toISOString().replace(".000Z", "Z") : "-");

async function main(): Promise<void> {
  const argv = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--"));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      admin: { type: "boolean" },
      employer: { type: "string" },
      scopes: { type: "string" },
      name: { type: "string" },
      expires: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (!["create", "list", "revoke"].includes(command)) throw new Error(`Unknown command "${command}".\n\n${USAGE}`);
  if (command === "revoke" && !rest[0]) throw new Error("Usage: pnpm keys revoke <prefix>");
  // Everything that can be checked without the database is checked before opening it.
  let options: CreateKeyOptions = {};
  if (command === "create") {
    if (Boolean(values.admin) === Boolean(values.employer)) throw new Error("Give either --admin or --employer <slug>.");
    if (values.admin && values.scopes) throw new Error("An admin key holds every scope; leave out --scopes.");
    options = {
      ...(values.employer
        ? { employerSlug: values.employer, scopes: checkEmployerScopes((values.scopes ?? "").split(",").filter(Boolean).map(scopeFromCli)) }
        : {}),
      ...(values.name ? { name: values.name } : {}),
      ...(values.expires ? { expiresAt: parseExpiry(values.expires) } : {}),
    };
  }
  const config = databaseConfigFromEnv();
  const db = await openDatabase(config);
  try {
    await applyMigrations(db.adapterFactory);
    switch (command) {
      case "create": {
        const { key, apiKey } = await createApiKey(db.prisma, options);
        console.error(
          `Created ${apiKey.employer ? `a key for ${apiKey.employer.slug}` : "an admin key"} (prefix ${apiKey.prefix}, scopes ${apiKey.scopes.map(scopeToCli).join(",")}, expires ${show(apiKey.expiresAt)}).`,
        );
        console.error("This is the only time the key is shown; store it now. Send it as: Authorization: Bearer <key>");
        console.log(key);
        break;
      }
      case "list": {
        const keys = await listApiKeys(db.prisma);
        if (!keys.length) {
          console.log("No API keys. Create the first with: pnpm keys create --admin");
          break;
        }
        const rows = keys.map((k) => [
          k.prefix,
          k.employer?.slug ?? "(admin)",
          k.scopes.map(scopeToCli).join(","),
          k.name ?? "",
          show(k.createdAt),
          show(k.expiresAt),
          k.revokedAt ? `revoked ${show(k.revokedAt)}` : k.expiresAt && k.expiresAt <= new Date() ? "expired" : "active",
          show(k.lastUsedAt),
        ]);
        const header = ["PREFIX", "EMPLOYER", "SCOPES", "NAME", "CREATED", "EXPIRES", "STATUS", "LAST USED"];
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
        for (const row of [header, ...rows])
          console.log(
            row
              .map((cell, i) => (cell ?? "").padEnd(widths[i] ?? 0))
              .join("  ")
              .trimEnd(),
          );
        break;
      }
      case "revoke": {
        const key = await revokeApiKey(db.prisma, rest[0] ?? "");
        console.log(`Revoked ${key.prefix} at ${show(key.revokedAt)}.`);
        break;
      }
    }
  } finally {
    await db.close();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  // The WebAssembly schema engine leaves a timer behind; do not wait for it.
  .finally(() => process.exit());
