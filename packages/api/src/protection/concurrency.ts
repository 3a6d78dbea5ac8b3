// A client (its API key, or its address when anonymous: client.ts) may have only so many
// operations executing at once on a process, so that one client cannot hold every pooled database
// connection (each executing operation may hold one until its deadline). Beyond the cap: 429
// TOO_MANY_CONCURRENT_REQUESTS with Retry-After. Subscriptions are capped by subscriptions.ts.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ProtectionConfig } from "../config.js";
import { clientKey, clientKind, type RequestContext } from "./client.js";
import { LimitCode } from "./codes.js";

export function concurrencyLimitPlugin(options: Pick<ProtectionConfig, "maxConcurrentRequestsPerClient" | "trustProxy">): Plugin {
  const { maxConcurrentRequestsPerClient: max } = options;
  /** Operations executing, by client, on this process. */
  const executing = new Map<string, number>();
  return {
    onExecute({ executeFn, setExecuteFn }) {
      // Wraps execution itself (inside the execution timeout's race), so a client's operation counts
      // until its work has ended, even after a timeout or a disconnect has answered it.
      setExecuteFn(async (args) => {
        const context = args.contextValue as RequestContext;
        const client = `${clientKind(context)}:${clientKey(context, options.trustProxy)}`;
        // Checked and taken with no await in between: concurrent requests cannot both pass.
        const running = executing.get(client) ?? 0;
        if (running >= max) {
          return {
            errors: [
              new GraphQLError(`Too many concurrent requests: a client may have ${max} operations running at once; wait for one to finish.`, {
                extensions: {
                  code: LimitCode.TOO_MANY_CONCURRENT_REQUESTS,
                  maxConcurrentRequests: max,
                  http: { status: 429, headers: { "retry-after": "1" } },
                },
              }),
            ],
          };
        }
        executing.set(client, running + 1);
        try {
          return await executeFn(args);
        } finally {
          const left = (executing.get(client) ?? 1) - 1;
          if (left > 0) executing.set(client, left);
          else executing.delete(client);
        }
      });
    },
  };
}
