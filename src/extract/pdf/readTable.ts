import type { PdfLine } from "./PdfLine.ts";
import { splitCells } from "./splitCells.ts";

/** How far (points) a cell may start left of its column and still belong to it. */
const ALIGN = 4;

/**
 * Reads the table that starts at `lines[start]`, a line cut into cells at wide gaps, and goes on
 * over at least one more line. The columns are
 * where that line's cells start; the table goes on while each following line's cells fit inside the
 * columns (a line of ordinary text runs across them and ends it). Rows are separated by vertical gaps
 * wider than `rowGap` font sizes (twice that before a lower-case line of the first column alone, the rest
 * of a wrapped label), an item number or bullet, or a new capitalised entry in a filled column; so a label
 * wrapped over lines, or a grade printed between two lines of its label, stays in its row. A last row
 * that is a single line in the first column only is a heading after the table and is left out of it. A
 * lower-case piece that ends a cell cut on a joining word ('Requires improvement to be' / 'good') stays in
 * the row above even when the next row's label starts beside it.
 * Returns each row as its cells joined by ` | `, and the index after the table; null if no table starts here.
 * @example rows: ["Judgement | Grade", "The impact of leaders on social work practice with children and families | Good"]
 */
export function readTable(
  lines: PdfLine[],
  start: number,
  rowGap: number,
): { end: number; rows: string[] } | null {
  const head = lines[start];
  if (!head || head.cells.length < 2) return null;
  const columns = [head.x, ...head.cells.slice(1).map((cell) => cell.x)];
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end] as PdfLine;
    const above = lines[end - 1] as PdfLine;
    if (above.y - line.y > 4 * line.size || columnsOf(line, columns) === null) break;
    end++;
  }
  if (end - start < 2) return null;
  const rows: Array<{ cells: string[][]; first: number; lines: number }> = [];
  let current: (typeof rows)[number] | undefined;
  for (let index = start; index < end; index++) {
    const line = lines[index] as PdfLine;
    const above = lines[index - 1];
    const placed = columnsOf(line, columns) ?? [];
    const gap = above && index > start ? above.y - line.y : Number.POSITIVE_INFINITY;
    const firstText = line.cells[0]?.text ?? "";
    const filled = current?.cells;
    const refills = filled !== undefined && placed.every(({ column }) => (filled[column]?.length ?? 0) > 0);
    const wrapped = placed.length === 1 && placed[0]?.column === 0 && /^[a-z]/.test(firstText);
    const apart = gap > rowGap * line.size * (wrapped ? 2 : 1);
    let cells = placed;
    if (!current || apart || line.marker || (refills && /^[A-Z0-9]/.test(firstText))) {
      // A lower-case piece after a cell cut on a joining word goes on in that cell of the row above:
      // 'Requires improvement to be' / 'good' sits beside the next row's label but ends this grade.
      const before = current;
      const carried = before && !apart ? placed.filter((cell) => continuesCell(before, cell)) : [];
      for (const { column, text } of carried) before?.cells[column]?.push(text);
      cells = placed.filter((cell) => !carried.includes(cell));
      current = { cells: columns.map(() => []), first: index, lines: 0 };
      rows.push(current);
      const marker = line.marker;
      if (marker) current.cells[0]?.push(marker.kind === "bullet" ? "-" : marker.label);
    }
    current.lines++;
    for (const { column, text } of cells) current.cells[column]?.push(text);
  }
  // A last row of one line with only its first cell is a heading after the table, not a row of it.
  let last = rows[rows.length - 1];
  while (
    rows.length > 1 &&
    last &&
    last.lines === 1 &&
    last.cells.slice(1).every((cell) => cell.length === 0)
  ) {
    end = last.first;
    rows.pop();
    last = rows[rows.length - 1];
  }
  const texts = rows.map((row) =>
    row.cells
      .map((pieces) => pieces.join(" "))
      .filter((cell) => cell.length > 0)
      .join(" | "),
  );
  return { end, rows: texts.filter((row) => row.length > 0) };
}

/** Words on which a cell's text cannot end: the cell goes on in the next line ('to be' / 'good'). */
const JOINING_END = /\b(?:to|be|and|or|of|the|with|for|in|on|a|an)$/i;

/** A cell of a later column that opens in lower case where that column's cell in `row` ends on a joining word. */
function continuesCell(row: { cells: string[][] }, cell: { column: number; text: string }): boolean {
  const pieces = row.cells[cell.column] ?? [];
  const last = pieces[pieces.length - 1];
  return cell.column > 0 && last !== undefined && JOINING_END.test(last) && /^[a-z]/.test(cell.text);
}

/**
 * Which column each cell of the line falls in, or null if a cell runs across a column edge even when
 * cut where its runs meet the columns.
 */
function columnsOf(line: PdfLine, columns: number[]): Array<{ column: number; text: string }> | null {
  return place(line, line.cells, columns) ?? place(line, splitCells(line.runs, line.size, columns), columns);
}

function place(
  line: PdfLine,
  cells: PdfLine["cells"],
  columns: number[],
): Array<{ column: number; text: string }> | null {
  const placed: Array<{ column: number; text: string }> = [];
  for (const [index, cell] of cells.entries()) {
    const x = index === 0 ? line.x : cell.x;
    let column = -1;
    for (let c = columns.length - 1; c >= 0; c--) {
      if (x >= (columns[c] as number) - ALIGN) {
        column = c;
        break;
      }
    }
    if (column < 0) return null;
    const next = columns[column + 1];
    if (next !== undefined && cell.xEnd > next - 1) return null;
    if (placed.some((earlier) => earlier.column >= column)) return null;
    placed.push({ column, text: cell.text });
  }
  return placed;
}
