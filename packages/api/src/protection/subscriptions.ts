// A subscription is priced like a query when it starts (what each event delivers), and a client
// may hold only so many open at once: each is an HTTP response kept open on this process.
//
// The count is taken atomically: a slot is reserved (checked and incremented in one synchronous
// step) before anything is awaited, and given back if the subscription is refused or fails to
// start, or when it ends. Checking first and counting once the stream has started let every
// request in flight across those awaits through.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { ProtectionConfig } from "../config.js";
import { clientKey, clientKind, type RequestContext } from "./client.js";
import { LimitCode } from "./codes.js";
import type { Admit } from "./cost-limit.js";

/** Open (or starting) subscriptions by client, on this process. */
class SubscriptionSlots {
  private readonly open = new Map<string, number>();
  constructor(private readonly max: number) {}

  /** Takes a slot for `client` at once, or returns undefined when it holds `max`; the release is idempotent. */
  reserve(client: string): (() => void) | undefined {
    const held = this.open.get(client) ?? 0;
    if (held >= this.max) return undefined;
    this.open.set(client, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(client) ?? 1) - 1;
      if (left > 0) this.open.set(client, left);
      else this.open.delete(client);
    };
  }
}

export function subscriptionLimitPlugin(options: Pick<ProtectionConfig, "maxSubscriptionsPerClient" | "trustProxy">, admit: Admit): Plugin {
  const { maxSubscriptionsPerClient: max } = options;
  const slots = new SubscriptionSlots(max);
  return {
    async onSubscribe({ args, subscribeFn, setSubscribeFn, setResultAndStopExecution }) {
      const context = args.contextValue as unknown as RequestContext;
      // No await before this line: the slot is the client's from here on, or refused.
      const release = slots.reserve(`${clientKind(context)}:${clientKey(context, options.trustProxy)}`);
      if (!release) {
        // Refused before it is priced, so a refused subscription takes nothing from the allowance.
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Too many open subscriptions: a client may hold ${max} at once; close one first.`, {
              extensions: { code: LimitCode.TOO_MANY_SUBSCRIPTIONS, maxSubscriptions: max, http: { status: 429 } },
            }),
          ],
        });
        return;
      }
      let admitted: Awaited<ReturnType<Admit>>;
      try {
        admitted = await admit(args, context);
      } catch (error) {
        release();
        throw error;
      }
      if (admitted?.refusal) {
        release();
        setResultAndStopExecution({ errors: [admitted.refusal], extensions: { cost: admitted.extension } });
        return;
      }
      // A subscribe that throws never reaches onSubscribeResult.
      setSubscribeFn(async (subscribeArgs) => {
        try {
          return await subscribeFn(subscribeArgs);
        } catch (error) {
          release();
          throw error;
        }
      });
      return {
        onSubscribeResult({ result }) {
          // Refused by the resolver (e.g. a bad filter) or a later plugin: nothing open.
          if (!(Symbol.asyncIterator in result)) {
            release();
            return;
          }
          return { onEnd: release };
        },
      };
    },
  };
}
