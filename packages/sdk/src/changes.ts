// The change feed: `client.changes(...)` (one page), `client.changes.iterate(...)` (every change
// until caught up) and `client.sync(...)` (catch up from a saved cursor, then poll), plus
// `applyChange` for the common mirror. The feed's contract is the API's (`Query.changes`): changes in
// commit order, `node` the object as it is now or null (a tombstone), `pageInfo.endCursor` always
// set and, once caught up, past the changes the caller cannot see, CURSOR_EXPIRED for a cursor older
// than the feed keeps.

import {
  type BenefitSummaryFragment,
  type ChangeFilter,
  ChangesDocument,
  type ChangesQuery,
  type EmployerDetailFragment,
  type PostingDetailFragment,
} from "./generated/graphql.js";
import { MAX_PAGE_SIZE } from "./limits.generated.js";
import { GraphQLRequestError, HttpError, NetworkError, TimeoutError } from "./runtime/errors.js";
import { RETRY_STATUSES, sleep } from "./runtime/retry.js";
import type { RequestFunction, RequestOptions } from "./runtime/transport.js";

type RawChange = ChangesQuery["changes"]["edges"][number]["node"];

/** The object a change is about, as it is now: what `getPosting`, `getEmployer` and `getBenefit` hold. */
export type ChangeNode =
  | (PostingDetailFragment & { __typename: "Posting" })
  | (EmployerDetailFragment & { __typename: "Employer" })
  | (BenefitSummaryFragment & { __typename: "Benefit" });

/**
 * One change of the feed: what happened to which object (`kind`, `objectType`, `objectId`,
 * `changedFields`, `at`), and `node`, the object as it is now, or null when it was removed or left
 * your view (a tombstone: remove `objectId` from your copy). `node` is a union on `__typename`.
 */
export type Change = Omit<RawChange, "node"> & { node: ChangeNode | null };

/** A change and its cursor: pass the cursor as `after` to read on after this change. */
export interface ChangeItem {
  change: Change;
  cursor: string;
}

/** One page of the feed, as `client.changes(...)` returns it. */
export interface ChangesResult {
  changes: {
    pageInfo: { endCursor: string; hasNextPage: boolean };
    edges: ChangeItem[];
  };
}

export interface ChangesVariables {
  /** Read after this cursor; none (or null) reads from the beginning: the latest change of every object. */
  after?: string | null;
  /** At most this many changes (0 to 100; the API's default is 20). */
  first?: number | null;
  filter?: ChangeFilter | null;
}

export interface IterateChangesOptions extends RequestOptions {
  /** Read after this cursor; none (or null) reads from the beginning. */
  after?: string | null;
  filter?: ChangeFilter | null;
  /** Changes per request (1 to 100; default 100, the fewest round trips). */
  pageSize?: number;
}

/**
 * The changes in feed order, page by page, until caught up; then it returns the page's endCursor.
 * `cursor` is where a caller that stops now reads on from: the last change handed out, and once the
 * iteration has ended the final endCursor (which may be past changes you cannot see).
 */
export interface ChangeIterator extends AsyncGenerator<ChangeItem, string, undefined> {
  readonly cursor: string | undefined;
}

/** `client.changes(variables?, options?)`: one page; `client.changes.iterate(options?)`: every change until caught up. */
export interface ChangesMethod {
  (variables?: ChangesVariables, options?: RequestOptions): Promise<ChangesResult>;
  iterate(options?: IterateChangesOptions): ChangeIterator;
}

/** Where `client.sync` keeps its cursor: your database, a file, memory. */
export interface SyncStore {
  /** The cursor saved last, or null to start from the beginning. */
  load(): Promise<string | null> | string | null;
  /** Called after each change is applied, and when a page moves the cursor past changes you cannot see. */
  save(cursor: string): Promise<void> | void;
  /** The cursor expired (CURSOR_EXPIRED): empty your copy; the feed is then read again from the beginning. */
  reset(): Promise<void> | void;
}

export interface SyncOptions {
  store: SyncStore;
  /** Applies one change; awaited before the cursor is saved and the next change is handed over. */
  onChange: (change: Change) => Promise<void> | void;
  filter?: ChangeFilter | null;
  /** The wait between polls once caught up (default 5 000 ms). */
  pollIntervalMs?: number;
  /** Changes per request (1 to 100; default 100). */
  pageSize?: number;
  /** Stops syncing: `sync` then resolves (after the change in hand is applied and saved). */
  signal?: AbortSignal;
  /** Called each time the copy has caught up with the feed (after the catch-up, then after every poll). */
  onCaughtUp?: (state: { cursor: string }) => Promise<void> | void;
  /**
   * Called with a transient error (network, timeout, 429, 502-504) that outlasted the client's own
   * retries; sync tries again after `pollIntervalMs`. Throw from it to stop: sync rejects with what you
   * threw. Without it, such errors are waited out silently.
   */
  onError?: (error: unknown) => Promise<void> | void;
}

/** The code of the error the API gives for a cursor older than the feed keeps (30 days). */
const CURSOR_EXPIRED = "CURSOR_EXPIRED";

const isCursorExpired = (error: unknown) => error instanceof GraphQLRequestError && error.codes.includes(CURSOR_EXPIRED);

const isTransient = (error: unknown) =>
  error instanceof NetworkError || error instanceof TimeoutError || (error instanceof HttpError && RETRY_STATUSES.has(error.status));

/** The employer's and the benefit's descriptions come under aliases (operations/changes.graphql): renamed back. */
function toChange(raw: RawChange): Change {
  const node = raw.node;
  if (node?.__typename === "Employer") {
    const { employerDescription, employerDescriptionHtml, ...rest } = node;
    return { ...raw, node: { ...rest, description: employerDescription, descriptionHtml: employerDescriptionHtml } };
  }
  if (node?.__typename === "Benefit") {
    const { benefitDescription, ...rest } = node;
    return { ...raw, node: { ...rest, description: benefitDescription } };
  }
  return { ...raw, node };
}

function checkPageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, not ${pageSize}`);
  return pageSize;
}

export function createChanges(request: RequestFunction): ChangesMethod {
  const page = async (variables: ChangesVariables = {}, options?: RequestOptions): Promise<ChangesResult> => {
    const { changes } = await request(ChangesDocument, variables, options);
    return {
      changes: {
        pageInfo: changes.pageInfo,
        edges: changes.edges.map((edge) => ({ change: toChange(edge.node), cursor: edge.cursor })),
      },
    };
  };

  const iterate = (options: IterateChangesOptions = {}): ChangeIterator => {
    const { after, filter, pageSize = MAX_PAGE_SIZE, ...requestOptions } = options;
    const first = checkPageSize(pageSize);
    let cursor = after ?? undefined;
    async function* run(): AsyncGenerator<ChangeItem, string, undefined> {
      for (;;) {
        const { changes } = await page({ after: cursor ?? null, first, filter: filter ?? null }, requestOptions);
        for (const item of changes.edges) {
          cursor = item.cursor;
          yield item;
        }
        cursor = changes.pageInfo.endCursor;
        if (!changes.pageInfo.hasNextPage) return cursor;
      }
    }
    const generator = run();
    return Object.defineProperty(generator, "cursor", { get: () => cursor, enumerable: true }) as ChangeIterator;
  };

  return Object.assign(page, { iterate });
}

/** Resolves after `ms`, or at once when the signal aborts (never rejects). */
const pause = (ms: number, signal: AbortSignal | undefined) => sleep(ms, signal).catch(() => {});

/**
 * Keeps a copy in step with the feed: catches up from the store's cursor, handing each change to
 * `onChange` and then saving its cursor, then polls every `pollIntervalMs` until `signal` aborts.
 * Resolves when aborted; rejects with an error from `onChange` or the store, or a non-transient
 * error of the API. On CURSOR_EXPIRED it calls `store.reset()` and reads again from the beginning (a
 * second CURSOR_EXPIRED before that read has caught up rejects, rather than emptying the copy again).
 */
export async function syncChanges(changes: ChangesMethod, options: SyncOptions): Promise<void> {
  const { store, onChange, filter, pollIntervalMs = 5_000, pageSize = MAX_PAGE_SIZE, signal, onCaughtUp, onError } = options;
  checkPageSize(pageSize);
  let cursor = (await store.load()) ?? undefined;
  // Set by a reset until the feed has been read to its end: a second CURSOR_EXPIRED before then is
  // the server refusing its own cursors, and resetting again would only empty the copy again.
  let rebuilding = false;
  while (!signal?.aborted) {
    const feed = changes.iterate({ after: cursor ?? null, filter: filter ?? null, pageSize, signal });
    try {
      for await (const item of feed) {
        await onChange(item.change);
        await store.save(item.cursor);
        cursor = item.cursor;
        if (signal?.aborted) return;
      }
      // Caught up: the endCursor may have moved past changes this caller cannot see.
      if (feed.cursor !== undefined && feed.cursor !== cursor) {
        await store.save(feed.cursor);
        cursor = feed.cursor;
      }
    } catch (error) {
      if (signal?.aborted) return;
      if (isCursorExpired(error) && !rebuilding) {
        rebuilding = true;
        await store.reset();
        cursor = undefined;
        continue;
      }
      if (!isTransient(error)) throw error;
      await onError?.(error);
      await pause(pollIntervalMs, signal);
      continue;
    }
    rebuilding = false;
    if (cursor !== undefined) await onCaughtUp?.({ cursor });
    await pause(pollIntervalMs, signal);
  }
}

/**
 * The common mirror, keyed by global ID: stores `change.node` under `change.objectId`, or deletes
 * `objectId` for a tombstone (`node: null`). Applying a change twice leaves the same copy.
 */
export function applyChange(mirror: Map<string, ChangeNode>, change: Change): void {
  if (change.node) mirror.set(change.objectId, change.node);
  else mirror.delete(change.objectId);
}
