import type { Polarity } from "./InspectionRecord.ts";

export type TraceStatus = "IMPROVED" | "PERSISTS" | "MIXED" | "NOT_COVERED";

export interface TraceDecision {
  status: TraceStatus;
  /** Ids of the findings and recommendations the status rests on. */
  decidedBy: string[];
}

/**
 * What a later visit says about a recommendation's themes, from its findings on them (positive:
 * strengths; against: weaknesses) and any new recommendation that repeats them (against):
 * - nothing on the themes → NOT_COVERED;
 * - only positive → IMPROVED; only against → PERSISTS;
 * - both: PERSISTS where the evidence against is at least twice the positive, IMPROVED where the positive
 *   is at least three times the evidence against and no new recommendation repeats the theme, else MIXED.
 * A MIXED finding counts on both sides; neutral findings count for nothing.
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
  const against = [...negative, ...repeated];
  if (positive.length === 0 && against.length === 0) return { status: "NOT_COVERED", decidedBy: [] };
  if (against.length === 0) return { status: "IMPROVED", decidedBy: positive };
  if (positive.length === 0) return { status: "PERSISTS", decidedBy: against };
  if (against.length >= 2 * positive.length) return { status: "PERSISTS", decidedBy: against };
  if (repeated.length === 0 && positive.length >= 3 * against.length)
    return { status: "IMPROVED", decidedBy: positive };
  return { status: "MIXED", decidedBy: [...new Set([...positive, ...against])] };
}
