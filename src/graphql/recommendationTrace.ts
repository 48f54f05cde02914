import type { DecidedTraceRow } from "../store/insights/readStoredTrace.ts";
import type { TraceRow } from "../store/insights/readTrace.ts";
import type { Loaders } from "./createLoaders.ts";
import { present } from "./resolvers/evidenceFields.ts";
import { traceFollowUps } from "./traceFollowUps.ts";

/**
 * A recommendation's trace as the API gives it (`RecommendationTrace`), from what the store read for it:
 * the follow-up at each later visit (as stored, or traced now from the later visits' passages), the themes,
 * the actions, and the overall status (the latest visit's that covers the area, NOT_COVERED when none
 * does). Shared by `traceRecommendation` and `Authority.recommendationTraces`, so both give the same
 * statuses.
 */
export async function recommendationTrace(row: DecidedTraceRow | TraceRow, loaders: Loaders) {
  const followUps = traceFollowUps(row);
  const covered = followUps.filter((f) => f.status !== "NOT_COVERED");
  return {
    recommendation: row.recommendation,
    visit: row.visit,
    themes: present(await loaders.node.Theme.loadMany(row.recommendation.themeIds)),
    actions: row.actions,
    followUps,
    overallStatus: covered.at(-1)?.status ?? "NOT_COVERED",
  };
}
