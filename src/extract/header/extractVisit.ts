import type { DocumentKind, Visit } from "../../domain/InspectionRecord.ts";
import { detectVisitType } from "./detectVisitType.ts";
import { extractVisitDates } from "./extractVisitDates.ts";
import { parseMonthYear } from "./parseDates.ts";
import { parseGrade } from "./parseGrade.ts";

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
];
const SEQUENCE = new RegExp(
  `\\b(?:the\\s+)?(${ORDINALS.join("|")}|\\d{1,2}(?:st|nd|rd|th))\\s+monitoring\\s+visit\\b`,
  "i",
);
const PREVIOUS =
  /\b(?:judged|rated|found to be)\s+(?:to\s+be\s+|as\s+)?(requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|good|outstanding)\b([^.]{0,80})/i;
const FOCUS_SENTENCE =
  /\b(?:Inspectors|This visit|The visit)\s+(?:looked at|focused on|evaluated|reviewed)\s+([^.]+)\./i;

/**
 * The visit a document is about: its type and framework (see detectVisitType), dates (see
 * extractVisitDates), what a focused or monitoring visit looked at, a monitoring visit's number ('the fifth
 * monitoring visit' → 5) and the judgement it refers back to ('judged inadequate in July 2022').
 */
export function extractVisit(text: string, kind: DocumentKind, title: string | null): Visit {
  const dates = extractVisitDates(text, kind, title);
  const { type, framework } = detectVisitType(text, kind, dates);
  const letterVisit = kind === "OFSTED_LETTER" && (type === "FOCUSED_VISIT" || type === "MONITORING_VISIT");
  return {
    type,
    startDate: dates.start,
    endDate: dates.end,
    periods: dates.periods,
    framework,
    focusAreas: letterVisit ? focusAreas(text) : [],
    sequenceNumber: type === "MONITORING_VISIT" ? sequenceNumber(text) : null,
    previousJudgement: letterVisit ? previousJudgement(text) : null,
  };
}

function sequenceNumber(text: string): number | null {
  const word = SEQUENCE.exec(text.slice(0, 5000))?.[1]?.toLowerCase();
  if (!word) return null;
  const ordinal = ORDINALS.indexOf(word);
  return ordinal >= 0 ? ordinal + 1 : Number.parseInt(word, 10);
}

function previousJudgement(text: string): Visit["previousJudgement"] {
  const match = PREVIOUS.exec(text.slice(0, 5000));
  const grade = match?.[1] ? parseGrade(match[1]) : null;
  if (!grade) return null;
  return { grade, date: parseMonthYear(match?.[2] ?? "") };
}

/**
 * The list under 'Areas covered by the visit' (a monitoring visit), else the object of 'Inspectors looked
 * at ...' (a focused visit), as the letter words them.
 */
function focusAreas(text: string): string[] {
  const heading = /^Areas covered by (?:the|this) visit\s*$/im.exec(text);
  if (heading) {
    const after = text.slice(heading.index + heading[0].length).split("\n");
    const items: string[] = [];
    for (const line of after) {
      if (line.startsWith("- ")) items.push(line.slice(2).replace(/[.;]$/, "").trim());
      else if (items.length > 0 && line.trim().length > 0) break;
    }
    if (items.length > 0) return items;
  }
  const sentence = FOCUS_SENTENCE.exec(text.slice(0, 6000))?.[1]?.trim();
  return sentence ? [sentence] : [];
}
