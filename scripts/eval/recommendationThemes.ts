/**
 * Measures the themes extraction gives recommendations against careful human readers:
 * `node bin/run.js scripts/eval/recommendationThemes.ts` (or, as a library, `recommendationThemeFigures()`).
 * `--worst=N` lists more disagreements; `--set=data/labels/trace-tune.jsonl`
 * measures one of the project's own trace sets instead.
 *
 * Reads `../shared/corpus/trace-dev.jsonl` (recommendations of earlier reports, each labelled with 1–3
 * themes, most central first), extracts each earlier report, picks out the recommendation whose
 * normalised text contains all the line's keywords, and compares its themes with the labelled ones.
 * Importing this module has no side effects; the report is printed only when it is run directly.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import {
  cachedExtractReport,
  evalOptions,
  perThemeTable,
  type ThemeCounts,
  scoreThemes,
  labelledLines,
} from "./corpus.ts";
import { labelledRecommendation } from "./traceOffline.ts";

const TraceLine = z.object({
  earlier: z.string(),
  ordinal: z.number(),
  text: z.string(),
  keywords: z.array(z.string()).min(1),
  themes: z.array(z.string()),
});

/** One labelled recommendation: the item extraction found for it (or null) and its themes. */
export interface RecommendationThemeCase {
  earlier: string;
  ordinal: number;
  text: string;
  labelled: string[];
  /** Themes extraction gave the recommendation, or null when no recommendation carries the keywords. */
  ours: string[] | null;
}

/** What `recommendationThemeFigures` measures; null when the shared corpus is absent. */
export interface RecommendationThemeFigures {
  labelled: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of found recommendations whose first theme is the labelled first theme. */
  firstThemeAgreement: number;
  perTheme: ReadonlyMap<string, ThemeCounts>;
  cases: RecommendationThemeCase[];
}

/**
 * Micro precision, recall and F1 of recommendation themes over trace-dev (or over `set`, one of the
 * project's own trace sets, a path from the project's root), with per-theme counts and every case;
 * null (after saying so) when the shared corpus is absent. Unfound recommendations count their
 * labelled themes as missed.
 */
export async function recommendationThemeFigures(set?: string): Promise<RecommendationThemeFigures | null> {
  const lines = labelledLines("recommendation themes", "trace-dev.jsonl", set);
  if (lines === null) return null;
  const labelled = lines.map((line) => TraceLine.parse(line));
  const record = cachedExtractReport();
  const cases: RecommendationThemeCase[] = [];
  for (const line of labelled) {
    const recommendation = labelledRecommendation((await record(line.earlier)).recommendations, line);
    cases.push({
      earlier: line.earlier,
      ordinal: line.ordinal,
      text: line.text,
      labelled: line.themes,
      ours: recommendation?.themes ?? null,
    });
  }

  const scored = scoreThemes(cases.map((c) => ({ ours: c.ours ?? [], labelled: c.labelled })));
  const firstAgreed = cases.filter((c) => c.ours?.[0] !== undefined && c.ours[0] === c.labelled[0]).length;
  const found = cases.filter((c) => c.ours !== null).length;
  return {
    labelled: cases.length,
    found,
    ...scored,
    firstThemeAgreement: found === 0 ? 0 : firstAgreed / found,
    cases,
  };
}

function printReport(figures: RecommendationThemeFigures, set: string, limit: number): void {
  console.log(
    `Recommendation themes over ${set}: ${figures.labelled} labelled, ${figures.found} found by their keywords\n`,
  );
  console.log(`  micro F1 ${figures.f1.toFixed(3)} (must reach >= 0.85)`);
  console.log(
    `  precision ${(100 * figures.precision).toFixed(0)}%, recall ${(100 * figures.recall).toFixed(0)}%`,
  );
  console.log(`  first theme agrees ${(100 * figures.firstThemeAgreement).toFixed(0)}% of found`);

  console.log("\nPer theme");
  for (const line of perThemeTable(figures.perTheme)) console.log(line);

  const missing = figures.cases.filter((c) => c.ours === null);
  console.log(`\nRecommendations not found by their keywords (${missing.length})`);
  for (const c of missing) console.log(`  ${c.earlier} #${c.ordinal}: ${c.text}`);

  const errors = figures.cases
    .filter((c) => c.ours !== null)
    .map((c) => {
      const ours = c.ours ?? [];
      return {
        c,
        extra: ours.filter((id) => !c.labelled.includes(id)),
        missed: c.labelled.filter((id) => !ours.includes(id)),
      };
    })
    .filter((e) => e.extra.length + e.missed.length > 0)
    .sort((a, b) => b.extra.length + b.missed.length - (a.extra.length + a.missed.length));
  console.log(`\nTheme disagreements (${errors.length}; worst ${Math.min(limit, errors.length)})`);
  for (const e of errors.slice(0, limit))
    console.log(
      `  +[${e.extra.join(", ")}] -[${e.missed.join(", ")}] ours [${(e.c.ours ?? []).join(", ")}]: ${e.c.text}`,
    );
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  const { set, worst } = evalOptions(20);
  const figures = await recommendationThemeFigures(set);
  if (figures !== null) printReport(figures, set ?? "trace-dev", worst);
}
