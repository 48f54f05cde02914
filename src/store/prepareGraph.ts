import { applySchema } from "../db/applySchema.ts";
import type { Executor } from "../db/Executor.ts";
import { nameServiceKinds } from "./nameServiceKinds.ts";
import { refreshKindSummaries } from "./refreshKindSummaries.ts";
import { seedThemes } from "./seedThemes.ts";
import { retraceStaleFollowUps } from "./storeFollowUps.ts";

/**
 * Makes a database ready for use: constraints and indexes, the theme taxonomy, the names of the kinds of
 * service, the per-kind counts of a graph stored before they existed, and the stored follow-ups of
 * authorities traced by another version of the tracing code (or never). Idempotent.
 */
export async function prepareGraph(executor: Executor): Promise<void> {
  await applySchema(executor);
  await seedThemes(executor);
  await nameServiceKinds(executor);
  await executor.writeTransaction((tx) => refreshKindSummaries(tx, "missing"));
  await retraceStaleFollowUps(executor);
}
