import { createExecutor } from "../src/db/createExecutor.ts";
import type { Executor } from "../src/db/Executor.ts";
import { type LocalNeo4j, startLocalNeo4j } from "../src/db/localNeo4j.ts";
import { readDocumentFile } from "../src/extract/readDocumentFile.ts";
import { ingestSources } from "../src/ingest/ingestSources.ts";
import { prepareGraph } from "../src/store/prepareGraph.ts";
import { retraceStaleFollowUps } from "../src/store/storeFollowUps.ts";

/** The bench's own Neo4j: its own home and Bolt port, never the service's (7687) or the tests' (7688). */
export const BENCH_NEO4J_HOME = process.env.BENCH_NEO4J_HOME ?? ".neo4j/bench";
export const BENCH_BOLT_PORT = Number(process.env.BENCH_BOLT_PORT ?? 7690);
/** Ports of the GraphQL servers the bench starts: ours, the @neo4j/graphql peer and ours before issue 12. */
export const BENCH_HTTP_PORT = Number(process.env.BENCH_HTTP_PORT ?? 4690);
export const PEER_HTTP_PORT = Number(process.env.BENCH_PEER_HTTP_PORT ?? 4691);
export const BASELINE_HTTP_PORT = Number(process.env.BENCH_BASELINE_HTTP_PORT ?? 4692);

/**
 * Starts (or reuses) the bench's local Neo4j, with a page cache large enough to hold the scaled graph.
 * `stop()` stops it only if this call started it.
 */
export function startBenchNeo4j(log: (message: string) => void): Promise<LocalNeo4j> {
  return startLocalNeo4j({
    home: BENCH_NEO4J_HOME,
    boltPort: BENCH_BOLT_PORT,
    heapSize: "2g",
    pageCacheSize: "1g",
    logger: { info: log, warn: (m) => log(`warning: ${m}`) },
  });
}

/**
 * An executor on the bench Neo4j with the schema and theme taxonomy in place, and every stored follow-up
 * current: the service would trace stale ones again while serving, which would share the CPU with the
 * requests the bench times.
 */
export async function openBenchExecutor(uri: string): Promise<Executor> {
  const executor = await createExecutor({ uri, user: "neo4j", password: "" });
  await prepareGraph(executor);
  await retraceStaleFollowUps(executor);
  return executor;
}

/** Empties the bench database, then puts the theme taxonomy back (the schema stays). */
export async function wipeBenchDatabase(executor: Executor): Promise<void> {
  await executor.runAutoCommit(executor.registry.get("admin/delete-all"));
  await prepareGraph(executor);
}

/**
 * Warms the database up as a running service would be: a few of `files` ingested (so the statements are
 * planned and compiled) and wiped again.
 */
export async function warmUpBenchDatabase(executor: Executor, files: string[]): Promise<void> {
  await wipeBenchDatabase(executor);
  await ingestSources(
    executor,
    files.slice(0, WARM_UP_DOCUMENTS).map((path) => ({ path, read: () => readDocumentFile(path) })),
  );
  await wipeBenchDatabase(executor);
}

/** Documents ingested (and wiped) to warm the database up before a timed phase that writes. */
const WARM_UP_DOCUMENTS = 3;
