// Async iteration over a Relay connection: follows pageInfo.endCursor page by page, yielding nodes.

import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
// The largest page the API serves (generated from its definition): fewer, larger pages mean fewer round trips.
import { MAX_PAGE_SIZE } from "../limits.generated.js";
import type { RequestFunction, RequestOptions } from "./transport.js";

/** The part of a Relay connection that paging needs. */
export interface ConnectionPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: readonly TNode[];
}

export interface PaginateOptions extends RequestOptions {
  /** Stop after this many nodes (default: all of them). */
  limit?: number;
}

export interface ConnectionOptions<TResult, TNode> extends PaginateOptions {
  /** Where the connection is in the result; null or undefined ends the iteration. */
  connection: (data: TResult) => ConnectionPage<TNode> | null | undefined;
  /** The variable that takes the cursor (default "after"). */
  cursorVariable?: string;
  /** The variable that takes the page size (default "first"). */
  pageSizeVariable?: string;
}

/**
 * Iterates over every node of a connection, requesting the next page only when the previous one has
 * been consumed. The page size is the variables' own (e.g. `first`), or 100; the last page asks only
 * for what the limit still allows.
 */
export async function* paginateConnection<TResult, TVariables, TNode>(
  request: RequestFunction,
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables,
  options: ConnectionOptions<TResult, TNode>,
): AsyncGenerator<TNode, void, undefined> {
  const { connection, cursorVariable = "after", pageSizeVariable = "first", limit = Number.POSITIVE_INFINITY, ...requestOptions } = options;
  const vars = { ...variables } as Record<string, unknown>;
  const pageSize = (vars[pageSizeVariable] as number | null | undefined) ?? MAX_PAGE_SIZE;
  for (let yielded = 0; yielded < limit; ) {
    vars[pageSizeVariable] = Math.min(pageSize, limit - yielded);
    const page = connection(
      await request<TResult, Record<string, unknown>>(document as DocumentTypeDecoration<TResult, Record<string, unknown>>, vars, requestOptions),
    );
    if (!page) return;
    for (const node of page.nodes) {
      yield node;
      if (++yielded >= limit) return;
    }
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    vars[cursorVariable] = page.pageInfo.endCursor;
  }
}
