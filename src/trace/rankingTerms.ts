import { stemmer } from "stemmer";

/**
 * Words that say nothing about which area of practice a passage is on: function words, and the verbs
 * and evaluative words every recommendation and finding uses ('ensure', 'improve', 'effective',
 * 'consistently'). Left out so that relevance rests on the topic ('contingency', 'return home
 * interviews'), while polarity is judged separately.
 */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having
  he her here hers him his how i if in into is it its itself just more most much must no nor not now of off on
  once only or other our out over own same she should so some such than that the their them then there these
  they this those through to too under until up very was we were what when where which while who whom why will
  with within would you your
  ensure ensuring ensures improve improving improved improvement improvements develop developing strengthen
  strengthening review reviewing make sure take takes taken action actions necessary continue consider
  considered including include includes further better good well strong effective effectively effectiveness
  consistent consistently inconsistent quality high timely appropriate appropriately robust clear clearly full
  fully sufficient sufficiently always often routinely systematic systematically regular regularly properly
  rigorous rigorously place use used using work working practice support supported services service area areas
  local authority authority's council need needs needed level levels range way ways across every whether able`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Stems already computed: reports share a vocabulary of some thousands of words. Bounded all the same. */
const stemCache = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= MAX_CACHED_STEMS) stemCache.clear();
    stem = stemmer(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * The terms a passage is ranked on: Porter stems of its content words, and each pair of adjacent content
 * words joined with '_' so that a shared phrase ('return home interviews') outranks the same words
 * scattered. Possessives and case are dropped; hyphens separate ('multi-agency').
 */
export function rankingTerms(passage: string): string[] {
  const stems: Array<string | null> = [];
  for (const match of passage.matchAll(WORD)) {
    const lower = match[0]
      .toLowerCase()
      .replace(/['’]s$/u, "")
      .replace(/['’]/gu, "");
    stems.push(STOPWORDS.has(lower) || /^\d+$/.test(lower) ? null : stemOf(lower));
  }
  const terms: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i];
    if (stem === null || stem === undefined) continue;
    terms.push(stem);
    const next = stems[i + 1];
    if (next) terms.push(`${stem}_${next}`);
  }
  return terms;
}
