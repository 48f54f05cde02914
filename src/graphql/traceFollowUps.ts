import type { TraceRow } from "../store/insights/readTrace.ts";
import type { RecommendationRow } from "../store/rows.ts";
import { memoFollowUp } from "./memoFollowUp.ts";

/** One later visit as the store reads it for a trace. */
export type LaterVisitRow = TraceRow["followUps"][number];

/**
 * The follow-up of a recommendation at each later visit, shaped for the API: status, confidence, reason,
 * the evidence most relevant first (each marked deciding or not), and the strengths, weaknesses and new
 * recommendations among it.
 */
export function traceFollowUps(recommendation: RecommendationRow, laterVisits: readonly LaterVisitRow[]) {
  return laterVisits.map((later) => {
    const result = memoFollowUp(recommendation, later);
    const decidedBy = new Set(result.decidedBy);
    const evidence = result.evidence.map((item) => {
      const row = item.kind === "FINDING" ? item.finding : item.recommendation;
      return {
        kind: item.kind,
        relevance: item.relevance,
        sharesTheme: item.sharesTheme,
        deciding: decidedBy.has(row.id),
        finding: item.kind === "FINDING" ? item.finding : null,
        recommendation: item.kind === "RECOMMENDATION" ? item.recommendation : null,
        repeats: item.kind === "RECOMMENDATION" && item.repeats,
        evidence: row,
      };
    });
    const findings = result.evidence.flatMap((item) => (item.kind === "FINDING" ? [item.finding] : []));
    return {
      visit: later.visit,
      status: result.status,
      confidence: result.confidence,
      reason: result.reason,
      evidence,
      strengths: findings.filter((f) => f.polarity === "STRENGTH"),
      weaknesses: findings.filter((f) => f.polarity === "WEAKNESS" || f.polarity === "MIXED"),
      recommendations: result.evidence.flatMap((item) =>
        item.kind === "RECOMMENDATION" ? [item.recommendation] : [],
      ),
      repeatedBy: result.repeatedBy,
      decidedBy: result.decidedBy,
    };
  });
}
