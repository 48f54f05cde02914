import { passageIndexOf } from "./PassageIndex.ts";

/** A passage of a later visit that may bear on a recommendation. */
export interface Candidate {
  id: string;
  text: string;
  themes: readonly string[];
}

/** A candidate with how closely it is on the recommendation's own subject. */
export interface Ranked<C extends Candidate> {
  candidate: C;
  /**
   * BM25+ score of the candidate for the recommendation's terms, over the score the recommendation's own
   * text would get as a passage of the same collection: roughly the share of the recommendation's
   * weighted terms the candidate has (1 for the recommendation itself, whatever its length).
   * Comparable across recommendations.
   */
  relevance: number;
  /**
   * Whether the candidate shares one of the recommendation's themes: shown with the evidence, but not
   * added to relevance (measured: it let sentences on the broad theme outrank those on the specific
   * issue, and lowered agreement with careful readers).
   */
  sharesTheme: boolean;
}

/**
 * Ranks candidates by relevance to a recommendation's own words, most relevant first, with MiniSearch's
 * BM25+ over the candidates (term rarity is measured within the later visit, so words every passage uses
 * weigh little). A candidate sharing no term has relevance 0 whatever its themes.
 */
export function rankEvidence<C extends Candidate>(
  recommendation: { text: string; themes: readonly string[] },
  candidates: readonly C[],
): Array<Ranked<C>> {
  if (candidates.length === 0) return [];
  const themes = new Set(recommendation.themes);
  return passageIndexOf(candidates.map((c) => c.text))
    .score(recommendation.text)
    .map(({ position, relevance }) => {
      const candidate = candidates[position] as C;
      return { candidate, relevance, sharesTheme: candidate.themes.some((theme) => themes.has(theme)) };
    });
}
