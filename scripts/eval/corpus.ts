/**
 * Access to the shared, hand-labelled corpus (`../shared/corpus`) for the evaluation scripts. Only the
 * evaluations and the bench read it; the service itself never does.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { InspectionRecord } from "../../src/domain/InspectionRecord.ts";
import { extractDocument } from "../../src/extract/extractDocument.ts";
import { readDocumentFile } from "../../src/extract/readDocumentFile.ts";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const corpusDir = resolve(repoRoot, "../shared/corpus");
export const reportsDir = join(corpusDir, "ilacs");

/**
 * The lines of a labelled set as objects, or null (after saying so) when the shared corpus is absent,
 * as it is for users who have only the project.
 */
export function readLabelledSet(script: string, name: string): unknown[] | null {
  const path = join(corpusDir, name);
  if (!existsSync(path)) {
    console.log(`${script}: the labelled set is missing (looked for ${path}); nothing to evaluate.`);
    return null;
  }
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as unknown);
}

/** The lines of one of the project's own labelled sets (a path from the project's root). */
export function readProjectSet(path: string): unknown[] {
  return readFileSync(resolve(repoRoot, path), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as unknown);
}

/** The options every evaluation takes. */
export interface EvalOptions {
  /** A project labelled set to measure instead of the shared one (`--set=data/labels/...`). */
  set: string | undefined;
  /** How many of the worst cases to print (`--worst=N`). */
  worst: number;
  /** Print the figures only, as JSON (`--json`). */
  json: boolean;
  /** Trace without a database (`--offline`, eval:trace only). */
  offline: boolean;
}

/** The evaluation's options from the command line. */
export function evalOptions(defaultWorst: number): EvalOptions {
  const { values } = parseArgs({
    options: {
      set: { type: "string" },
      worst: { type: "string" },
      json: { type: "boolean", default: false },
      offline: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  const worst = values.worst === undefined ? defaultWorst : Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0)
    throw new Error(`--worst takes a whole number, got '${values.worst}'`);
  return { set: values.set, worst, json: values.json ?? false, offline: values.offline ?? false };
}

/**
 * The lines of the labelled set to measure: the project set `set` names, else the shared set `name`
 * (null, after saying so, when the shared corpus is absent).
 */
export function labelledLines(script: string, name: string, set: string | undefined): unknown[] | null {
  return set ? readProjectSet(set) : readLabelledSet(script, name);
}

/** The record extraction makes of one corpus report. */
export async function extractReport(file: string): Promise<InspectionRecord> {
  const { record } = await extractDocument({
    source: file,
    bytes: await readDocumentFile(join(reportsDir, file)),
  });
  return record;
}

/** `extractReport` with each report extracted once however often it is asked for. */
export function cachedExtractReport(): (file: string) => Promise<InspectionRecord> {
  const records = new Map<string, Promise<InspectionRecord>>();
  return (file) => {
    let record = records.get(file);
    if (record === undefined) records.set(file, (record = extractReport(file)));
    return record;
  };
}

/** Lower case, straight apostrophes and quotes, one space: how the labels say text is compared. */
export function normaliseForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—─]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a text, normalised: runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return normaliseForMatch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `labelled`'s words (with multiplicity) that `candidate` also has. */
export function wordOverlap(labelled: string, candidate: string): number {
  const words = wordsOf(labelled);
  if (words.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const word of wordsOf(candidate)) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of words) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      shared++;
      pool.set(word, left - 1);
    }
  }
  return shared / words.length;
}

export const percent = (part: number, whole: number): string =>
  whole === 0 ? "    -" : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

/** Micro-averaged precision, recall and F1 from counts. */
export function microF1(truePositives: number, predicted: number, expected: number) {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = expected === 0 ? 0 : truePositives / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Counts of one theme: assigned and labelled, assigned only, labelled only. */
export interface ThemeCounts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Agreement of assigned themes with labelled ones over many passages: micro-averaged precision, recall
 * and F1, and the counts of each theme.
 */
export function scoreThemes(cases: ReadonlyArray<{ ours: readonly string[]; labelled: readonly string[] }>) {
  const perTheme = new Map<string, ThemeCounts>();
  const counts = (id: string): ThemeCounts => {
    let entry = perTheme.get(id);
    if (entry === undefined) perTheme.set(id, (entry = { tp: 0, fp: 0, fn: 0 }));
    return entry;
  };
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  for (const { ours, labelled } of cases) {
    const assigned = new Set(ours);
    const labels = new Set(labelled);
    predicted += assigned.size;
    expected += labels.size;
    for (const id of assigned) {
      if (labels.has(id)) {
        tp++;
        counts(id).tp++;
      } else counts(id).fp++;
    }
    for (const id of labels) if (!assigned.has(id)) counts(id).fn++;
  }
  return { ...microF1(tp, predicted, expected), perTheme };
}

/** Per-theme counts as table lines, most errors first. */
export function perThemeTable(perTheme: ReadonlyMap<string, ThemeCounts>): string[] {
  const lines = [
    `  ${"theme".padEnd(32)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)} ${"prec".padStart(6)} ${"rec".padStart(6)}`,
  ];
  for (const [id, c] of [...perTheme].sort((a, b) => b[1].fp + b[1].fn - (a[1].fp + a[1].fn))) {
    lines.push(
      `  ${id.padEnd(32)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${percent(c.tp, c.tp + c.fp).padStart(6)} ${percent(c.tp, c.tp + c.fn).padStart(6)}`,
    );
  }
  return lines;
}

/** A confusion table as lines: rows are the labels, columns what the system said. */
export function confusionTable(classes: readonly string[], counts: Map<string, number>, missing?: string) {
  const columns = missing ? [...classes, missing] : [...classes];
  const width = Math.max(12, ...columns.map((c) => c.length + 1));
  const lines = [`  ${"label \\ ours".padEnd(14)}${columns.map((c) => c.padStart(width)).join("")}`];
  for (const row of classes) {
    const cells = columns.map((column) => String(counts.get(`${row}>${column}`) ?? 0).padStart(width));
    lines.push(`  ${row.padEnd(14)}${cells.join("")}`);
  }
  return lines;
}
