import MiniSearch from "minisearch";
import { rankingTerms } from "./rankingTerms.ts";
import { TRACE_TUNING } from "./traceTuning.ts";

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
   * weighted terms the candidate has (1 for the recommendation itself, whatever its length), plus a
   * little when the two share a theme. Comparable across recommendations.
   */
  relevance: number;
  /** Whether the candidate shares one of the recommendation's themes. */
  sharesTheme: boolean;
}

const SELF = "\u0000self";

/**
 * Ranks candidates by relevance to a recommendation's own words, most relevant first, with MiniSearch's
 * BM25+ over the candidates (term rarity is measured within the later visit, so words every passage uses
 * weigh little). Theme overlap supports a word match but never makes one: a candidate sharing no term has
 * relevance 0 whatever its themes.
 */
export function rankEvidence<C extends Candidate>(
  recommendation: { text: string; themes: readonly string[] },
  candidates: readonly C[],
  themeSupport = TRACE_TUNING.themeSupport,
): Array<Ranked<C>> {
  const query = rankingTerms(recommendation.text);
  if (query.length === 0 || candidates.length === 0) return [];
  const index = new MiniSearch<{ id: string; text: string }>({
    fields: ["text"],
    storeFields: [],
    tokenize: rankingTerms,
    processTerm: (term) => term,
    searchOptions: { tokenize: rankingTerms, processTerm: (term) => term, combineWith: "OR" },
  });
  index.addAll([
    ...candidates.map((c, i) => ({ id: String(i), text: c.text })),
    { id: SELF, text: recommendation.text },
  ]);
  const hits = index.search(recommendation.text);
  const self = hits.find((hit) => hit.id === SELF)?.score ?? 0;
  if (self <= 0) return [];
  const themes = new Set(recommendation.themes);
  const ranked: Array<Ranked<C>> = [];
  for (const hit of hits) {
    if (hit.id === SELF) continue;
    const candidate = candidates[Number(hit.id)] as C;
    const sharesTheme = candidate.themes.some((theme) => themes.has(theme));
    const relevance = Math.min(1, hit.score / self) + (sharesTheme ? themeSupport : 0);
    ranked.push({ candidate, relevance, sharesTheme });
  }
  return ranked.sort((a, b) => b.relevance - a.relevance);
}
