import type { StatementRunner } from "../db/Executor.ts";

/** Which kinds to recount: those an authority's write or delete may have changed, or more. */
export type KindSummaryScope = { authorityId: string } | "missing" | "all";

/**
 * Recounts the per-kind counts of service mentions (`graph/refresh-kind-summaries`) inside the caller's
 * transaction: after a write or delete of one of an authority's documents, the kinds it may have changed,
 * so the national `recurringServices` read from them is never stale; at start, the kinds not counted yet;
 * after a bulk load that wrote around the store (the bench's generator), all of them.
 */
export async function refreshKindSummaries(tx: StatementRunner, scope: KindSummaryScope): Promise<void> {
  await tx.run("graph/refresh-kind-summaries", {
    scope: typeof scope === "string" ? scope : "authority",
    authorityId: typeof scope === "string" ? null : scope.authorityId,
  });
}
