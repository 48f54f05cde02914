import { z } from "zod";
import type { StatementRunner } from "../db/Executor.ts";

/**
 * Which kinds to recount: those the writes or deletes of some authorities' documents may have changed, or
 * more.
 */
export type KindSummaryScope = { authorityIds: string[] } | "missing" | "all";

/**
 * Recounts the per-kind counts of service mentions (`graph/refresh-kind-summaries`) inside the caller's
 * transaction: after writes or deletes of some authorities' documents, the kinds they may have changed,
 * so the national `recurringServices` read from them is not left stale; at start, the kinds not counted
 * yet; after a bulk load that wrote around the store (the bench's generator), all of them.
 */
export async function refreshKindSummaries(tx: StatementRunner, scope: KindSummaryScope): Promise<void> {
  await tx.run("graph/refresh-kind-summaries", {
    scope: typeof scope === "string" ? scope : "authorities",
    authorityIds: typeof scope === "string" ? [] : scope.authorityIds,
  });
}

const PendingRow = z.object({ authorityId: z.string() });

/**
 * Recounts, inside the caller's transaction, the kinds of every authority a batch relinked without
 * recounting them (`graph/mark-kind-summaries-pending`), and clears their marks. Once per batch: one
 * authority's recount reads every finding of its kinds across the country, about as much as recounting
 * every kind, so recounting per authority made a batch's cost grow with the whole graph once per authority.
 * Returns how many authorities were pending.
 */
export async function refreshPendingKindSummaries(tx: StatementRunner): Promise<number> {
  const pending = z.array(PendingRow).parse(await tx.run("graph/take-kind-summaries-pending"));
  if (pending.length > 0)
    await refreshKindSummaries(tx, { authorityIds: pending.map((row) => row.authorityId) });
  return pending.length;
}
