/**
 * The class path of the jars `neo4j/pom.xml` names, resolved by Maven once and cached per pom, in one
 * cache for every home (`$XDG_CACHE_HOME/ofsted-graph`, by default `~/.cache/ofsted-graph`): the jars
 * live in Maven's repository of the user, not in a home, so the test, bench and evaluation homes and
 * a fresh scratch home all reuse the first resolution.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";
import { AppError } from "../../domain/AppError.ts";
import { INSTALL_HINT } from "./javaToolchain.ts";
import { POM } from "./launcher.ts";
import type { LocalNeo4jLogger } from "./LocalNeo4jLogger.ts";
import { run } from "./processes.ts";

/** The folder of the class path cache shared by every home. */
export function classPathCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "ofsted-graph");
}

/**
 * Returns the class path of the jars `neo4j/pom.xml` names. It is cached in `classpath-<hash>.txt` (hash
 * of the pom) of `cacheDir`: with a cache whose jars all still exist, Maven is not called. Throws
 * NEO4J_LAUNCH_FAILED when Maven is missing or fails.
 */
export async function resolveClasspath(
  timeoutMs: number,
  log: LocalNeo4jLogger | undefined,
  cacheDir: string = classPathCacheDir(),
): Promise<string> {
  const pom = await readFile(POM);
  const hash = createHash("sha256").update(pom).digest("hex").slice(0, 16);
  await mkdir(cacheDir, { recursive: true });
  const cacheFile = join(cacheDir, `classpath-${hash}.txt`);
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
  // Other checkouts may share the cache with other poms: their entries are left alone.
  await rename(partial, cacheFile);
  log?.info(`Resolved Neo4j's jars in ${Math.round((Date.now() - started) / 1000)} s`);
  return (await readFile(cacheFile, "utf8")).trim();
}
