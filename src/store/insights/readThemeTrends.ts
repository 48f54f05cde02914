import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { frameworkEra } from "../../domain/frameworkEra.ts";
import type { TrendGrouping } from "../../domain/Grouping.ts";
import type { AuthorityMatches } from "../reference/readAuthorityMatches.ts";

/** How themeTrends groups visits. */

export interface ThemeTrendQuery {
  from: string | null;
  to: string | null;
  groupBy: TrendGrouping;
}

/** One theme's counts in a group. */
export interface ThemeCount {
  themeId: string;
  recommendations: number;
  weaknesses: number;
}

/** A group of visits (a year, a framework era or a region) and what they hold per theme. */
export interface ThemeTrendGroup {
  /** '2019'; 'SIF'; 'East of England'; 'UNDATED' or 'UNKNOWN' when the visit has no date or region. */
  key: string;
  visits: number;
  /** All recommendations and weakness findings of the group's visits, with or without a theme. */
  recommendations: number;
  weaknesses: number;
  /** Themes with any count, most recommendations (then weaknesses) per visit first. */
  themes: ThemeCount[];
}

const TrendVisitRow = z.object({
  visitId: z.string(),
  authorityId: z.string(),
  startDate: z.string().nullable(),
  recommendationThemes: z.array(z.array(z.string())),
  weaknessThemes: z.array(z.array(z.string())),
});
export type TrendVisitRow = z.infer<typeof TrendVisitRow>;

/** The group key of a visit. */
function keyOf(visit: TrendVisitRow, groupBy: TrendGrouping, matches: AuthorityMatches): string {
  if (groupBy === "YEAR") return visit.startDate?.slice(0, 4) ?? "UNDATED";
  if (groupBy === "FRAMEWORK") return frameworkEra(visit.startDate);
  return matches.entryOf.get(visit.authorityId)?.region?.name ?? "UNKNOWN";
}

/**
 * Per group of visits, the recommendations and weakness findings on each theme; a passage with several
 * themes counts once for each. Groups in key order. Pure, so the report script and the API share it.
 */
export function groupThemeTrends(
  visits: readonly TrendVisitRow[],
  groupBy: TrendGrouping,
  matches: AuthorityMatches,
): ThemeTrendGroup[] {
  const groups = new Map<
    string,
    { visits: number; recs: number; weak: number; themes: Map<string, ThemeCount> }
  >();
  for (const visit of visits) {
    const key = keyOf(visit, groupBy, matches);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { visits: 0, recs: 0, weak: 0, themes: new Map() }));
    group.visits += 1;
    group.recs += visit.recommendationThemes.length;
    group.weak += visit.weaknessThemes.length;
    const theme = (id: string) => {
      let count = group.themes.get(id);
      if (!count) group.themes.set(id, (count = { themeId: id, recommendations: 0, weaknesses: 0 }));
      return count;
    };
    for (const ids of visit.recommendationThemes)
      for (const id of new Set(ids)) theme(id).recommendations += 1;
    for (const ids of visit.weaknessThemes) for (const id of new Set(ids)) theme(id).weaknesses += 1;
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => ({
      key,
      visits: g.visits,
      recommendations: g.recs,
      weaknesses: g.weak,
      themes: [...g.themes.values()].sort(
        (a, b) =>
          b.recommendations - a.recommendations ||
          b.weaknesses - a.weaknesses ||
          a.themeId.localeCompare(b.themeId),
      ),
    }));
}

/** The visits between two partial dates (both inclusive) with the themes of their recommendations and weaknesses. */
export function readThemeTrendVisits(executor: Executor, from: string | null, to: string | null) {
  return executor.read("insights/theme-trend-visits", { from, to }, TrendVisitRow);
}
