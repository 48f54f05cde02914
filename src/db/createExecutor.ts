import neo4j from "neo4j-driver";
import { AppError } from "../domain/AppError.ts";
import { CypherRegistry } from "./CypherRegistry.ts";
import { Executor } from "./Executor.ts";

export interface ConnectionOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  /** Longest a read transaction may run, in ms (see TransactionLimits); unset: no limit of ours. */
  readTimeoutMs?: number | undefined;
}

/**
 * Connects to Neo4j and returns the executor, once the server has answered. Integers come back as
 * JavaScript numbers (every count and offset here fits). Throws AppError DATABASE_UNAVAILABLE naming the
 * URI when the server cannot be reached.
 */
export async function createExecutor(options: ConnectionOptions): Promise<Executor> {
  const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
  const driver = neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  });
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (error) {
    await driver.close();
    throw new AppError(
      "DATABASE_UNAVAILABLE",
      `Cannot reach Neo4j at ${options.uri}: ${(error as Error).message}. Start one with 'npx ofsted-graph db start', or set NEO4J_URI to a running server.`,
      { cause: error, retriable: true },
    );
  }
  return new Executor(driver, await CypherRegistry.load(), options.database, undefined, {
    readTimeoutMs: options.readTimeoutMs,
  });
}
