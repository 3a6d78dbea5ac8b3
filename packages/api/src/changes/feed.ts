// The change feed (issue 16): reading the `changes` outbox that the database's triggers write in
// each writing transaction (prisma/migrations/20261130130000_change_feed).
//
// Order without skips. Rows are read in (txid, seq) order and only below the horizon: the oldest
// transaction id still running when the read starts (pg_snapshot_xmin). A transaction that has not
// committed yet has an id at or above the horizon, so every row it will ever add sorts after every
// row a reader has been given: a cursor never passes a change that commits later. The cost is that
// one long transaction holds the feed back until it ends.
//
// Retention. A row older than CHANGE_RETENTION_DAYS is pruned when a later row of the same object
// supersedes it for everyone who could see it (same employer; public if it was public). The latest
// change of every object is kept, so reading from the start is always a full copy, and a reader at
// any position still ends with every object's current state; what pruning loses is history (the
// intermediate changes). So a cursor from before the pruned position is CURSOR_EXPIRED — unless it
// belongs to a read from the start that has not caught up yet (a snapshot cursor): such a reader
// asked for the state, not the history, and pruning while it reads cannot make its copy wrong.

import { GraphQLError } from "graphql";
import type { Prisma as PrismaNamespace } from "../generated/prisma/client.js";
import { Prisma } from "../generated/prisma/client.js";
import type { ChangeKind, ChangeObjectType, PostingStatus } from "../generated/prisma/enums.js";
import { badUserInput, ErrorCode } from "../graphql/errors.js";
import { publicStatusSql } from "../posting/visibility.js";
import { draftReaderOf, type Viewer } from "../viewer/viewer.js";

/** The GraphQL type of each kind of object the feed reports. */
export const CHANGE_TYPENAME: Record<ChangeObjectType, "Posting" | "Employer" | "Benefit"> = {
  POSTING: "Posting",
  EMPLOYER: "Employer",
  BENEFIT: "Benefit",
};

/** Changes are kept at least this long (the latest change of each object, for ever). */
export const CHANGE_RETENTION_DAYS = 30;

/** A place in the feed: after the change (txid, seq). */
export interface FeedPosition {
  txid: bigint;
  seq: bigint;
  /** Part of a read from the start that has not caught up yet: never expires (see above). */
  snapshot?: boolean;
}

export const FEED_START: FeedPosition = { txid: 0n, seq: 0n, snapshot: true };

/** One row of the outbox, as the feed hands it out (`snapshot`: read by a read from the start, so its edge cursor is a snapshot cursor). */
export interface ChangeRow extends FeedPosition {
  objectType: ChangeObjectType;
  objectId: string;
  employerId: string | null;
  kind: ChangeKind;
  changedFields: string[];
  statusBefore: PostingStatus | null;
  statusAfter: PostingStatus | null;
  at: Date;
}

export interface ChangeFilter {
  types?: readonly ChangeObjectType[] | null;
  kinds?: readonly ChangeKind[] | null;
  employerIds?: readonly string[] | null;
}

const MAX_BIGINT = 9_223_372_036_854_775_807n;

/**
 * Feed cursors are positions, not signed like other cursors: they must outlive the process and the
 * server's cursor secret for 30 days, and a made-up position can only skip or repeat changes the
 * caller may see anyway. They are still opaque to clients (compare them only for equality).
 */
export function encodeFeedCursor({ txid, seq, snapshot }: FeedPosition): string {
  return `${snapshot ? "chg1s_" : "chg1_"}${txid.toString(36)}_${seq.toString(36)}`;
}

const CURSOR_SHAPE = /^chg1(s?)_([0-9a-z]{1,13})_([0-9a-z]{1,13})$/;

export function decodeFeedCursor(cursor: string, argument = "after"): FeedPosition {
  const match = cursor.length <= 40 ? CURSOR_SHAPE.exec(cursor) : null;
  const txid = match ? parseBase36(match[2] as string) : null;
  const seq = match ? parseBase36(match[3] as string) : null;
  if (txid === null || seq === null)
    throw badUserInput(`Argument "${argument}" is not a change-feed cursor: pass back unchanged a cursor \`changes\` returned.`, argument);
  return match?.[1] ? { txid, seq, snapshot: true } : { txid, seq };
}

function parseBase36(digits: string): bigint | null {
  let value = 0n;
  for (const digit of digits) value = value * 36n + BigInt(Number.parseInt(digit, 36));
  return value <= MAX_BIGINT ? value : null;
}

export const comparePositions = (a: FeedPosition, b: FeedPosition): number => (a.txid === b.txid ? Number(a.seq - b.seq) : a.txid < b.txid ? -1 : 1);

export function cursorExpired(): GraphQLError {
  return new GraphQLError(
    `This change-feed cursor is older than the feed keeps (${CHANGE_RETENTION_DAYS} days). Read the feed again from the start (no \`after\`) into an empty copy: it holds the latest change of every object.`,
    { extensions: { code: ErrorCode.CURSOR_EXPIRED, argument: "after", retentionDays: CHANGE_RETENTION_DAYS } },
  );
}

/**
 * Which changes a viewer sees: an admin all of them; everyone the changes of employers and benefits
 * and of postings that were public before or after the change (a change out of public view is the
 * public's tombstone); an employer key with READ_DRAFTS also every change of its own employer.
 */
export function visibleChangesSql(viewer: Viewer): PrismaNamespace.Sql {
  const reader = draftReaderOf(viewer);
  if (reader === "all") return Prisma.sql`TRUE`;
  return reader ? Prisma.sql`(${publicChangeSql("c")} OR c.employer_id = ${reader}::uuid)` : publicChangeSql("c");
}

/** "Anyone may see this change", on the changes row aliased `alias` (an identifier from the code). */
const publicChangeSql = (alias: string): PrismaNamespace.Sql =>
  Prisma.sql`(${Prisma.raw(alias)}.object_type <> 'POSTING' OR ${publicStatusSql(`${alias}.status_before`)} OR ${publicStatusSql(`${alias}.status_after`)})`;

/** The filter as a test of a change (webhook endpoints' filters); agrees with changeFilterSql (tested). */
export function changeMatches(filter: ChangeFilter | null | undefined, change: Pick<ChangeRow, "objectType" | "kind" | "employerId">): boolean {
  if (filter?.types && !filter.types.includes(change.objectType)) return false;
  if (filter?.kinds && !filter.kinds.includes(change.kind)) return false;
  if (filter?.employerIds && (change.employerId === null || !filter.employerIds.includes(change.employerId))) return false;
  return true;
}

/** The filter as SQL on the changes row `c`. Enum values are checked by GraphQL; ids are UUIDs. */
export function changeFilterSql(filter: ChangeFilter | null | undefined): PrismaNamespace.Sql {
  const and: PrismaNamespace.Sql[] = [];
  if (filter?.types) and.push(Prisma.sql`c.object_type::text = ANY(${[...filter.types]}::text[])`);
  if (filter?.kinds) and.push(Prisma.sql`c.kind::text = ANY(${[...filter.kinds]}::text[])`);
  if (filter?.employerIds) and.push(Prisma.sql`c.employer_id = ANY(${[...filter.employerIds]}::uuid[])`);
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}

export interface FeedPage {
  rows: ChangeRow[];
  hasNextPage: boolean;
  /** Positions at or before this were pruned (read in the same statement as the rows). */
  pruned: FeedPosition;
  /** Where to read on from: the last row, or, once caught up, past every row below the horizon. */
  end: FeedPosition;
}

interface RawRow {
  txid: bigint;
  seq: bigint;
  object_type: ChangeObjectType;
  object_id: string;
  employer_id: string | null;
  kind: ChangeKind;
  changed_fields: string[];
  status_before: PostingStatus | null;
  status_after: PostingStatus | null;
  at: Date;
  horizon: bigint;
  pruned_txid: bigint;
  pruned_seq: bigint;
}

type Client = Pick<PrismaNamespace.TransactionClient, "$queryRaw">;

/** One page of changes after `after` that `condition` lets through, in feed order. */
export async function readChangePage(client: Client, after: FeedPosition, first: number, condition: PrismaNamespace.Sql): Promise<FeedPage> {
  // The horizon and the pruned position are read in the same statement (one snapshot) as the rows.
  const raw = await client.$queryRaw<RawRow[]>`
    WITH horizon AS MATERIALIZED (
      SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin, s.pruned_txid, s.pruned_seq
      FROM change_feed_state s WHERE s.id = 1)
    SELECT h.xmin AS horizon, h.pruned_txid, h.pruned_seq, c.txid, c.seq, c.object_type::text, c.object_id::text, c.employer_id::text, c.kind::text,
           c.changed_fields, c.status_before::text, c.status_after::text, c.at
    FROM horizon h LEFT JOIN LATERAL (
      SELECT * FROM changes c
      WHERE c.txid < h.xmin AND (c.txid, c.seq) > (${after.txid}::bigint, ${after.seq}::bigint) AND ${condition}
      ORDER BY c.txid, c.seq
      LIMIT ${first + 1}
    ) c ON TRUE`;
  const horizon = BigInt(raw[0]?.horizon ?? 0n);
  const pruned = { txid: BigInt(raw[0]?.pruned_txid ?? 0n), seq: BigInt(raw[0]?.pruned_seq ?? 0n) };
  const present = raw.filter((row) => row.txid !== null);
  const hasNextPage = present.length > first;
  const rows = present.slice(0, first).map(
    (row): ChangeRow => ({
      txid: BigInt(row.txid),
      seq: BigInt(row.seq),
      objectType: row.object_type,
      objectId: row.object_id,
      employerId: row.employer_id,
      kind: row.kind,
      changedFields: row.changed_fields ?? [],
      statusBefore: row.status_before,
      statusAfter: row.status_after,
      at: row.at,
    }),
  );
  if (after.snapshot) for (const row of rows) row.snapshot = true;
  const last = rows.at(-1);
  let end: FeedPosition = last ? { txid: last.txid, seq: last.seq, snapshot: after.snapshot } : after;
  // Caught up: every row below the horizon has been seen, so the next read may start past them all;
  // a read from the start has its copy now, and reads history from here on.
  if (!hasNextPage && first > 0) {
    const caughtUp = { txid: horizon - 1n, seq: MAX_BIGINT };
    end = comparePositions(caughtUp, end) > 0 ? caughtUp : { txid: end.txid, seq: end.seq };
  }
  return { rows, hasNextPage, pruned, end };
}

/** Whether a read from `after` may have missed changes that pruning removed (a snapshot read never has). */
export const expiredAfter = (after: FeedPosition, page: FeedPage): boolean => !after.snapshot && comparePositions(after, page.pruned) < 0;

/**
 * Deletes changes older than the retention that a later change of the same object supersedes for
 * everyone who could see them (same employer, and public if they were public: so no reader loses a
 * tombstone to a change it cannot see), and moves the pruned position to the latest deleted one.
 * Returns how many were deleted.
 */
export async function pruneChanges(
  client: Pick<PrismaNamespace.TransactionClient, "$queryRaw">,
  now: Date,
  retentionDays = CHANGE_RETENTION_DAYS,
): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  const [result] = await client.$queryRaw<Array<{ deleted: bigint }>>`
    WITH deleted AS (
      DELETE FROM changes c
      WHERE c.at < ${before}
        AND EXISTS (
          SELECT 1 FROM changes n
          WHERE n.object_type = c.object_type AND n.object_id = c.object_id AND (n.txid, n.seq) > (c.txid, c.seq)
            AND n.employer_id IS NOT DISTINCT FROM c.employer_id AND (${publicChangeSql("n")} OR NOT ${publicChangeSql("c")}))
      RETURNING c.txid, c.seq
    ), last AS (SELECT txid, seq FROM deleted ORDER BY txid DESC, seq DESC LIMIT 1),
    moved AS (
      UPDATE change_feed_state s SET pruned_txid = last.txid, pruned_seq = last.seq FROM last
      WHERE s.id = 1 AND (last.txid, last.seq) > (s.pruned_txid, s.pruned_seq)
    )
    SELECT count(*) AS deleted FROM deleted`;
  return Number(result?.deleted ?? 0);
}
