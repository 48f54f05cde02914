import { clauseWeights } from "./clauseWeights.ts";
import { type ThemeMatch, themeMatchesIn } from "./findThemeMatches.ts";
import { wordTokens } from "./wordTokens.ts";

/** A theme of a passage with how central it is there. */
export interface RankedTheme {
  themeId: string;
  /** Centrality: the best match's weight (term tier × clause), plus a little for each repeat. */
  score: number;
  /** Whether the passage is about it, by the ranking's rules (see `rankThemes`). */
  kept: boolean;
  matches: ThemeMatch[];
}

/** Weight of a generic (`weak`) term against a specific one. */
export const WEAK_WEIGHT = 0.5;
/** Added to a theme's score for each further place the passage names it, up to `MAX_REPEAT_BONUS`. */
const REPEAT_BONUS = 0.05;
const MAX_REPEAT_BONUS = 0.15;
/** A theme is kept when its score reaches this share of the best theme's. */
export const KEEP_RATIO = 0.5;
/** The most themes a passage is about. */
export const MAX_THEMES = 3;

/**
 * Every theme the passage mentions, most central first, each with its score and whether it is kept.
 *
 * A match weighs 1 for a specific term, `WEAK_WEIGHT` for a generic one, times the weight of its
 * clause (`clauseWeights`: lower in purpose and example clauses). A theme scores its best match, plus
 * a little for repeats. Themes are kept when they reach `KEEP_RATIO` of the best score, at most
 * `MAX_THEMES`: so a generic mention ('senior managers have acted to recruit more foster carers')
 * yields to a specific one in the main clause, but stands when nothing more specific is said.
 * Ties are broken by the earlier first mention.
 */
export function rankThemes(passage: string): RankedTheme[] {
  const tokens = wordTokens(passage);
  const clauseWeight = clauseWeights(passage, tokens);
  const all = themeMatchesIn(tokens);
  const byTheme = new Map<string, ThemeMatch[]>();
  for (const match of all) {
    if (all.some((other) => explains(other, match))) continue;
    const list = byTheme.get(match.themeId) ?? [];
    list.push(match);
    byTheme.set(match.themeId, list);
  }
  const ranked = [...byTheme].map(([themeId, matches]) => {
    const best = Math.max(...matches.map((m) => matchWeight(m, clauseWeight)));
    const places = separatePlaces(matches);
    const bonus = Math.min(MAX_REPEAT_BONUS, REPEAT_BONUS * (places - 1));
    return {
      themeId,
      score: best + bonus,
      kept: false,
      matches,
      first: Math.min(...matches.map((m) => m.firstToken)),
    };
  });
  ranked.sort((a, b) => b.score - a.score || a.first - b.first);
  const top = ranked[0]?.score ?? 0;
  return ranked.map(({ first: _first, ...theme }, index) => ({
    ...theme,
    kept: index < MAX_THEMES && theme.score >= KEEP_RATIO * top,
  }));
}

/** How many places of the passage the matches stand in, overlapping matches counting once. */
function separatePlaces(matches: readonly ThemeMatch[]): number {
  let places = 0;
  let end = -1;
  for (const match of [...matches].sort((a, b) => a.firstToken - b.firstToken)) {
    if (match.firstToken > end) places++;
    end = Math.max(end, match.lastToken);
  }
  return places;
}

/**
 * Whether another theme's specific phrase accounts for the words of `match`: it spans a generic
 * match ('foster carers being recruited'), or it continues past the end of the match, so that the
 * match only modifies the other phrase's head noun ('child protection conference chairs').
 */
function explains(other: ThemeMatch, match: ThemeMatch): boolean {
  if (other.weak || other.themeId === match.themeId) return false;
  if (match.weak && other.firstToken <= match.firstToken && other.lastToken >= match.lastToken) return true;
  return other.firstToken <= match.lastToken && other.lastToken > match.lastToken;
}

function matchWeight(match: ThemeMatch, clauseWeight: readonly number[]): number {
  return (match.weak ? WEAK_WEIGHT : 1) * (clauseWeight[match.firstToken] ?? 1);
}
