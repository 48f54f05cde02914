import { stemmer } from "stemmer";

/** One word of a passage, with where it stands and the forms the lexicon matchers compare. */
export interface WordToken {
  /** Offsets [start, end) of the word in the passage. */
  start: number;
  end: number;
  /** The word as written, without a possessive ending ('children's' → 'children'). */
  surface: string;
  /** `surface` in lower case. */
  lower: string;
  /** Porter stem of `lower`: 'supervised' and 'supervision' both give 'supervis'. */
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word, memoised (the same few thousand words recur in every report). */
export function stemOf(lower: string): string {
  let stem = stemCache.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower);
    stemCache.set(lower, stem);
  }
  return stem;
}

/**
 * Splits a passage into words: runs of letters and digits, an inner apostrophe kept ('don't'),
 * hyphens and other punctuation separating ('multi-agency' → 'multi', 'agency').
 */
export function wordTokens(passage: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of passage.matchAll(WORD)) {
    const start = match.index;
    const surface = match[0].replace(POSSESSIVE, "");
    const lower = surface.toLowerCase();
    tokens.push({ start, end: start + match[0].length, surface, lower, stem: stemOf(lower) });
  }
  return tokens;
}
