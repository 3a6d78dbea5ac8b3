// A subscription is priced like a query when it starts (what each event delivers), and a client
// may hold only so many open at once: each is an HTTP response kept open on this process.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ProtectionConfig } from "../config.js";
import { clientKey, clientKind, type RequestContext } from "./client.js";
import { LimitCode } from "./codes.js";
import type { Admit } from "./cost-limit.js";

export function subscriptionLimitPlugin(options: Pick<ProtectionConfig, "maxSubscriptionsPerClient" | "trustProxy">, admit: Admit): Plugin {
  const { maxSubscriptionsPerClient: max } = options;
  /** Open subscriptions by client, on this process. */
  const openSubscriptions = new Map<string, number>();
  return {
    async onSubscribe({ args, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as RequestContext;
      const admitted = await admit(args, context);
      if (admitted?.refusal) {
        setResultAndStopExecution({ errors: [admitted.refusal], extensions: { cost: admitted.extension } });
        return;
      }
      const client = `${clientKind(context)}:${clientKey(context, options.trustProxy)}`;
      const open = openSubscriptions.get(client) ?? 0;
      if (open >= max) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Too many open subscriptions: a client may hold ${max} at once; close one first.`, {
              extensions: { code: LimitCode.TOO_MANY_SUBSCRIPTIONS, maxSubscriptions: max, http: { status: 429 } },
            }),
          ],
        });
        return;
      }
      return {
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in result)) return; // Refused by the resolver (e.g. a bad filter): nothing open.
          openSubscriptions.set(client, (openSubscriptions.get(client) ?? 0) + 1);
          let closed = false;
          return {
            onEnd() {
              if (closed) return;
              closed = true;
              const left = (openSubscriptions.get(client) ?? 1) - 1;
              if (left > 0) openSubscriptions.set(client, left);
              else openSubscriptions.delete(client);
            },
          };
        },
      };
    },
  };
}
