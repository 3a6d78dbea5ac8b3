// Page sizes, defined once. Connections, their argument descriptions, the cost estimate and the
// facet lists read them here; the SDK's generated limits (packages/sdk/src/limits.generated.ts,
// written by scripts/sdk-from-api.ts) are written from this file. No imports: the SDK's
// generator reads it without loading the server.

/** Connections: 20 items by default, at most 100; asking for more is an error rather than a silent cut. */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** Facet lists (employers, places): 10 entries by default, 1 to 100. */
export const FACET_SIZE = { default: 10, min: 1, max: 100 } as const;

/** The query Pothos plans for a connection page: Prisma's paging (take/skip/cursor), plus the selection beneath the nodes. */
export interface PageQuery {
  take?: number;
  skip?: number;
  cursor?: { id?: string };
  [selection: string]: unknown;
}
