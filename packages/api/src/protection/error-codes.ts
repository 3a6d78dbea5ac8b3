// Every error names its request and has a code, whichever stage it came from; no original errors
// outside development.
import { type ExecutionResult, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { ErrorCode } from "../graphql/errors.js";
import { LimitCode } from "./codes.js";
import { CSRF_HEADER, YOGA_CSRF_MESSAGE } from "./csrf.js";

/**
 * A body that is not JSON, or JSON that is not a GraphQL request, gets HTTP 400 whatever the client
 * accepts (GraphQL over HTTP: "the server SHOULD respond with 400"). Yoga marks these errors
 * `http.spec` (code BAD_REQUEST), which keeps legacy `application/json` clients on 200; errors in
 * the document itself (GRAPHQL_PARSE_FAILED, validation) keep that 200, as the spec says.
 */
function requestErrorStatus(extensions: Record<string, unknown> | undefined) {
  const http = extensions?.http as { spec?: boolean; status?: number } | undefined;
  if (!http?.spec || extensions?.code !== "BAD_REQUEST") return {};
  const { spec: _legacy, ...rest } = http;
  return { http: rest };
}

/** `requestId` gives the request id yoga.ts assigned to a request. */
export function errorCodesPlugin(options: { exposeErrorDetails: boolean }, requestId: (request: Request) => string): Plugin {
  // Yoga attaches the original error (e.g. the JSON parser's message) to some request errors.
  const withoutDetails = (extensions: Record<string, unknown> | undefined) => {
    if (options.exposeErrorDetails || !extensions || !("originalError" in extensions)) return extensions;
    const { originalError: _hidden, ...rest } = extensions;
    return rest;
  };

  return {
    onResultProcess({ request, result, setResult }) {
      const id = requestId(request);
      const tag = (single: ExecutionResult): ExecutionResult => {
        if (!single.errors?.length) return single;
        return {
          ...single,
          errors: single.errors.map((error) => {
            const code =
              error.extensions?.code ??
              (error.message === YOGA_CSRF_MESSAGE
                ? LimitCode.CSRF_HEADER_REQUIRED
                : error.message.startsWith('Variable "$')
                  ? ErrorCode.BAD_USER_INPUT
                  : // What is left is a request GraphQL cannot run (no query, a malformed body...).
                    "BAD_REQUEST");
            return new GraphQLError(
              error.message === YOGA_CSRF_MESSAGE
                ? `A request without a JSON content type must send the ${CSRF_HEADER} header (CSRF prevention).`
                : error.message,
              {
                nodes: error.nodes,
                source: error.source,
                positions: error.positions,
                path: error.path,
                extensions: { ...withoutDetails(error.extensions), ...requestErrorStatus(error.extensions), code, requestId: id },
              },
            );
          }),
        };
      };
      if (Array.isArray(result)) setResult(result.map(tag));
      else if (!(Symbol.asyncIterator in result)) setResult(tag(result as ExecutionResult));
    },
  };
}
