import { applySchema } from "../db/applySchema.ts";
import type { Executor } from "../db/Executor.ts";
import { nameServiceKinds } from "./nameServiceKinds.ts";
import { refreshKindSummaries, refreshPendingKindSummaries } from "./refreshKindSummaries.ts";
import { seedThemes } from "./seedThemes.ts";

/**
 * Makes a database ready for use: constraints and indexes, the theme taxonomy, the names of the kinds of
 * service, and the per-kind counts of a graph stored before they existed or left to a batch that stopped.
 * Idempotent. Stored follow-ups of another version of the tracing code are traced again by the service
 * once it is serving (retraceStaleFollowUps): until then they are not trusted, and tracing runs on the fly.
 */
export async function prepareGraph(executor: Executor): Promise<void> {
  await applySchema(executor);
  await seedThemes(executor);
  await nameServiceKinds(executor);
  await executor.writeTransaction((tx) => refreshKindSummaries(tx, "missing"));
  // A batch stopped between relinking its authorities and recounting their kinds left them marked.
  await executor.writeTransaction((tx) => refreshPendingKindSummaries(tx));
}
