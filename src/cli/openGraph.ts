import type { Config } from "../config/config.ts";
import { createExecutor } from "../db/createExecutor.ts";
import type { Executor } from "../db/Executor.ts";
import { startLocalNeo4j } from "../db/localNeo4j.ts";
import type { Logger } from "../log/createLogger.ts";
import { prepareGraph } from "../store/prepareGraph.ts";

export interface OpenGraph {
  executor: Executor;
  /** How it was opened, as the environment variables another process would open it with. */
  connectionEnv: { NEO4J_URI: string; NEO4J_USER: string; NEO4J_PASSWORD: string; NEO4J_DATABASE: string };
  /** Closes the driver; with `stopLocal`, also stops a local Neo4j that this call started. */
  close(options?: { stopLocal?: boolean }): Promise<void>;
}

/**
 * Connects to the graph, ready for use: the server NEO4J_URI names, or else the project's local Neo4j
 * (started if it is not running). Applies the schema and the theme taxonomy.
 */
export async function openGraph(config: Config, logger: Logger): Promise<OpenGraph> {
  if (config.neo4jUri) {
    const executor = await connectToUri(config, config.neo4jUri);
    await prepareGraph(executor);
    return {
      executor,
      connectionEnv: {
        NEO4J_URI: config.neo4jUri,
        NEO4J_USER: config.neo4jUser,
        NEO4J_PASSWORD: config.neo4jPassword,
        NEO4J_DATABASE: config.neo4jDatabase ?? "",
      },
      close: () => executor.close(),
    };
  }
  const local = await startLocalNeo4j({
    home: config.neo4jHome,
    boltPort: config.neo4jBoltPort,
    logger: { info: (m) => logger.info(m), warn: (m) => logger.warn(m) },
  });
  logger.info(
    { uri: local.uri, version: local.version, startedByUs: local.startedByUs },
    "local Neo4j ready",
  );
  const executor = await createExecutor({
    uri: local.uri,
    user: "neo4j",
    password: "",
    readTimeoutMs: config.queryTimeoutMs,
  });
  await prepareGraph(executor);
  return {
    executor,
    // The local server has no authentication and one database: an empty value counts as unset.
    connectionEnv: { NEO4J_URI: local.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: "", NEO4J_DATABASE: "" },
    close: async (options = {}) => {
      await executor.close();
      if (options.stopLocal) await local.stop();
    },
  };
}

/** An executor on the server at `uri` with the configured credentials, database and read time limit. */
export function connectToUri(config: Config, uri: string): Promise<Executor> {
  return createExecutor({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    readTimeoutMs: config.queryTimeoutMs,
  });
}
