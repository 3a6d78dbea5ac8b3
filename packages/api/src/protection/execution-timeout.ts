// An operation that runs longer than `ms` is answered with EXECUTION_TIMEOUT, and its resolvers'
// abort signal fires.
import { type ExecutionResult, GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LimitCode } from "./codes.js";

function timeoutError(ms: number): GraphQLError {
  return new GraphQLError(`The operation did not finish within the execution time limit of ${ms} ms.`, {
    extensions: { code: LimitCode.EXECUTION_TIMEOUT },
  });
}

export function executionTimeoutPlugin(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const controller = new AbortController();
        const incoming = (args as { signal?: AbortSignal }).signal;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            resolve({ errors: [timeoutError(ms)] });
            // Resolvers that honour the signal stop; the rest finish in the background, unanswered.
            controller.abort(timeoutError(ms));
          }, ms);
        });
        const deadline = performance.now() + ms;
        try {
          const signal = incoming ? AbortSignal.any([incoming, controller.signal]) : controller.signal;
          const result = await Promise.race([executeFn({ ...args, signal } as typeof args), timedOut]);
          // Work that never yields to the event loop (the embedded database runs in this thread)
          // keeps the timer from firing: past the deadline, the answer is the same timeout.
          if (performance.now() > deadline && !(Symbol.asyncIterator in result)) return { errors: [timeoutError(ms)] };
          return result;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
