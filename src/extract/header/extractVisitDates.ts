import type { DatePeriod, DocumentKind, PartialDate } from "../../domain/InspectionRecord.ts";
import { parseDatePeriods, parseDateRange, parseMonthYear } from "./parseDates.ts";

const REPORT_DATES = /^(?:Inspection|Re-inspection|Visit) dates?:?\s*\|?\s*(.+)$/im;
/** A letter's 'visit to ... on 21 and 22 July 2021', 'inspection ... conducted on 17 and 18 May 2011'. */
const LETTER_DATES =
  /\b(?:visit|inspection|inspected)\b[^.]{0,300}?\b(?:on|between|from)\s+(\d{1,2}(?:st|nd|rd|th)?\b[^.]{0,80})/i;
const SINCE_INSPECTION =
  /\b(?:in|during)\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})\b[^.]{0,120}\binspect/i;

/** A dates line that goes on to the next: it ends on 'and', 'to', a dash or a comma. */
const GOES_ON = /(?:\band|\bto|[-\u2010-\u2015\u2500,])\s*$/i;

/** When a visit took place: its first and last day, and each period when it was held in more than one. */
export interface VisitDates {
  start: PartialDate | null;
  end: PartialDate | null;
  /** The periods in order ('8 to 12 July and 7 to 8 August 2019' → two); one when the visit was held at once; none without dates. */
  periods: DatePeriod[];
}

/**
 * When the visit took place, as a start and end date and its periods: a report's 'Inspection dates:' line
 * (which may wrap after 'and' or 'to'), the dates in a letter's opening ('... on 22 and 23 October 2024'),
 * or, for council papers and news that give only a month ('In October 2018, Ofsted conducted an
 * inspection', '... INSPECTION REPORT OCTOBER 2018'), that month for both.
 */
export function extractVisitDates(text: string, kind: DocumentKind, title: string | null): VisitDates {
  const head = text.slice(0, 6000);
  const reportLine = REPORT_DATES.exec(head);
  if (reportLine?.[1]) {
    const dates = datesOf(withContinuation(head, reportLine.index + reportLine[0].length, reportLine[1]));
    if (dates) return dates;
  }
  if (kind === "OFSTED_LETTER") {
    const phrase = LETTER_DATES.exec(head)?.[1];
    const dates = phrase ? datesOf(phrase) : null;
    if (dates) return dates;
  }
  if (kind === "COUNCIL_REPORT" || kind === "NEWS_ARTICLE") {
    const month = (title ? parseMonthYear(title) : null) ?? monthOfInspection(text);
    if (month) return { start: month, end: month, periods: [{ start: month, end: month }] };
  }
  return { start: null, end: null, periods: [] };
}

/** The dates of a phrase, up to what follows them on a report's line ('Report published', 'Lead inspector'). */
function datesOf(phrase: string): VisitDates | null {
  const dates = phrase.split(/\b(?:Report published|Published|Lead inspector)\b/i)[0] ?? "";
  const range = parseDateRange(dates);
  if (!range) return null;
  const periods = parseDatePeriods(dates);
  return { ...range, periods: periods.length > 0 ? periods : [range] };
}

/** The line, with the next non-empty line added while it ends on a word that joins it to more dates. */
function withContinuation(text: string, lineEnd: number, line: string): string {
  let joined = line;
  let at = lineEnd;
  while (GOES_ON.test(joined)) {
    const rest = text.slice(at).replace(/^\n+/, "");
    const next = rest.split("\n")[0]?.trim() ?? "";
    if (next.length === 0 || !/\d/.test(next)) break;
    joined = `${joined} ${next}`;
    at = text.length - rest.length + (rest.indexOf("\n") < 0 ? rest.length : rest.indexOf("\n"));
  }
  return joined;
}

function monthOfInspection(text: string): PartialDate | null {
  const match = SINCE_INSPECTION.exec(text.slice(0, 10_000));
  return match?.[1] ? parseMonthYear(match[1]) : null;
}
