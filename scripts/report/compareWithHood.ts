import type { TrendVisitRow } from "../../src/store/insights/readThemeTrends.ts";
import type { ThemeTrendGroup } from "../../src/store/insights/readThemeTrends.ts";
import { HOOD_CATEGORIES } from "./hoodCategories.ts";

/** How many of our top themes count as 'among the most common'. */
export const TOP = 6;

const percent = (n: number, of: number) => (of === 0 ? "0%" : `${Math.round((100 * n) / of)}%`);

/**
 * Lines that set our SIF-era (2013–2017) recommendation themes beside Hood, Nilsson and Habibi's most
 * common categories: for each category, the rank of its best theme in our table and the share of SIF-era
 * recommendations on any of its themes; whether that agrees (a theme of it in our top TOP); and where it
 * does not, why, as far as the figures tell.
 */
export function compareWithHood(
  sif: ThemeTrendGroup | undefined,
  sifVisits: readonly TrendVisitRow[],
): string[] {
  if (!sif || sif.recommendations === 0)
    return [
      "No SIF-era (2013–2017) recommendations in the graph: nothing to compare with Hood et al. (2019).",
    ];
  const rank = new Map(sif.themes.filter((t) => t.recommendations > 0).map((t, i) => [t.themeId, i + 1]));
  const top = sif.themes.slice(0, TOP).filter((t) => t.recommendations > 0);
  const recommendations = sifVisits.flatMap((v) => v.recommendationThemes);
  const lines = [
    `Hood, Nilsson and Habibi (2019): the most common SIF-era recommendation categories were performance`,
    `management, casework, oversight of practice and multi-agency working. Our SIF-era figures: ${sif.visits} visits,`,
    `${sif.recommendations} recommendations; our top ${TOP}: ${top.map((t) => `${t.themeId} (${t.recommendations})`).join(", ")}.`,
    "",
  ];
  let agreeing = 0;
  for (const category of HOOD_CATEGORIES) {
    const ids: readonly string[] = category.themeIds;
    const covering = recommendations.filter((themes) => themes.some((id) => ids.includes(id))).length;
    const ranked = ids
      .map((id) => ({ id, rank: rank.get(id) }))
      .filter((r): r is { id: string; rank: number } => r.rank !== undefined)
      .sort((a, b) => a.rank - b.rank);
    const best = ranked[0];
    const agrees = best !== undefined && best.rank <= TOP;
    if (agrees) agreeing += 1;
    const where = best
      ? `best theme ${best.id} ranks ${best.rank} of ${rank.size}`
      : "none of its themes occurs";
    lines.push(
      `- ${category.name} (${ids.join(", ")}): ${where}; ${covering} recommendations (${percent(covering, sif.recommendations)}) touch it: ${agrees ? "AGREES" : "DOES NOT AGREE"}.`,
    );
    if (!agrees) {
      const areas = outsideCategories(top.map((t) => t.themeId));
      const crowded =
        areas.length > 0
          ? ` Of our top ${TOP}, ${areas.join(" and ")} are areas of service, which their categories (kinds of ask) cut across; they take places a category of theirs would hold.`
          : "";
      lines.push(`  Why: ${disagreement(ids, covering, sif, top.at(-1)?.recommendations ?? 0)}${crowded}`);
    }
  }
  lines.push(
    "",
    `${agreeing} of ${HOOD_CATEGORIES.length} categories agree with our top ${TOP}.`,
    ...caveats(
      sif,
      top.map((t) => t.themeId),
    ),
  );
  return lines;
}

/** Why a category is not among our top themes, from the figures. */
function disagreement(
  ids: readonly string[],
  covering: number,
  sif: ThemeTrendGroup,
  topCut: number,
): string {
  if (covering === 0) return "no SIF-era recommendation in the graph carries any of its themes.";
  if (ids.length > 1 && covering >= topCut)
    return `its ${covering} recommendations are split across ${ids.length} of our narrower themes; taken together they would be among our top ${TOP} (which needs ${topCut}).`;
  const near = covering >= 0.8 * topCut ? "just short of" : "well below";
  const split = ids.length > 1 ? `, even with its ${ids.length} themes taken together,` : "";
  return `${covering} recommendations (${(covering / sif.visits).toFixed(2)} per visit)${split} are ${near} the ${topCut} of the last of our top ${TOP}: in the reports the graph holds, other themes are asked for more often.`;
}

/** What limits the comparison, from the figures. */
function caveats(sif: ThemeTrendGroup, top: readonly string[]): string[] {
  const lines = ["Caveats:"];
  if (sif.visits < 30)
    lines.push(
      `- ${sif.visits} SIF-era visits only: Hood et al. coded all SIF reports, so small counts here move ranks easily.`,
    );
  const themed = sif.themes.reduce((n, t) => n + t.recommendations, 0);
  lines.push(
    `- A recommendation counts once for each of its themes (${themed} theme assignments for ${sif.recommendations} recommendations);`,
    `  their categories were coded by hand, ours by the taxonomy's keyword rules.`,
  );
  const unmapped = top.filter(
    (id) => !HOOD_CATEGORIES.some((c) => (c.themeIds as readonly string[]).includes(id)),
  );
  if (unmapped.length > 0)
    lines.push(`- Our top themes outside their four categories: ${unmapped.join(", ")}.`);
  return lines;
}

/** Our themes that none of their categories covers. */
function outsideCategories(themeIds: readonly string[]): string[] {
  return themeIds.filter(
    (id) => !HOOD_CATEGORIES.some((c) => (c.themeIds as readonly string[]).includes(id)),
  );
}
