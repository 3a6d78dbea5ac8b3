import { expect } from "vitest";
import { createJobgraphYoga, type JobgraphYoga, type YogaOptions } from "../../src/http/yoga.js";
import { logger } from "../../src/observability/logger.js";
import type { ProtectionOptions } from "../../src/protection/index.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: Array<{
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
  }>;
  /** The response's extensions (`cost`). */
  extensions?: Record<string, any>;
}

export interface TestApp {
  db: TestDatabase;
  /** Executes an operation in-process through Yoga's fetch, exactly as over HTTP. */
  execute<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** Like `execute`, but fails the test (printing the query and response) on any error. */
  query<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<TData>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  yoga: JobgraphYoga;
  close(): Promise<void>;
}

export interface TestAppOptions extends Omit<YogaOptions, "prisma" | "logger" | "protection"> {
  /** Limits and protection over the defaults (which have rate limiting off). */
  protection?: Partial<ProtectionOptions>;
  /** Another app's database, to run a second API instance on it. */
  db?: TestDatabase;
}

/** A Jobgraph API on a fresh database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { db: shared, ...yogaOptions } = options;
  const db = shared ?? (await createTestDatabase());
  const yoga = createJobgraphYoga({ prisma: db.prisma, logger, ...yogaOptions });
  const fetch = (path: string, init?: RequestInit) => Promise.resolve(yoga.fetch(new URL(path, "http://jobgraph.test"), init ?? {}));
  const execute = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        // As the SDK does (CSRF prevention; JSON requests pass without it too).
        "x-graphql-yoga-csrf": "1",
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };
  return {
    db,
    execute,
    fetch,
    query: async (query, variables) => {
      const result = await execute(query, variables);
      if (result.errors?.length) {
        expect.fail(`GraphQL errors:\n${JSON.stringify(result.errors, null, 2)}\nfor:\n${query}\n${JSON.stringify(variables ?? {})}`);
      }
      return result.data as never;
    },
    yoga,
    close: async () => {
      await yoga.closeProtection();
      if (!shared) await db.close();
    },
  };
}
