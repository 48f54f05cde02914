import type { ThemeTrendGroup } from "../../src/store/insights/readThemeTrends.ts";

/**
 * The table of recommendation themes by group, as plain text: per group its recommendation count, the
 * count per visit and the rank; themes in the order of the first group's ranks, then the later groups'.
 */
export function formatThemeTable(groups: readonly ThemeTrendGroup[]): string[] {
  const themeIds = [
    ...new Set(groups.flatMap((g) => g.themes.filter((t) => t.recommendations > 0).map((t) => t.themeId))),
  ];
  const cell = (group: ThemeTrendGroup, id: string) => {
    const ranked = group.themes.filter((t) => t.recommendations > 0);
    const index = ranked.findIndex((t) => t.themeId === id);
    if (index < 0) return "-";
    const n = ranked[index]?.recommendations ?? 0;
    return `${n} ${(n / group.visits).toFixed(2)} #${index + 1}`;
  };
  // Ordered by rank in the first group, then in the next, so the first column reads top down.
  const rankIn = (group: ThemeTrendGroup, id: string) => {
    const index = group.themes.filter((t) => t.recommendations > 0).findIndex((t) => t.themeId === id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  themeIds.sort((a, b) => {
    for (const group of groups) {
      const difference = rankIn(group, a) - rankIn(group, b);
      if (difference !== 0) return difference;
    }
    return a.localeCompare(b);
  });
  const width = 34;
  const col = 22;
  const header = "theme".padEnd(width) + groups.map((g) => g.key.padStart(col)).join("");
  const sub =
    " ".repeat(width) +
    groups.map((g) => `${g.visits} visits, ${g.recommendations} recs`.padStart(col)).join("");
  const legend = " ".repeat(width) + groups.map(() => "recs /visit rank".padStart(col)).join("");
  return [
    header,
    sub,
    legend,
    ...themeIds.map((id) => id.padEnd(width) + groups.map((g) => cell(g, id).padStart(col)).join("")),
  ];
}
