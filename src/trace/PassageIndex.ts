import { createHash } from "node:crypto";
import MiniSearch from "minisearch";
import { rankingTerms } from "./rankingTerms.ts";

/** A passage's place in the list the index was built from, and its relevance to a recommendation. */
export interface Scored {
  position: number;
  relevance: number;
}

const SELF = "\u0000self";

/**
 * A BM25+ index (MiniSearch) over one later visit's passages, built once and reused for every
 * recommendation traced against them: building is most of tracing's cost, and a visit's passages change
 * only when its documents do.
 */
export class PassageIndex {
  private readonly index = new MiniSearch<{ id: string; text: string }>({
    fields: ["text"],
    storeFields: [],
    tokenize: rankingTerms,
    processTerm: (term) => term,
    searchOptions: { tokenize: (term) => [term], processTerm: (term) => term },
  });

  constructor(texts: readonly string[]) {
    this.index.addAll(texts.map((text, position) => ({ id: String(position), text })));
  }

  /**
   * Each passage's BM25+ score for the recommendation's terms, over the score the recommendation's own
   * text gets as a passage of the same collection (so 1 is 'as on-subject as the recommendation itself',
   * whatever its length). Each term is searched on its own and the scores summed: MiniSearch's OR search
   * multiplies by the number of terms matched, which favours long passages. Passages sharing no term are
   * left out; the rest come most relevant first.
   */
  score(text: string): Scored[] {
    const query = new Set(rankingTerms(text));
    if (query.size === 0) return [];
    // The recommendation joins the collection for the moment it is scored, so that its own score is
    // measured with the same term weights; it is taken out again before anyone else uses the index.
    const self = { id: SELF, text };
    this.index.add(self);
    const scores = new Map<string, number>();
    try {
      for (const term of query) {
        for (const hit of this.index.search(term)) scores.set(hit.id, (scores.get(hit.id) ?? 0) + hit.score);
      }
    } finally {
      this.index.remove(self);
    }
    const own = scores.get(SELF) ?? 0;
    if (own <= 0) return [];
    scores.delete(SELF);
    return [...scores]
      .map(([id, score]) => ({ position: Number(id), relevance: Math.min(1, score / own) }))
      .sort((a, b) => b.relevance - a.relevance);
  }
}

/** Indexes kept, most recently used last. */
const cache = new Map<string, PassageIndex>();
const CACHED_INDEXES = 64;

/**
 * The index of these passages, from a small cache keyed by their texts' digest (built and cached when
 * missing). Passages in the same order with the same texts share one index whatever objects carry them.
 */
export function passageIndexOf(texts: readonly string[]): PassageIndex {
  const hash = createHash("sha1");
  for (const text of texts) hash.update(text).update("\u0000");
  const key = hash.digest("base64");
  let index = cache.get(key);
  if (index === undefined) {
    index = new PassageIndex(texts);
    if (cache.size >= CACHED_INDEXES) cache.delete(cache.keys().next().value as string);
  } else cache.delete(key);
  cache.set(key, index);
  return index;
}
