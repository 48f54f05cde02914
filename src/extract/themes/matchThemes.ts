import { rankThemes } from "./rankThemes.ts";

export { findThemeMatches, type ThemeMatch } from "./findThemeMatches.ts";

/**
 * The ids of the practice themes a passage is about, most central first, at most three (see
 * `rankThemes` for how centrality is judged).
 *
 * @example
 * matchThemes("Managers' oversight and supervision are not yet consistent"); // ["management-oversight", "supervision"]
 */
export function matchThemes(passage: string): string[] {
  return rankThemes(passage)
    .filter((theme) => theme.kept)
    .map((theme) => theme.themeId);
}
