import type { Command } from "commander";
import { loadConfig } from "../config/config.ts";
import { createApolloServer } from "../graphql/createApolloServer.ts";
import { startHttpServer } from "../graphql/startHttpServer.ts";
import { createDocumentWriter } from "../ingest/createDocumentWriter.ts";
import { extractInWorkers } from "../ingest/extractInWorkers.ts";
import { seedGraph } from "../ingest/seedGraph.ts";
import { createLogger } from "../log/createLogger.ts";
import { countGraph } from "../store/countGraph.ts";
import { GraphStore } from "../store/GraphStore.ts";
import { retraceStaleFollowUps } from "../store/storeFollowUps.ts";
import { openGraph } from "./openGraph.ts";

/**
 * Runs the service until SIGINT or SIGTERM: the graph (the local Neo4j unless NEO4J_URI is set), seeded
 * first when `seedIfEmpty` and it holds no document, and the GraphQL API. On a signal it stops taking
 * requests, lets those in flight finish, closes the driver and stops a local Neo4j it started.
 */
export async function serve(options: { seedIfEmpty: boolean }): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const graph = await openGraph(config, logger);
  // Documents posted to the API are extracted in a worker thread: parsing a large PDF does not hold up
  // queries, and one that takes too long to read is stopped there.
  const extraction = extractInWorkers(1);
  const stopRetracing = new AbortController();
  try {
    if (options.seedIfEmpty && ((await countGraph(graph.executor)).nodes.Document ?? 0) === 0) {
      const summary = await seedGraph(graph.executor, { extract: extraction.extract });
      logger.info({ ingested: summary.ingested, failed: summary.failed }, "seeded an empty graph");
    }
    const server = createApolloServer(logger);
    const { url } = await startHttpServer(server, {
      port: config.port,
      host: config.host,
      store: new GraphStore(graph.executor),
      writer: createDocumentWriter(graph.executor, extraction.extract),
      apiKey: config.apiKey,
    });
    logger.info({ url, mutations: config.apiKey ? "enabled" : "disabled (no API_KEY)" }, "GraphQL API ready");
    console.error(`Explorer at ${new URL("/", url)}; GraphQL API and playground at ${url}`);
    // Stale stored follow-ups are not trusted (tracing runs on the fly for them), so they are traced again
    // while the API serves, not before it starts.
    const retracing = retraceStaleFollowUps(graph.executor, stopRetracing.signal).then(
      (authorities) => authorities > 0 && logger.info({ authorities }, "stored follow-ups traced again"),
      (error: unknown) => logger.error({ err: error }, "tracing stale follow-ups again failed"),
    );
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        logger.info({ signal }, "shutting down");
        resolve();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    stopRetracing.abort();
    await retracing;
    await server.stop();
  } finally {
    await extraction.close();
    await graph.close({ stopLocal: true });
  }
}

/** Adds `serve` (the API on an existing graph) and `start` (the same, seeding an empty graph first). */
export function registerServeCommands(program: Command): void {
  program
    .command("serve")
    .description("Serve the GraphQL API and playground on PORT (default 4000)")
    .action(() => serve({ seedIfEmpty: false }));
  program
    .command("start")
    .description("Start Neo4j if needed, seed an empty graph, and serve the GraphQL API (npm start)")
    .action(() => serve({ seedIfEmpty: true }));
}
