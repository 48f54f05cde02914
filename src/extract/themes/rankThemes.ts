import { themeById } from "../../domain/ThemeTaxonomy.ts";
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
/**
 * How far a cross-cutting theme (plans, partnership...) falls behind areas of practice when the three
 * themes are chosen: below an area named in a purpose clause, above one named only as an illustration.
 */
export const CROSS_CUTTING_CHOICE_PENALTY = 0.45;
/** How far it falls behind them when the chosen themes are put in order: it loses ties and near-ties. */
export const CROSS_CUTTING_ORDER_PENALTY = 0.1;
/** The most themes a passage is about. */
export const MAX_THEMES = 3;

/**
 * Every theme the passage mentions, most central first, each with its score and whether it is kept.
 *
 * A match weighs 1 for a specific term, `WEAK_WEIGHT` for a generic one, times the weight of its
 * clause (`clauseWeights`: lower in purpose and example clauses); a match another theme's phrase
 * accounts for does not count. A theme scores its best match, plus a little for repeats. Themes
 * reaching `KEEP_RATIO` of the best score are candidates: so a generic mention stands when nothing
 * more specific is said, or beside a specific theme named once, and yields to one named again. Of
 * the candidates, at most `MAX_THEMES` are kept, areas of practice before cross-cutting aspects
 * (plans, partnership, recording: `CROSS_CUTTING_CHOICE_PENALTY`). The order is by score, an aspect
 * losing ties and near-ties to an area (`CROSS_CUTTING_ORDER_PENALTY`), then by first mention.
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
  const scored: Scored[] = [...byTheme].map(([themeId, matches]) => {
    const best = Math.max(...matches.map((m) => matchWeight(m, clauseWeight)));
    const bonus = Math.min(MAX_REPEAT_BONUS, REPEAT_BONUS * (separatePlaces(matches) - 1));
    return {
      themeId,
      score: best + bonus,
      matches,
      crossCutting: themeById(themeId)?.crossCutting === true,
      first: Math.min(...matches.map((m) => m.firstToken)),
    };
  });
  const top = Math.max(0, ...scored.map((theme) => theme.score));
  const chosen = new Set(
    scored
      .filter((theme) => theme.score >= KEEP_RATIO * top)
      .sort(byRank(CROSS_CUTTING_CHOICE_PENALTY))
      .slice(0, MAX_THEMES),
  );
  return scored.sort(byRank(CROSS_CUTTING_ORDER_PENALTY)).map((theme) => ({
    themeId: theme.themeId,
    score: theme.score,
    kept: chosen.has(theme),
    matches: theme.matches,
  }));
}

interface Scored {
  themeId: string;
  score: number;
  matches: ThemeMatch[];
  crossCutting: boolean;
  /** Index of the first word that names the theme. */
  first: number;
}

/** Orders themes by score, a cross-cutting one less `penalty`; ties go to the theme named first. */
function byRank(penalty: number): (a: Scored, b: Scored) => number {
  const rank = (theme: Scored) => theme.score - (theme.crossCutting ? penalty : 0);
  return (a, b) => rank(b) - rank(a) || a.first - b.first;
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
 * match ('foster carers being recruited'), or it starts within the match and runs past its end, so
 * that the match only modifies the other phrase's head noun ('child protection conference chairs').
 * A specific match inside another phrase's `*` gap stands ('oversight of care leavers' cases').
 */
function explains(other: ThemeMatch, match: ThemeMatch): boolean {
  if (other.weak || other.themeId === match.themeId) return false;
  if (match.weak && other.firstToken <= match.firstToken && other.lastToken >= match.lastToken) return true;
  return (
    other.firstToken > match.firstToken &&
    other.firstToken <= match.lastToken &&
    other.lastToken > match.lastToken
  );
}

function matchWeight(match: ThemeMatch, clauseWeight: readonly number[]): number {
  return (match.weak ? WEAK_WEIGHT : 1) * (clauseWeight[match.firstToken] ?? 1);
}
