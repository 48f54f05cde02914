import { cleanInline } from "../text/cleanInline.ts";
import type { PdfCell, PdfRun } from "./PdfLine.ts";

/** Gaps wider than this many font sizes may separate table cells. */
const CELL_GAP = 1;
/** Gaps wider than this many font sizes are word spaces; narrower ones are kerning inside a word. */
const WORD_GAP = 0.12;

/**
 * Joins the runs of a line (left to right) into cells: a space at word gaps and between runs stacked in
 * one cell (the second starts well left of where the first ends), a new cell at gaps wider than
 * a font size, and, when table columns are known, where a run starts at or past the next column's left
 * edge (a label that runs close to its grade: 'children who need help and protection improvement').
 */
export function splitCells(runs: PdfRun[], size: number, columns: number[] = []): PdfCell[] {
  const cells: PdfCell[] = [];
  let text = "";
  let x = runs[0]?.x ?? 0;
  let previousEnd = Number.NEGATIVE_INFINITY;
  const close = () => {
    const cleaned = cleanInline(text);
    if (cleaned.length > 0) cells.push({ text: cleaned, x, xEnd: previousEnd });
  };
  for (const run of runs) {
    const gap = run.x - previousEnd;
    const crossesColumn = columns.some((column) => x < column - 4 && run.x >= column - 4);
    if (text.length > 0 && (gap > CELL_GAP * size || crossesColumn)) {
      close();
      text = "";
      x = run.x;
    } else if (
      text.length > 0 &&
      (gap > WORD_GAP * size || gap < -size) &&
      !/\s$/.test(text) &&
      !/^\s/.test(run.text)
    ) {
      text += " ";
    }
    text += run.text;
    previousEnd = Math.max(previousEnd, run.x + run.width);
  }
  close();
  return cells;
}
