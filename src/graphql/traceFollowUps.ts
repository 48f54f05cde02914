import type { DecidedTraceRow } from "../store/insights/readStoredTrace.ts";
import type { TraceRow } from "../store/insights/readTrace.ts";
import { memoFollowUp } from "./memoFollowUp.ts";

/**
 * The follow-up of a recommendation at each later visit, shaped for the API: status, confidence, reason,
 * the evidence most relevant first (each marked deciding or not), and the strengths, weaknesses and new
 * recommendations among it. Decisions the store read as stored are given as they are; otherwise each later
 * visit's passages are traced now (memoFollowUp).
 */
export function traceFollowUps(row: DecidedTraceRow | TraceRow) {
  const laterVisits =
    "decided" in row
      ? row.followUps
      : row.followUps.map((later) => ({
          visit: later.visit,
          followUp: memoFollowUp(row.recommendation, later),
        }));
  return laterVisits.map((later) => {
    const result = later.followUp;
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
