import { themeById } from "../domain/ThemeTaxonomy.ts";
import type { ThemeRow } from "../store/rows.ts";

/**
 * A theme of the taxonomy as the API gives it, or null for an id the taxonomy does not have. The graph's
 * Theme nodes are made from the taxonomy, so this answers from memory what a statement would.
 */
export function themeRow(id: string): ThemeRow | null {
  const theme = themeById(id);
  return theme ? { id: theme.id, label: theme.label, description: theme.description } : null;
}
