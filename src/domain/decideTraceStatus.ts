import type { Polarity } from "./InspectionRecord.ts";

export type TraceStatus = "IMPROVED" | "PERSISTS" | "MIXED" | "NOT_COVERED";

export interface TraceDecision {
  status: TraceStatus;
  /** Ids of the findings and recommendations the status rests on. */
  decidedBy: string[];
}

/**
 * What a later visit says about a recommendation's themes, from its findings on them and any new
 * recommendation that repeats them:
 * - nothing on the themes → NOT_COVERED;
 * - a new recommendation on them → PERSISTS, or MIXED where some findings are positive;
 * - otherwise only positive findings → IMPROVED, only negative ones → PERSISTS, both → MIXED.
 * Neutral findings count for nothing; a MIXED finding counts on both sides.
 */
export function decideTraceStatus(
  findings: ReadonlyArray<{ id: string; polarity: Polarity }>,
  newRecommendations: ReadonlyArray<{ id: string }>,
): TraceDecision {
  const positive = findings
    .filter((f) => f.polarity === "STRENGTH" || f.polarity === "MIXED")
    .map((f) => f.id);
  const negative = findings
    .filter((f) => f.polarity === "WEAKNESS" || f.polarity === "MIXED")
    .map((f) => f.id);
  const repeated = newRecommendations.map((r) => r.id);
  const against = [...new Set([...negative, ...repeated])];
  if (positive.length === 0 && against.length === 0) return { status: "NOT_COVERED", decidedBy: [] };
  if (against.length === 0) return { status: "IMPROVED", decidedBy: positive };
  if (positive.length === 0) return { status: "PERSISTS", decidedBy: against };
  return { status: "MIXED", decidedBy: [...new Set([...positive, ...against])] };
}
