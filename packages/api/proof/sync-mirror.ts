// The mirror of pnpm proof:sync, run as its own process so the proof can kill it (SIGKILL) and start
// it again: it keeps a copy of Jobgraph's public data with the SDK's client.sync(), anonymously.
//
// Its store is an append-only journal: one line per change applied, holding the change's cursor and
// what it did to the copy, written in one append. Applying and saving are therefore one step: after
// a kill, the copy and the cursor come back together from the journal, and sync resumes after the
// last line. The copy keeps a few fields of each object, enough to compare with the database.
//
//   node --import tsx proof/sync-mirror.ts <endpoint> <journal file>
import { appendFileSync, existsSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { type Change, createClient } from "../../sdk/src/index.js";

const [endpoint, journalFile] = process.argv.slice(2);
if (!endpoint || !journalFile) throw new Error("usage: sync-mirror.ts <endpoint> <journal>");

interface Line {
  /** The cursor after this line. */
  c: string;
  /** The object applied: its id and kept fields, or null fields for a removal; absent for a cursor-only save. */
  id?: string;
  v?: Record<string, unknown> | null;
}

/** The fields the proof compares. */
function kept(change: Change): Record<string, unknown> | null {
  const node = change.node;
  if (!node) return null;
  if (node.__typename === "Posting") return { type: "Posting", version: node.version, status: node.status, title: node.title };
  if (node.__typename === "Employer") return { type: "Employer", version: node.version, name: node.name };
  return { type: "Benefit", key: node.key, name: node.name };
}

let cursor: string | null = null;
if (existsSync(journalFile)) {
  const text = readFileSync(journalFile, "utf8");
  // A line cut short by a kill was never saved, so never applied: dropped.
  const complete = text.slice(0, text.lastIndexOf("\n") + 1);
  if (complete.length !== text.length) truncateSync(journalFile, Buffer.byteLength(complete));
  const last = complete.trimEnd().split("\n").at(-1);
  if (last) cursor = (JSON.parse(last) as Line).c;
}

let pending: Change | null = null;
const client = createClient({ endpoint });
const stop = new AbortController();
process.on("SIGTERM", () => stop.abort());

await client.sync({
  pollIntervalMs: 300,
  signal: stop.signal,
  store: {
    load: () => cursor,
    save: (next) => {
      const line: Line = pending ? { c: next, id: pending.objectId, v: kept(pending) } : { c: next };
      appendFileSync(journalFile, `${JSON.stringify(line)}\n`);
      pending = null;
      cursor = next;
    },
    reset: () => {
      writeFileSync(journalFile, "");
      cursor = null;
    },
  },
  onChange: (change) => {
    pending = change;
  },
  onCaughtUp: ({ cursor: at }) => {
    process.stdout.write(`caught-up ${at}\n`);
  },
});
process.exit(0);
