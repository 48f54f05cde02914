import { THEMES } from "../../domain/ThemeTaxonomy.ts";
import { PhraseLexicon, type PhraseMatch } from "./PhraseLexicon.ts";
import { type WordToken, wordTokens } from "./wordTokens.ts";

/** A theme found in a passage, with the words that show it (for explaining a match). */
export interface ThemeMatch {
  themeId: string;
  /** The lexicon phrase that matched. */
  term: string;
  /** Whether the phrase is one of the theme's generic (`weak`) terms. */
  weak: boolean;
  /** Offsets [start, end) in the passage. */
  start: number;
  end: number;
  /** Indexes of the first and last word matched, in `wordTokens(passage)`. */
  firstToken: number;
  lastToken: number;
}

interface TermKey {
  themeId: string;
  weak: boolean;
}

const terms = new PhraseLexicon<TermKey>(
  THEMES.flatMap((theme) => [
    ...theme.terms.map((term) => [{ themeId: theme.id, weak: false }, term] as const),
    ...theme.weak.map((term) => [{ themeId: theme.id, weak: true }, term] as const),
  ]),
);
const exclusions = new PhraseLexicon(
  THEMES.flatMap((theme) => theme.exclude.map((phrase) => [theme.id, phrase] as const)),
);

/**
 * Every occurrence of a practice-theme term in the passage, in text order. Matching is word-based
 * (never inside a word), by stem, so inflections and possessives match ('supervised', 'managers'
 * oversight'); a match lying inside one of its theme's exclusion phrases is dropped.
 */
export function findThemeMatches(passage: string): ThemeMatch[] {
  return themeMatchesIn(wordTokens(passage));
}

/** `findThemeMatches` on the tokens of a passage already split into words. */
export function themeMatchesIn(tokens: readonly WordToken[]): ThemeMatch[] {
  const excluded = exclusions.matchAll(tokens);
  return terms
    .matchAll(tokens)
    .filter((match) => !excluded.some((ex) => ex.key === match.key.themeId && covers(ex, match)))
    .map((match) => toThemeMatch(match, tokens));
}

function covers(outer: PhraseMatch<unknown>, inner: PhraseMatch<unknown>): boolean {
  return outer.first <= inner.first && outer.last >= inner.last;
}

function toThemeMatch(match: PhraseMatch<TermKey>, tokens: readonly WordToken[]): ThemeMatch {
  const first = tokens[match.first] as WordToken;
  const last = tokens[match.last] as WordToken;
  return {
    themeId: match.key.themeId,
    term: match.phrase,
    weak: match.key.weak,
    start: first.start,
    end: last.end,
    firstToken: match.first,
    lastToken: match.last,
  };
}
