import type { DocumentKind, Grade, Judgement } from "../../domain/InspectionRecord.ts";
import {
  type AreaLabel,
  ILACS_LABELS,
  LAC_LABELS,
  labelSource,
  PROSE_LABELS,
  SIF_LABELS,
} from "./judgementAreas.ts";
import { GRADE_WORDS, parseGrade } from "./parseGrade.ts";

/**
 * Any word of a grade, printed whole or cut over lines at any word: 'Requires' / 'improvement to be' /
 * 'good'. 'to' and 'be' count so that a grade cut between them still reads as one phrase; a stray one
 * joins no phrase (see GRADE_PHRASE) and is dropped.
 */
const GRADE_WORD = /\b(?:requires?|improvement|to|be|outstanding|good|inadequate|adequate)\b/gi;
const GRADE_PHRASE = /requires? improvement(?: to be good)?|outstanding|good|inadequate|adequate/gi;
const ONLY_GRADE_WORDS =
  /^(?:\s*(?:requires?|improvement|to|be|outstanding|good|inadequate|adequate)\b)+\s*$/i;
/** Lines of a judgement table are short; a paragraph ends it. */
const TABLE_LINE = 250;

/**
 * The judgements (area and grade) a document states:
 * - ILACS reports and council papers: the judgement table ('The impact of leaders ... | Outstanding').
 * - SIF reports: the judgement table (SIF_ areas), the headline overall judgement ('Children's services in
 *   X are good' → OVERALL_EFFECTIVENESS) and the LSCB review ('The effectiveness of the LSCB is good' → SIF_LSCB).
 * - 2013 looked after children inspections: 'Grade 4 (inadequate)' under each area heading (LAC_ areas).
 * - News and council summaries without a table: sentences such as '... overall effectiveness were all
 *   rated as good while the impact of leaders ... was rated outstanding'.
 * Tables are read as a whole: the grades, in order, go to the labels, in order, so a grade printed beside,
 * between the lines of, or above and below its label ('Requires' / label / 'improvement') still lands on
 * it. 'Adequate' (a grade before 2013) has no place in the schema's grades and is left out.
 */
export function extractJudgements(text: string, kind: DocumentKind): Judgement[] {
  if (kind === "OFSTED_LETTER") return [];
  const judgements = new Map<string, Grade>();
  const add = (area: string, grade: Grade | null) => {
    if (grade && !judgements.has(area)) judgements.set(area, grade);
  };
  const sif = readTable(text, SIF_LABELS);
  const ilacs = sif.length > 0 ? [] : readTable(text, ILACS_LABELS);
  if (sif.length > 0) {
    add("OVERALL_EFFECTIVENESS", sifHeadline(text));
    for (const judgement of sif) add(judgement.area, judgement.grade);
    add("SIF_LSCB", lscbJudgement(text));
  }
  for (const judgement of ilacs) add(judgement.area, judgement.grade);
  for (const judgement of lacJudgements(text)) add(judgement.area, judgement.grade);
  if (judgements.size === 0 && (kind === "NEWS_ARTICLE" || kind === "COUNCIL_REPORT")) {
    for (const judgement of proseJudgements(text)) add(judgement.area, judgement.grade);
  }
  return [...judgements].map(([area, grade]) => ({ area, grade }));
}

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
function readTable(text: string, labels: AreaLabel[]): Judgement[] {
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

/** A SIF report's headline: 'Children's services in X are good', 'The overall judgement is inadequate'. */
function sifHeadline(text: string): Grade | null {
  const head = text.slice(0, 4000);
  const headline =
    new RegExp(`^Children[’']s services in .{2,120}? (?:are |is )?(${GRADE_WORDS})\\b`, "im").exec(head) ??
    new RegExp(
      `^The overall judgement is (?:that )?(?:children[’']s services )?(?:are |is )?(${GRADE_WORDS})\\b`,
      "im",
    ).exec(head);
  return headline?.[1] ? parseGrade(headline[1]) : null;
}

/** The grade of a SIF report's review of the Local Safeguarding Children Board. */
function lscbJudgement(text: string): Grade | null {
  const board = "(?:Local Safeguarding Children[’']?s?(?: Board)?(?: \\(LSCB\\))?|LSCB)";
  const subject = `The (?:(?:judgement for the )?effectiveness of the )?${board}`;
  const match = new RegExp(
    `^${subject}\\s+(?:is\\s+)?(?:judged\\s+(?:to\\s+be\\s+)?)?(${GRADE_WORDS})\\b`,
    "im",
  ).exec(text);
  return match?.[1] ? parseGrade(match[1]) : null;
}

/** 2013 looked after children inspections: each area heading, then 'Grade 4 (inadequate)'. */
function lacJudgements(text: string): Judgement[] {
  const judgements: Judgement[] = [];
  for (const label of LAC_LABELS) {
    const match = new RegExp(
      `^${labelSource(label)}\\s*\\n+\\s*Grade\\s+\\d\\s*\\((\\w[\\w ]*)\\)`,
      "im",
    ).exec(text);
    const grade = match?.[1] ? parseGrade(match[1]) : null;
    if (grade) judgements.push({ area: label.area, grade });
  }
  return judgements;
}

/**
 * Judgements told in prose: in each sentence that says 'rated', 'judged' or 'considered', every clause
 * (cut at 'while', 'whereas', 'but' and ';') gives its grade to the areas it names.
 */
function proseJudgements(text: string): Judgement[] {
  const judgements: Judgement[] = [];
  const areas = new RegExp(PROSE_LABELS.map((label) => `(${labelSource(label)})`).join("|"), "gi");
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
    if (!/\b(?:rated|judged|graded|considered|judgement)\b/i.test(sentence)) continue;
    for (const clause of sentence.split(/\bwhile\b|\bwhereas\b|\bbut\b|;/i)) {
      const grades = [
        ...clause.matchAll(
          new RegExp(`\\b(?:as |to be |was |were |is |are )?[‘'"]?(${GRADE_WORDS})\\b`, "gi"),
        ),
      ];
      const last = grades[grades.length - 1]?.[1];
      const grade = last ? parseGrade(last) : null;
      if (!grade) continue;
      for (const match of clause.matchAll(areas)) {
        const index = match.slice(1).findIndex((group) => group !== undefined);
        const area = PROSE_LABELS[index]?.area;
        if (area && !judgements.some((judgement) => judgement.area === area))
          judgements.push({ area, grade });
      }
    }
  }
  return judgements;
}
