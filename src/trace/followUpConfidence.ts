import type { Grade } from "../domain/InspectionRecord.ts";
import type { TraceConfidence, TraceStatus } from "../domain/TraceStatus.ts";

/** What a follow-up's status rests on, as far as its confidence depends on it. */
export interface DecidedFollowUp {
  /** NOT_COVERED is decided before any balance: see decideFollowUp. */
  status: Exclude<TraceStatus, "NOT_COVERED">;
  /** Evaluating passages among the deciding ones, a repeat counted as one. */
  passages: number;
  /** Deciding passages that criticise the area (a MIXED sentence included). */
  weaknesses: number;
  repeated: boolean;
  /** The later grade of the recommendation's judgement area, where one clearly applies. */
  laterGrade: string | null;
  /** Relevance of the most relevant evaluating passage. */
  bestRelevance: number;
}

const FAVOURABLE: ReadonlySet<string> = new Set<Grade>(["GOOD", "OUTSTANDING"]);

/**
 * How far a user can rely on a follow-up's status: levels set by how often careful readers agreed with
 * follow-ups of the same kind on the project's own labelled sets (`npm run eval:trace` prints agreement by
 * level for any set). On the largest of them, readers agreed with 96% of HIGH, 57% of MEDIUM and 29% of
 * LOW (the shared development set, not used to choose: 75%, 75% and 52%).
 * - HIGH: IMPROVED where the later grade of the area is good or outstanding, or where nothing deciding
 *   criticises the area and the best passage is clearly on it (`firmRelevance`); PERSISTS asked for again
 *   with at least two relevant criticisms.
 * - LOW: a status resting on one passage, and MIXED: readers most often saw one side there, the other
 *   being passing remarks or about something else.
 * - MEDIUM: the rest.
 */
export function followUpConfidence(decided: DecidedFollowUp, firmRelevance: number): TraceConfidence {
  const { status, passages, weaknesses, repeated, laterGrade, bestRelevance } = decided;
  if (passages <= 1 || status === "MIXED") return "LOW";
  if (status === "IMPROVED") {
    const favourable = laterGrade !== null && FAVOURABLE.has(laterGrade);
    return favourable || (weaknesses === 0 && bestRelevance >= firmRelevance) ? "HIGH" : "MEDIUM";
  }
  return repeated && weaknesses >= 2 ? "HIGH" : "MEDIUM";
}
