import { expect } from "vitest";
import { logger } from "../../src/logger.js";
import { createJobgraphYoga, type YogaOptions } from "../../src/yoga.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: Array<{
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
  }>;
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
  close(): Promise<void>;
}

/** A Jobgraph API on a fresh database of its own. */
export async function createTestApp(options: Omit<YogaOptions, "prisma" | "logger"> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const yoga = createJobgraphYoga({ prisma: db.prisma, logger, ...options });
  const fetch = (path: string, init?: RequestInit) => Promise.resolve(yoga.fetch(new URL(path, "http://jobgraph.test"), init ?? {}));
  const execute = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
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
    close: () => db.close(),
  };
}
