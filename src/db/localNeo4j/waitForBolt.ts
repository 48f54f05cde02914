/** Readiness of the local Neo4j: its Bolt port answering, and a query answering over it. */
import type { ChildProcess } from "node:child_process";
import { connect } from "node:net";
import neo4j from "neo4j-driver";
import { AppError } from "../../domain/AppError.ts";
import { type HomeFiles, logTail } from "./homeFiles.ts";
import { isAlive, sleep } from "./processes.ts";

export const HOST = "127.0.0.1";
export const boltUri = (port: number) => `bolt://${HOST}:${port}`;

/**
 * Polls until Bolt on `port` answers `CALL dbms.components()`; returns the version. Fails early if the
 * process exits, and after `timeoutMs` with the log's tail.
 */
export async function waitForBolt(
  files: HomeFiles,
  port: number,
  pid: number,
  child: ChildProcess | null,
  timeoutMs: number,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const uri = boltUri(port);
  let lastError = "";
  for (;;) {
    const exited = child ? child.exitCode !== null || child.signalCode !== null : !isAlive(pid);
    if (exited || !isAlive(pid)) {
      const how =
        child?.exitCode != null
          ? ` with exit code ${child.exitCode}`
          : child?.signalCode
            ? ` (${child.signalCode})`
            : "";
      throw new AppError(
        "NEO4J_LAUNCH_FAILED",
        `Neo4j (pid ${pid}) exited${how} before Bolt answered on ${uri}.${await logTail(files.log)}`,
      );
    }
    if (await portAnswers(port, 1_000)) {
      try {
        return await queryVersion(uri, 10_000);
      } catch (error) {
        lastError = ` Last error: ${(error as Error).message}.`;
      }
    }
    if (Date.now() > deadline) {
      throw new AppError(
        "NEO4J_LAUNCH_FAILED",
        `Neo4j (pid ${pid}) did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s.${lastError}` +
          (await logTail(files.log)),
        { retriable: true },
      );
    }
    await sleep(500);
  }
}

/** Asks the server for its version over Bolt (no authentication). */
export async function queryVersion(uri: string, timeoutMs: number): Promise<string> {
  const driver = neo4j.driver(uri, undefined, {
    maxConnectionPoolSize: 1,
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
  });
  try {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run("CALL dbms.components() YIELD versions RETURN versions[0] AS version");
      const version = result.records[0]?.get("version");
      if (typeof version !== "string") throw new Error("dbms.components() returned no version");
      return version;
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** True when something accepts a TCP connection on 127.0.0.1:`port` within `timeoutMs`. */
export function portAnswers(port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: HOST, port });
    const finish = (answered: boolean) => {
      socket.destroy();
      done(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}
