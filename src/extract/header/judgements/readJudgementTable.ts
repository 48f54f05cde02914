import type { Judgement } from "../../../domain/InspectionRecord.ts";
import { parseGrade } from "../parseGrade.ts";
import { GRADE_PHRASE, GRADE_WORD, GRADE_WORDS, ONLY_GRADE_WORDS } from "./gradeWords.ts";
import { type AreaLabel, labelSource } from "./judgementAreas.ts";

/** Lines of a judgement table are short; a paragraph ends it. */
const TABLE_LINE = 250;

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim().length > 0) lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

/**
 * Finds the first judgement table made of these labels (two or more label lines close together) and
 * reads its grades. Lines of the table: label lines (short, not a sentence, which may begin with an item
 * number or a stray grade word), lines of grade words only, other rows (` | `), and short continuation
 * lines ('permanence').
 */
export function readJudgementTable(text: string, labels: AreaLabel[]): Judgement[] {
  const labelStart = new RegExp(
    `^(?:(?:${GRADE_WORDS}|requires?|improvement)\\s+)*(?:-\\s+|\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?(?:${labels.map(labelSource).join("|")})`,
    "i",
  );
  const lines = linesOf(text);
  const isLabel = (line: Line) =>
    line.text.length < TABLE_LINE && !/\.$/.test(line.text) && labelStart.test(line.text);
  for (let first = 0; first < lines.length; first++) {
    if (!isLabel(lines[first] as Line)) continue;
    let last = first;
    let labelLines = 1;
    for (let next = first + 1; next < lines.length; next++) {
      const line = lines[next] as Line;
      if (isLabel(line)) {
        labelLines++;
        last = next;
      } else if (ONLY_GRADE_WORDS.test(line.text)) {
        last = next;
      } else if (line.text.includes(" | ") && line.text.length < TABLE_LINE) {
        // A short table row inside the box: neither a label nor its end.
      } else if (!(line.text.length < 60 && !/[.:;]$/.test(line.text))) {
        break;
      }
    }
    if (labelLines < 2) continue;
    let from = first;
    while (from > 0 && from > first - 2 && ONLY_GRADE_WORDS.test((lines[from - 1] as Line).text)) from--;
    const region = lines.slice(from, last + 1).map((line) => line.text);
    return gradesInOrder(region.join("\n"), labels);
  }
  return [];
}

/** Pairs the labels of a table region with its grades, both in reading order. */
function gradesInOrder(region: string, labels: AreaLabel[]): Judgement[] {
  const found: Array<{ area: string; at: number; end: number }> = [];
  const anyLabel = new RegExp(labels.map((label) => `(${labelSource(label)})`).join("|"), "gi");
  for (const match of region.matchAll(anyLabel)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const label = labels[index];
    if (label && !found.some((earlier) => earlier.area === label.area)) {
      found.push({ area: label.area, at: match.index, end: match.index + match[0].length });
    }
  }
  let rest = region;
  for (const label of [...found].reverse()) {
    const inside = [...rest.slice(label.at, label.end).matchAll(GRADE_WORD)].map((word) => word[0]).join(" ");
    rest = `${rest.slice(0, label.at)} § ${inside} ${rest.slice(label.end)}`;
  }
  const grades = gradePhrases(rest);
  if (grades.length === found.length) {
    return found.flatMap((label, index) => {
      const grade = parseGrade(grades[index] ?? "");
      return grade ? [{ area: label.area, grade }] : [];
    });
  }
  // Not one grade per label: fall back to the first grade after each label, before the next one.
  const segments = rest.split("§").slice(1);
  return found.flatMap((label, index) => {
    const phrase = gradePhrases(segments[index] ?? "")[0];
    const grade = phrase ? parseGrade(phrase) : null;
    return grade ? [{ area: label.area, grade }] : [];
  });
}

/**
 * The grades of a stretch of a table, in reading order: its grade words joined with single spaces, so
 * that a grade cut over lines, cells or other text ('Requires' / 'improvement to be' / 'good') reads whole.
 */
function gradePhrases(stretch: string): string[] {
  const stream = [...stretch.matchAll(GRADE_WORD)].map((word) => word[0].toLowerCase()).join(" ");
  return [...stream.matchAll(GRADE_PHRASE)].map((phrase) => phrase[0]);
}
