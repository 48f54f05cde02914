import type { Executor } from "./Executor.ts";

/**
 * Applies every statement of `cypher/schema/*.cypher` in file order. Each uses IF NOT EXISTS, so this
 * is idempotent; it is run at every start and in test set-up. Waits for indexes to come online.
 */
export async function applySchema(executor: Executor): Promise<void> {
  for (const name of executor.registry.names("schema/")) {
    for (const statement of executor.registry.split(name)) await executor.runAutoCommit(statement);
  }
  await executor.runAutoCommit(executor.registry.get("admin/await-indexes"));
}
