import type { DocumentKind, PartialDate } from "../../domain/InspectionRecord.ts";
import { parseDateRange, parseMonthYear } from "./parseDates.ts";

const REPORT_DATES = /^(?:Inspection|Re-inspection|Visit) dates?:?\s*\|?\s*(.+)$/im;
/** A letter's 'visit to ... on 21 and 22 July 2021', 'inspection ... conducted on 17 and 18 May 2011'. */
const LETTER_DATES =
  /\b(?:visit|inspection|inspected)\b[^.]{0,300}?\b(?:on|between|from)\s+(\d{1,2}(?:st|nd|rd|th)?\b[^.]{0,80})/i;
const SINCE_INSPECTION =
  /\b(?:in|during)\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})\b[^.]{0,120}\binspect/i;

/**
 * When the visit took place, as a start and end date: a report's 'Inspection dates:' line, the dates in
 * a letter's opening ('... on 22 and 23 October 2024'), or, for council papers and news that give only a
 * month ('In October 2018, Ofsted conducted an inspection', '... INSPECTION REPORT OCTOBER 2018'), that
 * month for both.
 */
export function extractVisitDates(
  text: string,
  kind: DocumentKind,
  title: string | null,
): { start: PartialDate | null; end: PartialDate | null } {
  const reportLine = REPORT_DATES.exec(text.slice(0, 6000))?.[1];
  if (reportLine) {
    const range = parseDateRange(
      reportLine.split(/\b(?:Report published|Published|Lead inspector)\b/i)[0] ?? "",
    );
    if (range) return range;
  }
  if (kind === "OFSTED_LETTER") {
    const phrase = LETTER_DATES.exec(text.slice(0, 6000))?.[1];
    const range = phrase ? parseDateRange(phrase) : null;
    if (range) return range;
  }
  if (kind === "COUNCIL_REPORT" || kind === "NEWS_ARTICLE") {
    const month = (title ? parseMonthYear(title) : null) ?? monthOfInspection(text);
    if (month) return { start: month, end: month };
  }
  return { start: null, end: null };
}

function monthOfInspection(text: string): PartialDate | null {
  const match = SINCE_INSPECTION.exec(text.slice(0, 10_000));
  return match?.[1] ? parseMonthYear(match[1]) : null;
}
