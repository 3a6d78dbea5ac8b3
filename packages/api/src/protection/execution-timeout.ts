// One deadline per request: an operation still running `ms` after its execution started is answered
// with EXECUTION_TIMEOUT (what comes before, parsing, validation and the context, is bounded by the
// document limits and not counted: a cold start's first connection must not time a request out). The context carries the deadline and a signal that aborts when it passes
// or when the client goes away (Context.deadline, Context.signal); the statements a request runs
// with that signal, Prisma's included, are cancelled on the database then (db/cancellable.ts), and every pooled
// PostgreSQL connection has a statement_timeout a little past the same budget (statementTimeoutMs).
import { type ExecutionResult, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { requestSignal } from "../db/cancellable.js";
import { isStatementTimeout } from "../db/unavailable.js";
import type { RequestContext } from "./client.js";
import { LimitCode } from "./codes.js";

/** How far past the execution timeout PostgreSQL's own statement_timeout stops a statement. */
const STATEMENT_TIMEOUT_MARGIN_MS = 1_000;

/**
 * The statement_timeout of the API server's PostgreSQL pools: the execution timeout plus a margin,
 * so that a request's own cancellation comes first and the server's ceiling catches the rest
 * (statements sent outside an operation's execution, and inside write transactions).
 */
export const statementTimeoutMs = (executionTimeoutMs: number): number => executionTimeoutMs + STATEMENT_TIMEOUT_MARGIN_MS;

function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(`The operation did not finish within the execution time limit of ${ms} ms.`, {
    extensions: { code: LimitCode.EXECUTION_TIMEOUT },
  });
}

/** A field whose statement PostgreSQL stopped at its statement_timeout: the same refusal, at that field. */
function statementTimeoutError(error: GraphQLError): GraphQLError {
  return new GraphQLError("The operation did not finish within the execution time limit: the database stopped its statement.", {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: LimitCode.EXECUTION_TIMEOUT },
  });
}

/** The signal's reason when the client closed the connection: nobody reads the answer, but nothing logs it as a failure. */
function clientGoneError(): GraphQLError {
  return new GraphQLError("The client closed the request before the operation finished.", {
    extensions: { code: LimitCode.CLIENT_CLOSED_REQUEST },
  });
}

export function executionTimeoutPlugin(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const context = args.contextValue as RequestContext;
        const deadline = Date.now() + ms;
        const controller = new AbortController();
        context.deadline = deadline;
        context.signal = controller.signal;
        // The client going away (Yoga's request signal aborts when the connection closes) ends the request too.
        const incoming = [context.request?.signal, (args as { signal?: AbortSignal }).signal].filter((signal) => signal !== undefined);
        const gone = () => controller.abort(clientGoneError());
        for (const signal of incoming) {
          if (signal.aborted) gone();
          else signal.addEventListener("abort", gone, { once: true });
        }
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () => {
              // Statements run with the signal are cancelled; other work finishes in the background, unanswered.
              controller.abort(timeoutError(ms));
              resolve({ errors: [timeoutError(ms)] });
            },
            Math.max(0, deadline - Date.now()),
          );
        });
        try {
          // Every statement the operation sends, Prisma's too, runs under the signal (db/cancellable.ts).
          const executed = requestSignal.run(controller.signal, () => executeFn({ ...args, signal: controller.signal } as typeof args));
          const result = await Promise.race([executed, timedOut]);
          // Work that never yields to the event loop (the embedded database runs in this thread)
          // keeps the timer from firing: past the deadline, the answer is the same timeout.
          if (Date.now() > deadline && !(Symbol.asyncIterator in result)) return { errors: [timeoutError(ms)] };
          return result;
        } finally {
          clearTimeout(timer);
          for (const signal of incoming) signal.removeEventListener("abort", gone);
        }
      });
      return {
        // Before errors are masked (Yoga masks after every plugin), so it is a limit, not a failure.
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.some((error) => isStatementTimeout(error.originalError))) return;
          setResult({
            ...result,
            errors: result.errors.map((error) => (isStatementTimeout(error.originalError) ? statementTimeoutError(error) : error)),
          });
        },
      };
    },
  };
}
