// createClient: the runtime's request function, with one typed method per operation and one
// paginator per connection.

import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { type ChangesMethod, createChanges, type SyncOptions, syncChanges } from "./changes.js";
import { type ConnectionSpec, connections, operations } from "./operations.js";
import { type ConnectionOptions, type PaginateOptions, paginateConnection } from "./runtime/paginate.js";
import { type ClientOptions, createRequest, type RequestFunction, type VariablesArgs } from "./runtime/transport.js";

/** `client.searchPostings(variables?, options?)` and the like: resolves to the operation's data. */
export type OperationMethods = {
  [K in keyof typeof operations]: (typeof operations)[K] extends DocumentTypeDecoration<infer TResult, infer TVariables>
    ? (...args: VariablesArgs<TVariables>) => Promise<TResult>
    : never;
};

/** Paging variables without the cursor, which the paginator manages. */
type PaginateArgs<TVariables> =
  Record<never, never> extends TVariables ? [variables?: TVariables, options?: PaginateOptions] : [variables: TVariables, options?: PaginateOptions];

/** `client.paginate.postings(variables?, { limit? })` and the like: an async iterator over nodes. */
export type Paginators = {
  [K in keyof typeof connections]: (typeof connections)[K] extends ConnectionSpec<any, infer TVariables, infer TNode, infer TCursor>
    ? (...args: PaginateArgs<Omit<TVariables, TCursor | "before" | "last">>) => AsyncGenerator<TNode, void, undefined>
    : never;
};

export interface JobgraphClient extends Omit<OperationMethods, "changes"> {
  /**
   * The change feed: `changes(variables?)` reads one page; `changes.iterate({ after?, filter?, pageSize? })`
   * every change in order until caught up.
   */
  changes: ChangesMethod;
  /**
   * Keeps a copy in step with the change feed: catches up from `store.load()`, hands each change to
   * `onChange` and saves its cursor, then polls until `signal` aborts (and then resolves).
   */
  sync(options: SyncOptions): Promise<void>;
  /** Runs any document (typed from codegen, or a string) with the same transport. */
  request: RequestFunction;
  paginate: Paginators;
  /** Pages through a connection of a custom document. */
  paginateConnection<TResult, TVariables, TNode>(
    document: DocumentTypeDecoration<TResult, TVariables>,
    variables: TVariables,
    options: ConnectionOptions<TResult, TNode>,
  ): AsyncGenerator<TNode, void, undefined>;
}

/** Creates a client for one Jobgraph endpoint. Cheap: make one per endpoint and API key, and share it. */
export function createClient(options: ClientOptions): JobgraphClient {
  const request = createRequest(options);
  const methods: Record<string, unknown> = {};
  for (const [name, document] of Object.entries(operations)) {
    methods[name] = (variables?: Record<string, unknown>, call?: object) => request(document as any, variables, call);
  }
  const paginate: Record<string, unknown> = {};
  for (const [name, { document, connection, cursorVariable, pageSizeVariable }] of Object.entries(connections)) {
    paginate[name] = (variables = {}, call: PaginateOptions = {}) =>
      paginateConnection(request, document as any, variables, { ...call, connection: connection as any, cursorVariable, pageSizeVariable });
  }
  const changes = createChanges(request);
  return {
    ...(methods as OperationMethods),
    changes,
    sync: (syncOptions) => syncChanges(changes, syncOptions),
    request,
    paginate: paginate as Paginators,
    paginateConnection: (document, variables, connectionOptions) => paginateConnection(request, document, variables, connectionOptions),
  };
}
