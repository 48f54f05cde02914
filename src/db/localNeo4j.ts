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
 * - `classpath-<hash>.txt`: the resolved jar class path, keyed by a hash of `neo4j/pom.xml`, so that only the
 *   first start (or one after the pom changes) calls Maven.
 *
 * The JVM runs with a 2 GiB heap and a 512 MiB page cache by default (see `StartLocalNeo4jOptions`).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, writeSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { delimiter, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { AppError } from "../domain/AppError.ts";

/** Where progress messages go; pino's `Logger` fits, and so does `{ info: console.error, warn: console.error }`. */
export interface LocalNeo4jLogger {
  info(message: string): void;
  warn(message: string): void;
}

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
const HOST = "127.0.0.1";
const MIN_JAVA = 17;
const INSTALL_HINT =
  "Install a JDK 17 and Maven (e.g. `apt-get install openjdk-17-jdk-headless maven`), " +
  "or set NEO4J_URI to use an existing Neo4j server instead.";

/** The project's `neo4j/` folder, holding `pom.xml` and `Launcher.java`. */
const NEO4J_DIR = fileURLToPath(new URL("../../neo4j/", import.meta.url));
const POM = join(NEO4J_DIR, "pom.xml");
const LAUNCHER = join(NEO4J_DIR, "Launcher.java");

/** JVM flags besides the heap: the module openings and settings Neo4j's own server scripts use on JDK 17. */
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-XX:+ExitOnOutOfMemoryError",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
];

interface HomeFiles {
  home: string;
  pid: string;
  port: string;
  log: string;
  lock: string;
}

function homeFiles(home: string): HomeFiles {
  const abs = resolve(home);
  return {
    home: abs,
    pid: join(abs, "neo4j.pid"),
    port: join(abs, "neo4j.port"),
    log: join(abs, "neo4j.log"),
    lock: join(abs, "neo4j.start.lock"),
  };
}

const boltUri = (port: number) => `bolt://${HOST}:${port}`;
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Starts the local Neo4j for `home` on `127.0.0.1:<boltPort>` and resolves once it answers a query over Bolt.
 *
 * If one is already running for this home (pid file, live process, Bolt answering) it is reused and
 * `startedByUs` is false. Otherwise checks that a JDK 17+ is installed, resolves the jars (Maven runs only
 * when the class path for the current `neo4j/pom.xml` is not cached under the home), starts the JVM detached
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
    const classpath = await resolveClasspath(files.home, resolveTimeoutMs, log);

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

/** Serialises starts for one home across processes with an exclusive lock file holding the starter's pid. */
async function withStartLock<T>(files: HomeFiles, deadline: number, fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const handle = await open(files.lock, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = await readNumber(files.lock);
      const age = await stat(files.lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if ((holder === null && age > 5_000) || (holder !== null && !isAlive(holder))) {
        await rm(files.lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new AppError(
          "NEO4J_LAUNCH_FAILED",
          `Another process (pid ${holder ?? "unknown"}) is still starting the local Neo4j of ${files.home}.`,
        );
      }
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(files.lock, { force: true });
  }
}

function spawnLauncher(
  files: HomeFiles,
  port: number,
  classpath: string,
  options: StartLocalNeo4jOptions,
): ChildProcess {
  const args = [
    `-Xmx${options.heapSize ?? "2g"}`,
    ...JVM_FLAGS,
    LAUNCHER,
    "--home",
    files.home,
    "--port",
    String(port),
    "--page-cache",
    options.pageCacheSize ?? "512m",
  ];
  const fd = openSync(files.log, "a");
  try {
    writeSync(fd, `\n==== ${new Date().toISOString()} starting Neo4j: java ${args.join(" ")}\n`);
    // The class path goes through CLASSPATH rather than -cp: 200-odd jars would swamp `ps` output.
    const child = spawn("java", args, {
      cwd: files.home,
      detached: true,
      stdio: ["ignore", fd, fd],
      env: { ...process.env, CLASSPATH: classpath },
    });
    child.on("error", () => undefined); // reported through the missing pid below or by waitForBolt
    if (child.pid === undefined) {
      throw new AppError("NEO4J_LAUNCH_FAILED", `Could not start java. ${INSTALL_HINT}`);
    }
    child.unref();
    return child;
  } finally {
    closeSync(fd);
  }
}

/**
 * Polls until Bolt on `port` answers `CALL dbms.components()`; returns the version. Fails early if the
 * process exits, and after `timeoutMs` with the log's tail.
 */
async function waitForBolt(
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
async function queryVersion(uri: string, timeoutMs: number): Promise<string> {
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
function portAnswers(port: number, timeoutMs: number): Promise<boolean> {
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

/** Runs a command and returns its exit code and combined output; code null means it could not be run. */
function run(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string; missing: boolean }> {
  return new Promise((done) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (!error) return done({ code: 0, output, missing: false });
      const err = error as NodeJS.ErrnoException & { code?: unknown };
      if (err.code === "ENOENT") return done({ code: null, output, missing: true });
      done({
        code: typeof err.code === "number" ? err.code : null,
        output: output || err.message,
        missing: false,
      });
    });
  });
}

/** Checks that `java` is a JDK (the source launch needs its compiler) of version 17 or newer. */
async function checkJava(): Promise<void> {
  const version = await run("java", ["-version"], 30_000);
  if (version.missing) {
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `Java was not found on PATH; Neo4j needs a JDK 17+. ${INSTALL_HINT}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(version.output);
  const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : Number.NaN;
  if (!(major >= MIN_JAVA)) {
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `Neo4j 5.26 needs Java ${MIN_JAVA} or newer, but \`java -version\` says: ${version.output.split("\n")[0] ?? "?"}. ${INSTALL_HINT}`,
    );
  }
  const modules = await run("java", ["--list-modules"], 30_000);
  if (!modules.output.includes("jdk.compiler")) {
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `The installed Java is a runtime without the compiler (module jdk.compiler) that launching neo4j/Launcher.java needs. ${INSTALL_HINT}`,
    );
  }
}

/**
 * Returns the class path of the jars `neo4j/pom.xml` names. It is cached in `<home>/classpath-<hash>.txt`
 * (hash of the pom): with a cache whose jars all still exist, Maven is not called.
 */
async function resolveClasspath(
  home: string,
  timeoutMs: number,
  log: LocalNeo4jLogger | undefined,
): Promise<string> {
  const pom = await readFile(POM);
  const hash = createHash("sha256").update(pom).digest("hex").slice(0, 16);
  const cacheFile = join(home, `classpath-${hash}.txt`);
  const cached = await readFile(cacheFile, "utf8").catch(() => null);
  if (cached !== null) {
    const classpath = cached.trim();
    const jars = classpath.split(delimiter).filter(Boolean);
    if (jars.length > 0 && jars.every((jar) => existsSync(jar))) return classpath;
    log?.warn("Some cached Neo4j jars are missing; resolving them again with Maven");
  }

  const mvnVersion = await run("mvn", ["-v"], 60_000);
  if (mvnVersion.missing) {
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `Maven (mvn) was not found on PATH; it is needed once to fetch Neo4j's jars from Maven Central. ${INSTALL_HINT}`,
    );
  }
  log?.info("Resolving Neo4j's jars with Maven (the first time this downloads them from Maven Central)...");
  const started = Date.now();
  const partial = `${cacheFile}.${process.pid}.tmp`;
  const result = await run(
    "mvn",
    [
      "-q",
      "-B",
      "-f",
      POM,
      "dependency:build-classpath",
      `-Dmdep.outputFile=${partial}`,
      `-Dmdep.pathSeparator=${delimiter}`,
    ],
    timeoutMs,
  );
  if (result.code !== 0) {
    await rm(partial, { force: true });
    const tail = result.output.trim().split("\n").slice(-30).join("\n");
    throw new AppError(
      "NEO4J_LAUNCH_FAILED",
      `Maven could not resolve Neo4j's jars (neo4j/pom.xml; Maven Central must be reachable)` +
        `${result.code === null ? ` within ${Math.round(timeoutMs / 1000)} s` : ""}:\n${tail}`,
      { retriable: true },
    );
  }
  await rename(partial, cacheFile);
  for (const name of await readdir(home)) {
    if (/^classpath-[0-9a-f]+\.txt$/.test(name) && join(home, name) !== cacheFile)
      await rm(join(home, name), { force: true });
  }
  log?.info(`Resolved Neo4j's jars in ${Math.round((Date.now() - started) / 1000)} s`);
  return (await readFile(cacheFile, "utf8")).trim();
}

async function readNumber(file: string): Promise<number | null> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return null;
  const n = Number.parseInt(text.trim(), 10);
  return Number.isInteger(n) && n > 0 ? n : null;
}

async function removeRuntimeFiles(files: HomeFiles): Promise<void> {
  await rm(files.pid, { force: true });
  await rm(files.port, { force: true });
}

/** True while the process exists and is not a zombie. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === null) return true;
  const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  return state !== "Z" && state !== "X";
}

/** Guards against a reused pid: on Linux the process's command line must name the launcher. */
function isOurLauncher(pid: number): boolean {
  const cmdline = readProc(`/proc/${pid}/cmdline`);
  return cmdline === null || cmdline.includes("Launcher.java");
}

function readProc(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  return waitUntilAsync(async () => check(), timeoutMs);
}

async function waitUntilAsync(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
}

/** The last lines the latest start wrote to the log, formatted to end an error message. */
async function logTail(file: string, lines = 40): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (!text) return "";
  const lastStart = text.lastIndexOf("\n==== ");
  const sinceStart = lastStart >= 0 ? text.slice(lastStart + 1) : text;
  const tail = sinceStart.slice(-16_384).trimEnd().split("\n").slice(-lines).join("\n");
  return `\nLast lines of ${file}:\n${tail}`;
}
