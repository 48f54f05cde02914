import { isRepeat } from "./isRepeat.ts";
import { rankEvidence } from "./rankEvidence.ts";
import { TRACE_TUNING, type TraceTuning } from "./traceTuning.ts";

/** One visit's recommendations, visits in date order. */
export interface VisitRecommendations {
  visitId: string;
  recommendations: ReadonlyArray<{ id: string; text: string; themes: readonly string[] }>;
}

/** A later recommendation that asks for the same thing as an earlier one. */
export interface RepeatLink {
  later: string;
  earlier: string;
  relevance: number;
}

/**
 * Which recommendations repeat an earlier one in substance: for each visit's recommendations, those of
 * the next visit that makes any, ranked by relevance to each earlier one (see rankEvidence), kept when
 * they repeat it (see isRepeat), the same test `followUp` applies. Visits must come oldest first.
 */
export function findRepeats(
  visits: readonly VisitRecommendations[],
  tuning: TraceTuning = TRACE_TUNING,
): RepeatLink[] {
  const links: RepeatLink[] = [];
  const withRecommendations = visits.filter((visit) => visit.recommendations.length > 0);
  for (let i = 0; i + 1 < withRecommendations.length; i++) {
    const later = (withRecommendations[i + 1] as VisitRecommendations).recommendations;
    for (const earlier of (withRecommendations[i] as VisitRecommendations).recommendations) {
      for (const ranked of rankEvidence(earlier, later)) {
        if (isRepeat(ranked, earlier.themes, tuning))
          links.push({ later: ranked.candidate.id, earlier: earlier.id, relevance: ranked.relevance });
      }
    }
  }
  return links;
}
