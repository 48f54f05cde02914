/** The JVM of the local Neo4j: `neo4j/Launcher.java` run from source with Neo4j's jars, detached. */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../../domain/AppError.ts";
import type { HomeFiles } from "./homeFiles.ts";
import { INSTALL_HINT } from "./javaToolchain.ts";

/** The project's `neo4j/` folder, holding `pom.xml` and `Launcher.java`. */
const NEO4J_DIR = fileURLToPath(new URL("../../../neo4j/", import.meta.url));
export const POM = join(NEO4J_DIR, "pom.xml");
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

/** The sizes a start may choose (see `StartLocalNeo4jOptions`). */
export interface LauncherSizes {
  heapSize?: string | undefined;
  pageCacheSize?: string | undefined;
}

/**
 * Starts the JVM detached (it outlives this process) with its output appended to `<home>/neo4j.log`.
 * Throws NEO4J_LAUNCH_FAILED when `java` cannot be started at all.
 */
export function spawnLauncher(
  files: HomeFiles,
  port: number,
  classpath: string,
  options: LauncherSizes,
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
