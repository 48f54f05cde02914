import type { Executor } from "../db/Executor.ts";
import { listPendingAuthorities, relinkAuthority } from "./documentWriter.ts";
import { refreshPendingKindSummaries } from "./refreshKindSummaries.ts";

/**
 * Relinks every authority that has documents written in `batch` mode since it was last relinked (see
 * RelinkMode): each in its own write transaction, so that a large batch does not hold one transaction for
 * all of them; then recounts the kinds of service they mention once for all of them. Finishes a batch that
 * was stopped before it ended, too. Returns how many authorities were relinked.
 */
export async function relinkPendingAuthorities(executor: Executor): Promise<number> {
  const pending = await executor.readTransaction((tx) => listPendingAuthorities(tx));
  for (const authorityId of pending)
    await executor.writeTransaction((tx) => relinkAuthority(tx, authorityId, "deferred"));
  await executor.writeTransaction((tx) => refreshPendingKindSummaries(tx));
  return pending.length;
}
