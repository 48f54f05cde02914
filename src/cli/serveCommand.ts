import cluster from "node:cluster";
import type { Command } from "commander";
import { type Config, loadConfig } from "../config/config.ts";
import { AppError } from "../domain/AppError.ts";
import type { Executor } from "../db/Executor.ts";
import { createApolloServer } from "../graphql/createApolloServer.ts";
import { apiUrl, startHttpServer } from "../graphql/startHttpServer.ts";
import { createDocumentWriter } from "../ingest/createDocumentWriter.ts";
import { extractInWorkers } from "../ingest/extractInWorkers.ts";
import { seedGraph } from "../ingest/seedGraph.ts";
import { createLogger, type Logger } from "../log/createLogger.ts";
import { countGraph } from "../store/countGraph.ts";
import { GraphStore } from "../store/GraphStore.ts";
import { retraceStaleFollowUps } from "../store/storeFollowUps.ts";
import { type ApiProcesses, forkApiProcesses, isApiProcess } from "./apiProcesses.ts";
import { connectToUri, openGraph } from "./openGraph.ts";
import { untilSignalled } from "./untilSignalled.ts";

/**
 * Runs the service until SIGINT or SIGTERM: the graph (the local Neo4j unless NEO4J_URI is set), seeded
 * first when `seedIfEmpty` and it holds no document, and the GraphQL API, served by API_PROCESSES
 * processes (this one alone when 1). On a signal they stop taking requests and let those in flight finish;
 * then the driver closes and a local Neo4j this started stops.
 */
export async function serve(options: { seedIfEmpty: boolean }): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (isApiProcess()) return serveAsApiProcess(config, logger);
  const graph = await openGraph(config, logger);
  const stopRetracing = new AbortController();
  try {
    if (options.seedIfEmpty && ((await countGraph(graph.executor)).nodes.Document ?? 0) === 0) {
      const extraction = extractInWorkers(1);
      try {
        const summary = await seedGraph(graph.executor, { extract: extraction.extract });
        logger.info({ ingested: summary.ingested, failed: summary.failed }, "seeded an empty graph");
      } finally {
        await extraction.close();
      }
    }
    const api: RunningApi =
      config.apiProcesses === 1
        ? await startApi(graph.executor, config, logger)
        : await forkApiProcesses(config.apiProcesses, graph.connectionEnv, logger);
    try {
      const url = apiUrl(config.host, config.port);
      logger.info(
        {
          url,
          processes: config.apiProcesses,
          mutations: config.apiKey ? "enabled" : "disabled (no API_KEY)",
        },
        "GraphQL API ready",
      );
      console.error(`Explorer at ${new URL("/", url)}; GraphQL API and playground at ${url}`);
      // Stale stored follow-ups are not trusted (tracing runs on the fly for them), so they are traced again
      // while the API serves, not before it starts.
      const retracing = retraceStaleFollowUps(graph.executor, stopRetracing.signal).then(
        (authorities) => authorities > 0 && logger.info({ authorities }, "stored follow-ups traced again"),
        (error: unknown) => logger.error({ err: error }, "tracing stale follow-ups again failed"),
      );
      try {
        await Promise.race([untilSignalled(logger, { ignoreRepeats: false }), api.lost]);
      } finally {
        stopRetracing.abort();
        await retracing;
      }
    } finally {
      await api.stop();
    }
  } finally {
    await graph.close({ stopLocal: true });
  }
}

/** The API being served: in this process, or in the processes it forked (ApiProcesses). */
type RunningApi = Pick<ApiProcesses, "lost" | "stop">;

/** One of the primary's API processes: the graph the primary opened (NEO4J_URI), served until a signal. */
async function serveAsApiProcess(config: Config, logger: Logger): Promise<void> {
  try {
    if (!config.neo4jUri)
      throw new AppError("CONFIG_INVALID", "An API process needs NEO4J_URI from its primary.");
    const executor = await connectToUri(config, config.neo4jUri);
    try {
      const api = await startApi(executor, config, logger);
      logger.info({ pid: process.pid }, "API process listening");
      await untilSignalled(logger, { ignoreRepeats: true });
      await api.stop();
    } finally {
      await executor.close();
    }
  } finally {
    // The channel to the primary would keep this process alive, failed or done.
    cluster.worker?.disconnect();
  }
}

/**
 * The API on `config.port` in this process. Documents posted to it are extracted in a worker thread:
 * parsing a large PDF does not hold up queries, and one that takes too long to read is stopped there.
 */
async function startApi(executor: Executor, config: Config, logger: Logger): Promise<RunningApi> {
  const extraction = extractInWorkers(1);
  try {
    const server = createApolloServer(logger);
    await startHttpServer(server, {
      port: config.port,
      host: config.host,
      store: new GraphStore(executor),
      writer: createDocumentWriter(executor, extraction.extract),
      apiKey: config.apiKey,
    });
    return {
      // Only a process can be lost, not this one's own server.
      lost: new Promise<never>(() => undefined),
      async stop() {
        await server.stop();
        await extraction.close();
      },
    };
  } catch (error) {
    await extraction.close();
    throw error;
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
