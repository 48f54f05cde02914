import { THEMES } from "../../domain/ThemeTaxonomy.ts";
import { PhraseLexicon, type PhraseMatch } from "./PhraseLexicon.ts";
import { type WordToken, wordTokens } from "./wordTokens.ts";

/** A theme found in a passage, with the words that show it (for explaining a match). */
export interface ThemeMatch {
  themeId: string;
  /** The lexicon phrase that matched. */
  term: string;
  /** Offsets [start, end) in the passage. */
  start: number;
  end: number;
}

const themeOrder = new Map(THEMES.map((theme, index) => [theme.id, index]));
const terms = new PhraseLexicon(
  THEMES.flatMap((theme) => theme.terms.map((term) => [theme.id, term] as const)),
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
  const tokens = wordTokens(passage);
  const excluded = exclusions.matchAll(tokens);
  return terms
    .matchAll(tokens)
    .filter((match) => !excluded.some((ex) => ex.key === match.key && covers(ex, match)))
    .map((match) => toThemeMatch(match, tokens));
}

/**
 * The ids of the practice themes a passage speaks of, in the taxonomy's order, each once.
 *
 * @example
 * matchThemes("Managers' oversight and supervision are not yet consistent"); // ["supervision", "management-oversight"]
 */
export function matchThemes(passage: string): string[] {
  const ids = new Set(findThemeMatches(passage).map((match) => match.themeId));
  return [...ids].sort((a, b) => (themeOrder.get(a) ?? 0) - (themeOrder.get(b) ?? 0));
}

function covers(outer: PhraseMatch<string>, inner: PhraseMatch<string>): boolean {
  return outer.first <= inner.first && outer.last >= inner.last;
}

function toThemeMatch(match: PhraseMatch<string>, tokens: readonly WordToken[]): ThemeMatch {
  const first = tokens[match.first] as WordToken;
  const last = tokens[match.last] as WordToken;
  return { themeId: match.key, term: match.phrase, start: first.start, end: last.end };
}
