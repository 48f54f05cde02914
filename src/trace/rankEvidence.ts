import MiniSearch from "minisearch";
import { rankingTerms } from "./rankingTerms.ts";

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

const SELF = "\u0000self";

/**
 * Ranks candidates by relevance to a recommendation's own words, most relevant first, with MiniSearch's
 * BM25+ over the candidates (term rarity is measured within the later visit, so words every passage uses
 * weigh little). A candidate sharing no term has relevance 0 whatever its themes.
 */
export function rankEvidence<C extends Candidate>(
  recommendation: { text: string; themes: readonly string[] },
  candidates: readonly C[],
): Array<Ranked<C>> {
  const query = rankingTerms(recommendation.text);
  if (query.length === 0 || candidates.length === 0) return [];
  const index = new MiniSearch<{ id: string; text: string }>({
    fields: ["text"],
    storeFields: [],
    tokenize: rankingTerms,
    processTerm: (term) => term,
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  });
  index.addAll([
    ...candidates.map((c, i) => ({ id: String(i), text: c.text })),
    { id: SELF, text: recommendation.text },
  ]);
  // Each term is searched on its own and the BM25+ scores summed, so a passage's score is plainly the sum of
  // its terms' weights (MiniSearch's own OR search scales scores by how many terms matched).
  const scores = new Map<string, number>();
  for (const term of new Set(query)) {
    for (const hit of index.search(term)) scores.set(hit.id, (scores.get(hit.id) ?? 0) + hit.score);
  }
  const self = scores.get(SELF) ?? 0;
  if (self <= 0) return [];
  const hits = [...scores].map(([id, score]) => ({ id, score }));
  const themes = new Set(recommendation.themes);
  const ranked: Array<Ranked<C>> = [];
  for (const hit of hits) {
    if (hit.id === SELF) continue;
    const candidate = candidates[Number(hit.id)] as C;
    const sharesTheme = candidate.themes.some((theme) => themes.has(theme));
    const relevance = Math.min(1, hit.score / self);
    ranked.push({ candidate, relevance, sharesTheme });
  }
  return ranked.sort((a, b) => b.relevance - a.relevance);
}
