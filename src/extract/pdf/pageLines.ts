import { isBulletGlyph } from "../text/cleanInline.ts";
import type { PdfCell, PdfLine, PdfRun } from "./PdfLine.ts";
import { splitCells } from "./splitCells.ts";
import { weightedMode } from "./weightedMode.ts";

/** Gaps wider than this many font sizes surely separate table cells (` | ` in `text`). */
const WIDE_GAP = 2.5;
/** An item number printed apart from its text: '1.', '12', '2.1', '(ii)', 'b)'. */
const ITEM_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|\(?(?:[ivx]{1,5}|[a-z])\))\s*$/;
/** A run smaller than this fraction of its neighbour's font size, raised above its baseline, is a superscript. */
const SUPERSCRIPT_SIZE = 0.85;

interface RawLine {
  runs: PdfRun[];
  superscripts: PdfRun[];
  y: number;
  size: number;
}

/**
 * Rebuilds the visual lines of one page from its text runs: runs grouped by baseline (top to bottom),
 * sorted by x within a line, joined with a space at word gaps and ` | ` at table-cell gaps. Superscript
 * runs are attached to the line they rise from: footnote numbers after a word are dropped, other
 * superscripts ('st' in '21st') kept. A table cell printed between two lines joins the nearer one (see
 * attachFloatingCells). A leading bullet glyph or item number is recorded as the line's marker.
 * Works in O(n log n) for n runs.
 */
export function pageLines(runs: PdfRun[]): PdfLine[] {
  const sorted = runs.filter((run) => run.text.trim().length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const raw: RawLine[] = [];
  for (const run of sorted) {
    const line = raw[raw.length - 1];
    if (line && Math.abs(line.y - run.y) <= 0.4 * Math.min(line.size, run.size)) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else {
      raw.push({ runs: [run], superscripts: [], y: run.y, size: run.size });
    }
  }
  return attachFloatingCells(attachSuperscripts(raw)).map(buildLine);
}

/**
 * Moves a table cell printed between two lines (a grade centred on a label that wraps: 'Outstanding'
 * half a line below 'The impact of leaders on social work practice with children') into the nearer of
 * the two lines, as a cell of its own: a line less than 0.75 of a line apart from its neighbour, standing
 * wholly to the right of the neighbour's text.
 */
function attachFloatingCells(lines: RawLine[]): RawLine[] {
  const hostOf = new Map<RawLine, RawLine>();
  lines.forEach((line, index) => {
    const hosts = [lines[index - 1], lines[index + 1]].filter(
      (host): host is RawLine => host !== undefined && floatsBeside(line, host),
    );
    hosts.sort((a, b) => Math.abs(a.y - line.y) - Math.abs(b.y - line.y));
    const host = hosts[0];
    if (host) hostOf.set(line, host);
  });
  const kept: RawLine[] = [];
  for (const line of lines) {
    const host = hostOf.get(line);
    if (host && !hostOf.has(host)) host.runs.push(...line.runs);
    else kept.push(line);
  }
  return kept;
}

function floatsBeside(line: RawLine, host: RawLine): boolean {
  const size = Math.max(line.size, host.size);
  if (Math.abs(line.y - host.y) >= 0.75 * size) return false;
  const left = Math.min(...line.runs.map((run) => run.x));
  const hostRight = Math.max(...host.runs.map((run) => run.x + run.width));
  return left > hostRight + 0.5 * size;
}

/** Moves lines made only of small raised runs into the line below them, as superscripts. */
function attachSuperscripts(lines: RawLine[]): RawLine[] {
  const kept: RawLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as RawLine;
    const below = lines[i + 1];
    if (below && isSuperscriptOf(line, below)) {
      below.superscripts.push(...line.runs);
      continue;
    }
    kept.push(line);
  }
  return kept;
}

function isSuperscriptOf(line: RawLine, below: RawLine): boolean {
  const rise = line.y - below.y;
  if (rise <= 0 || rise > 0.7 * below.size) return false;
  if (line.size > SUPERSCRIPT_SIZE * below.size) return false;
  if (line.runs.some((run) => run.text.trim().length > 4)) return false;
  return line.runs.every((run) =>
    below.runs.some(
      (host) => (run.x >= host.x - 4 && run.x <= host.x + host.width + 4) || near(run.x + run.width, host.x),
    ),
  );
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 4;
}

function buildLine(line: RawLine): PdfLine {
  const runs = line.runs.sort(byReadingOrder);
  const size = dominantSize(runs);
  let leadingSuperscript: string | null = null;
  const pieces: PdfRun[] = [...runs];
  for (const sup of line.superscripts) {
    const digits = /^\s*\d{1,2}\s*$/.test(sup.text);
    const first = runs[0];
    if (digits && first && near(sup.x + sup.width, first.x) && sup.x < first.x) {
      leadingSuperscript = sup.text.trim();
    } else if (!digits) {
      pieces.push({ ...sup, y: line.y });
    }
  }
  pieces.sort(byReadingOrder);

  const first = pieces[0] as PdfRun;
  let marker: PdfLine["marker"] = null;
  let start = 0;
  const second = pieces[1];
  if (isBulletGlyph(first.text) && second) {
    marker = { kind: "bullet" };
    start = 1;
  } else if (second && ITEM_NUMBER.test(first.text)) {
    const gap = second.x - (first.x + first.width);
    if (gap > 0.4 * size) {
      marker = { kind: "number", label: first.text.trim() };
      start = 1;
    }
  }
  const body = pieces.slice(start);
  const cells = splitCells(body, size);
  return {
    text: joinCells(cells, size),
    cells,
    runs: body,
    x: first.x,
    xEnd: Math.max(...pieces.map((run) => run.x + run.width)),
    y: line.y,
    size,
    textX: (body[0] ?? first).x,
    marker,
    leadingSuperscript,
  };
}

/** The line's text: cells joined by ` | ` where the gap is wide, by a space where it may be a word gap. */
function joinCells(cells: PdfCell[], size: number): string {
  let text = "";
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const cell of cells) {
    if (text.length > 0) text += cell.x - previousEnd > WIDE_GAP * size ? " | " : " ";
    text += cell.text;
    previousEnd = cell.xEnd;
  }
  return text;
}

/** Left to right; runs stacked at the same x (a cell over two lines) top to bottom. */
function byReadingOrder(a: PdfRun, b: PdfRun): number {
  return Math.abs(a.x - b.x) < 1 ? b.y - a.y : a.x - b.x;
}

function dominantSize(runs: PdfRun[]): number {
  const weights = new Map<number, number>();
  for (const run of runs) {
    const size = Math.round(run.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + run.text.length);
  }
  return weightedMode(weights) ?? 0;
}
