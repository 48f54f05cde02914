import type { StatementRunner } from "../db/Executor.ts";

/**
 * Recounts the per-kind counts of service mentions (`graph/refresh-kind-summaries`) that a write or
 * delete of one of the authority's documents may have changed, inside the caller's transaction, so the
 * national `recurringServices` read from them is never stale. With null: every kind not counted yet.
 */
export async function refreshKindSummaries(tx: StatementRunner, authorityId: string | null): Promise<void> {
  await tx.run("graph/refresh-kind-summaries", { authorityId });
}
