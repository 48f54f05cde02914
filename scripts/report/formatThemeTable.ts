import type { ThemeTrendGroup } from "../../src/store/insights/readThemeTrends.ts";

/**
 * The table of recommendation themes by group, as plain text: per group its recommendation count, the
 * count per visit and the rank; themes ordered by their first group's rank, then by the later groups.
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
  const score = (id: string) =>
    groups.map((g) => g.themes.find((t) => t.themeId === id)?.recommendations ?? 0);
  themeIds.sort((a, b) => {
    const [sa, sb] = [score(a), score(b)];
    for (let i = 0; i < sa.length; i++) if ((sa[i] ?? 0) !== (sb[i] ?? 0)) return (sb[i] ?? 0) - (sa[i] ?? 0);
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
