import { inject } from "vitest";
import { createExecutor } from "../../src/db/createExecutor.ts";
import type { Executor } from "../../src/db/Executor.ts";
import { prepareGraph } from "../../src/store/prepareGraph.ts";

/**
 * An executor on the Neo4j that the global setup provides, with the schema applied and the database
 * emptied: the calling test file owns all of its state. Close it in afterAll.
 */
export async function openTestDatabase(): Promise<Executor> {
  const executor = await createExecutor(inject("neo4j"));
  await clearDatabase(executor);
  await prepareGraph(executor);
  return executor;
}

/** Deletes every node and relationship (the schema stays). */
export async function clearDatabase(executor: Executor): Promise<void> {
  await executor.runAutoCommit(executor.registry.get("admin/delete-all"));
}
