import type { Command } from "commander";
import { loadConfig } from "../config/config.ts";
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from "../db/localNeo4j.ts";

/** Exit code of `db status` when the local Neo4j is not running (as LSB init scripts use). */
const NOT_RUNNING = 3;

const progress = {
  info: (message: string) => console.error(message),
  warn: (message: string) => console.error(`warning: ${message}`),
};

/**
 * Adds `db start | stop | status`: the local Neo4j (embedded 5.26 LTS, Bolt on 127.0.0.1, no authentication)
 * whose home and port come from NEO4J_HOME and NEO4J_BOLT_PORT. Results go to stdout, progress to stderr.
 */
export function registerDbCommand(program: Command, setExitCode: (code: number) => void): void {
  const db = program
    .command("db")
    .description("Start, stop or inspect the local Neo4j (NEO4J_HOME, NEO4J_BOLT_PORT on 127.0.0.1)");

  db.command("start")
    .description(
      "Start the local Neo4j in the background, or reuse the one already running; waits until it answers",
    )
    .option("--timeout <seconds>", "how long to wait for Bolt to answer", "180")
    .action(async (options: { timeout: string }) => {
      const config = loadConfig();
      if (config.neo4jUri) {
        progress.warn(
          `NEO4J_URI is set (${config.neo4jUri}): the project uses that server, not this local one`,
        );
      }
      const timeoutSeconds = Number(options.timeout);
      const server = await startLocalNeo4j({
        home: config.neo4jHome,
        boltPort: config.neo4jBoltPort,
        logger: progress,
        ...(Number.isFinite(timeoutSeconds) && timeoutSeconds > 0
          ? { timeoutMs: timeoutSeconds * 1000 }
          : {}),
      });
      console.log(
        `Neo4j ${server.version} ${server.startedByUs ? "started" : "already running"} at ${server.uri} ` +
          `(pid ${server.pid}, log ${server.logFile})`,
      );
    });

  db.command("stop")
    .description("Stop the local Neo4j cleanly and wait until its port is free")
    .action(async () => {
      const config = loadConfig();
      const stopped = await stopLocalNeo4j(config.neo4jHome);
      console.log(stopped ? "Neo4j stopped" : "Neo4j was not running");
    });

  db.command("status")
    .description(`Show whether the local Neo4j is running (exit code 0 if so, ${NOT_RUNNING} if not)`)
    .option("--json", "print the status as JSON")
    .action(async (options: { json?: boolean }) => {
      const config = loadConfig();
      const status = await localNeo4jStatus(config.neo4jHome, config.neo4jBoltPort);
      if (options.json) {
        console.log(JSON.stringify(status));
      } else {
        const state = status.running
          ? "running"
          : status.pid !== null
            ? "not answering (starting?)"
            : "not running";
        console.log(`Neo4j: ${state}`);
        console.log(`pid: ${status.pid ?? "-"}`);
        console.log(`uri: ${status.uri}`);
        console.log(`version: ${status.version ?? "-"}`);
      }
      setExitCode(status.running ? 0 : NOT_RUNNING);
    });
}
