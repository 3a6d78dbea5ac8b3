// The runtime alone: transport, errors, retries, pagination and persisted operations, with no
// operation documents. `pnpm sdk:size` measures this entry against the 5 kB budget.
export { type Document, describeOperation, type OperationInfo, type OperationType } from "./document.js";
export {
  type ErrorContext,
  type GraphQLErrorItem,
  GraphQLRequestError,
  HttpError,
  JOBGRAPH_ERROR_CODES,
  JobgraphError,
  type JobgraphErrorCode,
  NetworkError,
  ThrottledError,
  TimeoutError,
  throwOnUserErrors,
  type UserError,
  UserErrorsError,
} from "./errors.js";
export { type ConnectionOptions, type ConnectionPage, type PaginateOptions, paginateConnection } from "./paginate.js";
export { backoffDelay, parseRetryAfter, type RetryOptions } from "./retry.js";
export type { CostExtension, ThrottleEvent, ThrottleOptions, ThrottleStatus } from "./throttle.js";
export {
  type ClientOptions,
  createRequest,
  type FetchLike,
  type PersistedOptions,
  type RequestFunction,
  type RequestOptions,
  sha256Hex,
  type VariablesArgs,
} from "./transport.js";
