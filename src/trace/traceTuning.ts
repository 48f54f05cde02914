/**
 * The few numbers tracing turns on, in one place. Chosen by measurement (`npm run tune:trace`) over the
 * project's own labelled pairs (data/labels/trace-tune.jsonl) together with the shared development set;
 * see the README's evaluation section. Each is a property of the method, never of a report.
 */
export interface TraceTuning {
  /** Relevance (see rankEvidence) below which a passage is not on the recommendation's subject. */
  minRelevance: number;
  /** Relevance at which a later recommendation asks for the same thing again. */
  repeatRelevance: number;
  /** The same for a later recommendation on the earlier one's central theme. */
  themedRepeatRelevance: number;
  /** How many of the most relevant passages the status rests on. */
  deciding: number;
  /** Weight of a repeated recommendation against improvement, times its relevance. */
  repeatWeight: number;
  /** Extra weight of a sentence that states progress or its absence outright. */
  statedProgress: number;
  /** Share of the weight against at or below which the area improved. */
  improvedAtMost: number;
  /** Share of the weight against at or above which the weakness persists. */
  persistsAtLeast: number;
  /**
   * Relevance at or above which a strength that is the most relevant evaluating passage makes a MIXED
   * balance IMPROVED (nothing repeating the recommendation); above 1, never.
   */
  leadingStrength: number;
  /** How far a later grade of the recommendation's judgement area moves the balance. */
  gradeWeight: number;
  /** Relevance of the best passage at which an IMPROVED with no criticism is held with HIGH confidence. */
  firmRelevance: number;
}

export const TRACE_TUNING: Readonly<TraceTuning> = Object.freeze({
  minRelevance: 0.1,
  repeatRelevance: 0.1,
  themedRepeatRelevance: 0.05,
  deciding: 5,
  repeatWeight: 1.5,
  statedProgress: 0.5,
  improvedAtMost: 0.2,
  persistsAtLeast: 0.6,
  leadingStrength: 0.18,
  gradeWeight: 0.5,
  firmRelevance: 0.25,
});
