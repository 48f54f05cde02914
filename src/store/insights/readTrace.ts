import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { ActionRow, FindingRow, JudgementRow, RecommendationRow, VisitRow } from "../rows.ts";

/** A recommendation with its visit and the council actions on it: the head of every trace row. */
export const TracedRecommendationRow = z.object({
  recommendation: RecommendationRow,
  visit: VisitRow,
  actions: z.array(ActionRow),
});

/** A later visit with passages of it: every finding and recommendation, or those a stored decision names. */
export const LaterVisitRow = z.object({
  visit: VisitRow,
  findings: z.array(FindingRow),
  recommendations: z.array(RecommendationRow),
});

const TraceRow = TracedRecommendationRow.extend({
  followUps: z.array(LaterVisitRow.extend({ judgements: z.array(JudgementRow) })),
});
export type TraceRow = z.infer<typeof TraceRow>;

/**
 * A recommendation with its visit, the council actions on it, and each later visit (oldest first) with
 * all its findings, recommendations and judgements, for the caller to rank by relevance. One statement
 * whatever the number of later visits. Null when there is no such recommendation.
 */
export async function readTrace(executor: Executor, recommendationId: string): Promise<TraceRow | null> {
  const [row] = await executor.read("insights/trace-recommendation", { id: recommendationId }, TraceRow);
  return row ?? null;
}
