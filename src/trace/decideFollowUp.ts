import type { Polarity } from "../domain/InspectionRecord.ts";
import { type Progress, progressLanguage } from "./progressLanguage.ts";
import { followUpConfidence } from "./followUpConfidence.ts";
import { TRACE_TUNING, type TraceTuning } from "./traceTuning.ts";

import type { TraceConfidence, TraceStatus } from "../domain/TraceStatus.ts";

export type { TraceStatus };
export type Confidence = TraceConfidence;

/** One later passage on the recommendation's subject, already judged relevant. */
export interface WeighedEvidence {
  id: string;
  text: string;
  /** Null for a later recommendation. */
  polarity: Polarity | null;
  relevance: number;
  /** A later recommendation that asks for the same thing again. */
  repeats: boolean;
}

export interface FollowUpDecision {
  status: TraceStatus;
  confidence: Confidence;
  /** One sentence a user can check against the evidence. */
  reason: string;
  /** Weight of the evidence for improvement and against it, after relevance. */
  forImprovement: number;
  against: number;
}

/**
 * The status a careful reader gives a recommendation at a later visit, from the later passages on the
 * same subject (each weighted by its relevance):
 * - nothing relevant that evaluates, and no repeat → NOT_COVERED;
 * - strengths count for improvement, weaknesses and repeated recommendations against, a MIXED sentence half
 *   each way; stated progress ('has improved', 'since the last inspection') or its absence ('remains',
 *   'continues to', 'not yet') adds weight to its side; a later grade of the area the recommendation
 *   belongs to adds a little (good or outstanding for, inadequate against);
 * - then by the share against (thresholds in TraceTuning): low → IMPROVED (never when repeated), high →
 *   PERSISTS, between → MIXED, unless the most relevant evaluating passage is a strength clearly on the
 *   subject (`leadingStrength`): then IMPROVED, since criticism less squarely on the point does not undo
 *   what the report says on it first (measured: IMPROVED read as MIXED was the commonest disagreement).
 * Confidence says how often careful readers agreed with follow-ups of the same kind (followUpConfidence);
 * NOT_COVERED is HIGH when nothing at all is on the subject.
 */
export function decideFollowUp(
  evidence: readonly WeighedEvidence[],
  laterGrade: string | null,
  tuning: TraceTuning = TRACE_TUNING,
): FollowUpDecision {
  const { repeatWeight, statedProgress, improvedAtMost, persistsAtLeast, leadingStrength, gradeWeight } =
    tuning;
  let forImprovement = 0;
  let against = 0;
  let strengths = 0;
  let weaknesses = 0;
  let stated = 0;
  let evaluating = 0;
  // Relevance of the most relevant strength, and of the most relevant other evaluating passage (a
  // weakness or a MIXED sentence).
  let bestStrength = 0;
  let bestOther = 0;
  const repeated = evidence.some((e) => e.repeats);
  for (const item of evidence) {
    if (item.repeats) {
      against += repeatWeight * item.relevance;
      continue;
    }
    // A later recommendation that does not repeat this one carries no weight either way.
    if (item.polarity === null) continue;
    if (item.polarity !== "NEUTRAL") {
      evaluating++;
      if (item.polarity === "STRENGTH") bestStrength = Math.max(bestStrength, item.relevance);
      else bestOther = Math.max(bestOther, item.relevance);
    }
    const progress: Progress = progressLanguage(item.text);
    const weight = item.relevance;
    if (item.polarity === "STRENGTH" || item.polarity === "MIXED") {
      forImprovement += (item.polarity === "MIXED" ? 0.5 : 1) * weight;
      if (progress === "IMPROVED") forImprovement += statedProgress * weight;
      strengths++;
    }
    if (item.polarity === "WEAKNESS" || item.polarity === "MIXED") {
      against += (item.polarity === "MIXED" ? 0.5 : 1) * weight;
      if (progress === "PERSISTS") against += statedProgress * weight;
      weaknesses++;
    }
    if (item.polarity === "NEUTRAL" && progress !== null) {
      if (progress === "IMPROVED") forImprovement += statedProgress * weight;
      else against += statedProgress * weight;
    }
    if (progress !== null) stated++;
  }
  const total = forImprovement + against;
  if (total === 0) {
    return {
      status: "NOT_COVERED",
      confidence: evidence.length === 0 ? "HIGH" : "MEDIUM",
      reason:
        evidence.length === 0
          ? "Nothing in the later report is on the same subject."
          : `${evidence.length} passage(s) on the subject describe it without evaluating it.`,
      forImprovement,
      against,
    };
  }
  if (laterGrade === "GOOD" || laterGrade === "OUTSTANDING")
    forImprovement += gradeWeight * Math.min(1, total);
  if (laterGrade === "INADEQUATE") against += gradeWeight * Math.min(1, total);
  const share = against / (forImprovement + against);
  let status: Exclude<TraceStatus, "NOT_COVERED">;
  if (share <= improvedAtMost && !repeated) status = "IMPROVED";
  else if (share >= persistsAtLeast) status = "PERSISTS";
  else status = "MIXED";
  const ledByStrength =
    status === "MIXED" && !repeated && bestStrength > bestOther && bestStrength >= leadingStrength;
  if (ledByStrength) status = "IMPROVED";
  const confidence = followUpConfidence(
    // A MIXED sentence counts once here, though it is both a strength and a weakness above.
    {
      status,
      passages: evaluating + (repeated ? 1 : 0),
      weaknesses,
      repeated,
      laterGrade,
      bestRelevance: Math.max(bestStrength, bestOther),
    },
    tuning.firmRelevance,
  );
  const parts = [
    `${strengths} relevant strength${strengths === 1 ? "" : "s"}`,
    `${weaknesses} weakness${weaknesses === 1 ? "" : "es"}`,
    `repeated: ${repeated ? "yes" : "no"}`,
  ];
  if (ledByStrength) parts.push("the most relevant is a strength");
  if (stated > 0) parts.push(`${stated} stating progress or its absence`);
  if (laterGrade) parts.push(`later grade ${laterGrade.toLowerCase().replace(/_/g, " ")}`);
  return { status, confidence, reason: `${parts.join("; ")}.`, forImprovement, against };
}
