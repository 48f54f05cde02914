import type { Candidate, Ranked } from "./rankEvidence.ts";
import type { TraceTuning } from "./traceTuning.ts";

/**
 * Whether a later recommendation, ranked against an earlier one, asks for the same thing again: relevant
 * enough on its words alone, or less relevant but on the earlier one's central theme. Recommendations are
 * short and name their area in few words ('Supervision ... in care leavers services' repeats 'the quality
 * and frequency of supervision'), so here, unlike for findings, a shared theme supports a weaker match.
 */
export function isRepeat(
  ranked: Ranked<Candidate>,
  earlierThemes: readonly string[],
  tuning: Pick<TraceTuning, "repeatRelevance" | "themedRepeatRelevance">,
): boolean {
  if (ranked.relevance >= tuning.repeatRelevance) return true;
  const central = earlierThemes[0];
  return (
    central !== undefined &&
    ranked.relevance >= tuning.themedRepeatRelevance &&
    ranked.candidate.themes.includes(central)
  );
}
