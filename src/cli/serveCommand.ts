import cluster from "node:cluster";
import type { Command } from "commander";
import { type Config, loadConfig } from "../config/config.ts";
import { createExecutor } from "../db/createExecutor.ts";
import type { Executor } from "../db/Executor.ts";
import { createApolloServer } from "../graphql/createApolloServer.ts";
import { startHttpServer } from "../graphql/startHttpServer.ts";
import { createDocumentWriter } from "../ingest/createDocumentWriter.ts";
import { extractInWorkers } from "../ingest/extractInWorkers.ts";
import { seedGraph } from "../ingest/seedGraph.ts";
import { createLogger, type Logger } from "../log/createLogger.ts";
import { countGraph } from "../store/countGraph.ts";
import { GraphStore } from "../store/GraphStore.ts";
import { retraceStaleFollowUps } from "../store/storeFollowUps.ts";
import { forkApiProcesses } from "./apiProcesses.ts";
import { openGraph } from "./openGraph.ts";

/**
 * Runs the service until SIGINT or SIGTERM: the graph (the local Neo4j unless NEO4J_URI is set), seeded
 * first when `seedIfEmpty` and it holds no document, and the GraphQL API, served by API_PROCESSES
 * processes (this one alone when 1). On a signal they stop taking requests and let those in flight finish;
 * then the driver closes and a local Neo4j this started stops.
 */
export async function serve(options: { seedIfEmpty: boolean }): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) return serveForPrimary(config, logger);
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
    const api =
      config.apiProcesses === 1
        ? await startApi(graph.executor, config, logger)
        : await forkApiProcesses(config.apiProcesses, { NEO4J_URI: graph.uri, ...graph.credentials }, logger);
    const url = `http://${config.host}:${config.port}/graphql`;
    logger.info(
      { url, processes: config.apiProcesses, mutations: config.apiKey ? "enabled" : "disabled (no API_KEY)" },
      "GraphQL API ready",
    );
    console.error(`Explorer at ${new URL("/", url)}; GraphQL API and playground at ${url}`);
    // Stale stored follow-ups are not trusted (tracing runs on the fly for them), so they are traced again
    // while the API serves, not before it starts.
    const retracing = retraceStaleFollowUps(graph.executor, stopRetracing.signal).then(
      (authorities) => authorities > 0 && logger.info({ authorities }, "stored follow-ups traced again"),
      (error: unknown) => logger.error({ err: error }, "tracing stale follow-ups again failed"),
    );
    await untilSignalled(logger, { ignoreRepeats: false });
    stopRetracing.abort();
    await retracing;
    await api.stop();
  } finally {
    await graph.close({ stopLocal: true });
  }
}

/** One of the primary's API processes: the graph the primary opened (NEO4J_URI), served until a signal. */
async function serveForPrimary(config: Config, logger: Logger): Promise<void> {
  const executor = await createExecutor({
    uri: config.neo4jUri as string,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    readTimeoutMs: config.queryTimeoutMs,
  });
  try {
    const api = await startApi(executor, config, logger);
    await untilSignalled(logger, { ignoreRepeats: true });
    await api.stop();
  } finally {
    await executor.close();
    // The channel to the primary would keep this process alive.
    cluster.worker?.disconnect();
  }
}

/**
 * The API on `config.port` in this process. Documents posted to it are extracted in a worker thread:
 * parsing a large PDF does not hold up queries, and one that takes too long to read is stopped there.
 */
async function startApi(
  executor: Executor,
  config: Config,
  logger: Logger,
): Promise<{ stop(): Promise<void> }> {
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

/**
 * Resolves at the first SIGINT or SIGTERM. A second one ends the command at once, as a second Ctrl-C
 * should; an API process (`ignoreRepeats`) lets it pass, since Ctrl-C reaches it as well as the primary's
 * SIGTERM, and the primary kills it if it does not finish in time.
 */
function untilSignalled(logger: Logger, options: { ignoreRepeats: boolean }): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, "shutting down");
      resolve();
    };
    const listen = options.ignoreRepeats ? process.on.bind(process) : process.once.bind(process);
    listen("SIGINT", stop);
    listen("SIGTERM", stop);
  });
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
