import type { Executor } from "../../src/db/Executor.ts";
import { createApolloServer } from "../../src/graphql/createApolloServer.ts";
import { startHttpServer } from "../../src/graphql/startHttpServer.ts";
import { createDocumentWriter } from "../../src/ingest/createDocumentWriter.ts";
import { extractInWorkers } from "../../src/ingest/extractInWorkers.ts";
import { createLogger } from "../../src/log/createLogger.ts";
import { GraphStore } from "../../src/store/GraphStore.ts";

export const TEST_API_KEY = "test-api-key-0123456789";

type GraphQLBody = { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

export interface TestApi {
  url: string;
  /** POSTs a GraphQL request; returns the HTTP status and the parsed body. */
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLBody }>;
  stop(): Promise<void>;
}

/**
 * The real API over HTTP on a free loopback port, on the given executor, mutations keyed by TEST_API_KEY
 * and extracting in a worker thread, as the service does.
 */
export async function startTestApi(executor: Executor): Promise<TestApi> {
  const server = createApolloServer(createLogger("silent"));
  const extraction = extractInWorkers(1);
  const { url } = await startHttpServer(server, {
    port: 0,
    host: "127.0.0.1",
    store: new GraphStore(executor),
    writer: createDocumentWriter(executor, extraction.extract),
    apiKey: TEST_API_KEY,
  });
  return {
    url,
    async post(query, variables = {}, headers = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody };
    },
    stop: async () => {
      await server.stop();
      await extraction.close();
    },
  };
}
