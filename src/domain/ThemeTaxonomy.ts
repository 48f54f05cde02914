import { z } from "zod";
import { AppError } from "./AppError.ts";
import { Slug } from "./InspectionRecord.ts";
import themesJson from "./themes.json" with { type: "json" };

/**
 * The curated taxonomy of social-work practice themes (supervision, thresholds, placement stability...).
 * The data lives in `themes.json`; this module validates it once, on load, and exposes it read-only.
 * Theme ids are stable: the graph keys its Theme nodes on them.
 */

export const ThemeDefinition = z.object({
  id: Slug,
  label: z.string().min(1),
  description: z.string().min(1),
  /** Lexicon phrases; see `themes.json`'s `syntax` for the notation. */
  terms: z.array(z.string().min(1)).min(1),
  /**
   * Generic terms ('leaders', 'training', 'timeliness'), often mentioned in passing: they weigh half a
   * term, so a theme shown only by them yields to more specific themes (see `rankThemes`).
   */
  weak: z.array(z.string().min(1)).default([]),
  /**
   * Whether the theme is an aspect of practice in every area (plans, partnership, recording) rather
   * than an area of practice (care leavers, missing children): a passage that names both is mainly
   * about the area, so an aspect ranks after an area named as strongly.
   */
  crossCutting: z.boolean().default(false),
  /** Phrases inside which a term's match does not count ('track record' for `recording-chronologies`). */
  exclude: z.array(z.string().min(1)).default([]),
});
export type ThemeDefinition = z.infer<typeof ThemeDefinition>;

export const ThemeTaxonomyFile = z
  .object({
    version: z.number().int().positive(),
    syntax: z.string(),
    themes: z.array(ThemeDefinition).min(1),
  })
  .refine(
    (file) => new Set(file.themes.map((t) => t.id)).size === file.themes.length,
    "theme ids must be unique",
  );

/**
 * Parses and validates taxonomy data.
 * @throws AppError `CONFIG_INVALID` when the data does not match the schema.
 */
export function parseThemeTaxonomy(data: unknown): readonly ThemeDefinition[] {
  const parsed = ThemeTaxonomyFile.safeParse(data);
  if (!parsed.success) {
    throw new AppError("CONFIG_INVALID", `themes.json is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return Object.freeze(parsed.data.themes.map((theme) => Object.freeze(theme)));
}

/** Every practice theme, in the taxonomy's order. */
export const THEMES: readonly ThemeDefinition[] = parseThemeTaxonomy(themesJson);

const byId = new Map(THEMES.map((theme) => [theme.id, theme]));

/** The theme with this id, or undefined. */
export function themeById(id: string): ThemeDefinition | undefined {
  return byId.get(id);
}

/** Every theme id, in the taxonomy's order. */
export const THEME_IDS: readonly string[] = THEMES.map((theme) => theme.id);
