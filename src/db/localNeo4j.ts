/**
 * The local Neo4j the project starts by itself: an embedded Neo4j 5.26 LTS Community Edition, resolved from
 * Maven Central by `neo4j/pom.xml` and run by `neo4j/Launcher.java` (Java's single-file source launch, so
 * there is no compile step), with its Bolt connector on 127.0.0.1 only and authentication disabled.
 *
 * Everything lives under the home folder (the config's `neo4jHome`, `.neo4j/` by default):
 * - `neo4j.log`: the JVM's stdout and stderr, appended to on every start (the `NEO4J_READY` line marks a start);
 * - `logs/debug.log`: Neo4j's own detailed log;
 * - `data/`: the databases and transaction logs;
 * - `neo4j.pid`, `neo4j.port`: the running server's process id and Bolt port;
 *
 * The jars' class path is cached for every home at once (see `localNeo4j/classPath.ts`), so that only the
 * first start on a machine (or one after `neo4j/pom.xml` changes) calls Maven. The parts live in
 * `localNeo4j/` (its README says which does what).
 *
 * The JVM runs with a 2 GiB heap and a 512 MiB page cache by default (see `StartLocalNeo4jOptions`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { AppError } from "../domain/AppError.ts";
import { resolveClasspath } from "./localNeo4j/classPath.ts";
import {
  type HomeFiles,
  homeFiles,
  readNumber,
  removeRuntimeFiles,
  withStartLock,
} from "./localNeo4j/homeFiles.ts";
import { checkJava } from "./localNeo4j/javaToolchain.ts";
import { spawnLauncher } from "./localNeo4j/launcher.ts";
import type { LocalNeo4jLogger } from "./localNeo4j/LocalNeo4jLogger.ts";
import { isAlive, isOurLauncher, signal, waitUntil, waitUntilAsync } from "./localNeo4j/processes.ts";
import { boltUri, HOST, portAnswers, queryVersion, waitForBolt } from "./localNeo4j/waitForBolt.ts";

export type { LocalNeo4jLogger };

export interface StartLocalNeo4jOptions {
  /** Folder of the data, jars' class path, pid file and log; relative paths are taken from the working directory. */
  home: string;
  /** Bolt port, bound on 127.0.0.1 only. */
  boltPort: number;
  logger?: LocalNeo4jLogger;
  /** How long to wait for Bolt to answer once the JVM is started (default 180 000 ms). */
  timeoutMs?: number;
  /** How long Maven may take to resolve the jars on a first start (default 900 000 ms). */
  resolveTimeoutMs?: number;
  /** JVM maximum heap, as for `-Xmx` (default "2g"). */
  heapSize?: string;
  /** Neo4j page cache size, e.g. "512m" or "1g" (default "512m"). */
  pageCacheSize?: string;
}

/** A running local Neo4j. */
export interface LocalNeo4j {
  /** `bolt://127.0.0.1:<port>`; no authentication is needed. */
  readonly uri: string;
  readonly pid: number;
  /** Neo4j's version as `CALL dbms.components()` reports it, e.g. "5.26.30". */
  readonly version: string;
  /** False when a server already running for this home was reused. */
  readonly startedByUs: boolean;
  /** Absolute path of the JVM's log (`<home>/neo4j.log`). */
  readonly logFile: string;
  /**
   * Stops the server if this call started it (same as `stopLocalNeo4j(home)`); a reused server is left running
   * for whoever started it. Use `stopLocalNeo4j` to stop one regardless.
   */
  stop(): Promise<void>;
}

export interface LocalNeo4jStatus {
  /** True when the server's process is alive and answers a query over Bolt. */
  running: boolean;
  /** The server's process id while its process is alive (it may still be starting), else null. */
  pid: number | null;
  /** The Bolt URI it listens (or would listen) on. */
  uri: string;
  /** Neo4j's version when running, else null. */
  version: string | null;
}

const DEFAULT_TIMEOUT_MS = 180_000;
const DEFAULT_RESOLVE_TIMEOUT_MS = 900_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * Starts the local Neo4j for `home` on `127.0.0.1:<boltPort>` and resolves once it answers a query over Bolt.
 *
 * If one is already running for this home (pid file, live process, Bolt answering) it is reused and
 * `startedByUs` is false. Otherwise checks that a JDK 17+ is installed, resolves the jars (Maven runs only
 * when the class path for the current `neo4j/pom.xml` is not cached), starts the JVM detached
 * in the background (it outlives this process; stop it with `stopLocalNeo4j` or `ofsted-graph db stop`) with
 * its output appended to `<home>/neo4j.log`, and writes `<home>/neo4j.pid`.
 *
 * Throws `AppError` NEO4J_LAUNCH_FAILED when Java or Maven is missing, the port is taken by another process,
 * Maven fails, or the server dies or does not answer within `timeoutMs` (the message then ends with the
 * log's tail, and a server that timed out is stopped).
 */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const files = homeFiles(options.home);
  const port = options.boltPort;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const resolveTimeoutMs = options.resolveTimeoutMs ?? DEFAULT_RESOLVE_TIMEOUT_MS;
  const log = options.logger;
  await mkdir(files.home, { recursive: true });

  return withStartLock(files, Date.now() + resolveTimeoutMs + timeoutMs, async () => {
    const reused = await reuseRunning(files, port, timeoutMs, log);
    if (reused) return reused;

    if (await portAnswers(port, 1_000)) {
      throw new AppError(
        "NEO4J_LAUNCH_FAILED",
        `Port ${HOST}:${port} is already in use by a process that is not the local Neo4j of ${files.home}. ` +
          "Stop it, choose another port with NEO4J_BOLT_PORT, or set NEO4J_URI to use that server.",
      );
    }

    await checkJava();
    const classpath = await resolveClasspath(resolveTimeoutMs, log);

    log?.info(`Starting Neo4j on ${boltUri(port)} (home ${files.home}, log ${files.log})`);
    const started = Date.now();
    const child = spawnLauncher(files, port, classpath, options);
    const pid = child.pid as number;
    await writeFile(files.pid, `${pid}\n`);
    await writeFile(files.port, `${port}\n`);

    let version: string;
    try {
      version = await waitForBolt(files, port, pid, child, timeoutMs);
    } catch (error) {
      if (isAlive(pid)) await stopLocalNeo4j(files.home).catch(() => undefined);
      else await removeRuntimeFiles(files);
      throw error;
    }
    log?.info(`Neo4j ${version} ready on ${boltUri(port)} (pid ${pid}) after ${Date.now() - started} ms`);
    return running(files, port, pid, version, true);
  });
}

/**
 * Stops the local Neo4j of `home`: SIGTERM (a clean shutdown), then SIGKILL if it is still alive after
 * `timeoutMs` (default 60 000 ms); waits until the process is gone and its Bolt port is free, and removes the
 * pid file. Resolves true if a server was stopped, false if none was running.
 */
export async function stopLocalNeo4j(home: string, options: { timeoutMs?: number } = {}): Promise<boolean> {
  const files = homeFiles(home);
  const pid = await readNumber(files.pid);
  const port = await readNumber(files.port);
  if (pid === null || !isAlive(pid) || !isOurLauncher(pid)) {
    await removeRuntimeFiles(files);
    return false;
  }
  signal(pid, "SIGTERM");
  if (!(await waitUntil(() => !isAlive(pid), options.timeoutMs ?? STOP_TIMEOUT_MS))) {
    signal(pid, "SIGKILL");
    if (!(await waitUntil(() => !isAlive(pid), 10_000))) {
      throw new AppError("NEO4J_LAUNCH_FAILED", `Neo4j (pid ${pid}) did not exit even after SIGKILL.`);
    }
  }
  if (port !== null && !(await waitUntilAsync(async () => !(await portAnswers(port, 500)), 10_000))) {
    throw new AppError("NEO4J_LAUNCH_FAILED", `Neo4j (pid ${pid}) exited but port ${port} is still in use.`);
  }
  await removeRuntimeFiles(files);
  return true;
}

/**
 * Reports on the local Neo4j of `home`. The port recorded by the running server is used when there is one,
 * else `boltPort`. `version` comes from `CALL dbms.components()` over Bolt.
 */
export async function localNeo4jStatus(home: string, boltPort: number): Promise<LocalNeo4jStatus> {
  const files = homeFiles(home);
  const pid = await readNumber(files.pid);
  const alive = pid !== null && isAlive(pid) && isOurLauncher(pid);
  const port = (alive ? await readNumber(files.port) : null) ?? boltPort;
  const uri = boltUri(port);
  if (!alive) return { running: false, pid: null, uri, version: null };
  const version = (await portAnswers(port, 1_000)) ? await queryVersion(uri, 5_000).catch(() => null) : null;
  return { running: version !== null, pid, uri, version };
}

function running(
  files: HomeFiles,
  port: number,
  pid: number,
  version: string,
  startedByUs: boolean,
): LocalNeo4j {
  return {
    uri: boltUri(port),
    pid,
    version,
    startedByUs,
    logFile: files.log,
    async stop() {
      if (startedByUs) await stopLocalNeo4j(files.home);
    },
  };
}

/** Returns the server already running for this home, waiting for it if it is still starting; null if none. */
async function reuseRunning(
  files: HomeFiles,
  port: number,
  timeoutMs: number,
  log: LocalNeo4jLogger | undefined,
): Promise<LocalNeo4j | null> {
  const pid = await readNumber(files.pid);
  if (pid === null) return null;
  if (!isAlive(pid) || !isOurLauncher(pid)) {
    log?.warn(`Removing the stale pid file of a Neo4j (pid ${pid}) that is no longer running`);
    await removeRuntimeFiles(files);
    return null;
  }
  const recordedPort = await readNumber(files.port);
  if (recordedPort !== null && recordedPort !== port) {
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `The local Neo4j of ${files.home} is already running (pid ${pid}) on port ${recordedPort}, not ${port}. ` +
        "Stop it first with `ofsted-graph db stop`, or use that port (NEO4J_BOLT_PORT).",
    );
  }
  log?.info(`Reusing the Neo4j already running for ${files.home} (pid ${pid})`);
  const version = await waitForBolt(files, port, pid, null, timeoutMs);
  return running(files, port, pid, version, false);
}
