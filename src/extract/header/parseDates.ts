import type { DatePeriod, PartialDate } from "../../domain/InspectionRecord.ts";

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month name or its abbreviation, as a regular-expression source: 'March', 'Mar', 'Sept.'. */
export const MONTH_NAME =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME})(?:,?\\s+(\\d{4}))?\\b|\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*[/:.]\\d)`,
  "gi",
);
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAME}),?\\s+(\\d{4})\\b`, "i");

/** The month number of a month name or abbreviation ('Sept' → 9), or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? null;
}

/** Formats a date as `YYYY-MM-DD`, or `YYYY-MM` without a day; null if it is not a real date. */
export function formatDate(year: number, month: number, day?: number | null): PartialDate | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, "0");
  if (day === undefined || day === null) return `${year}-${mm}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return null;
  return `${year}-${mm}-${String(day).padStart(2, "0")}`;
}

interface DatePart {
  day: number | null;
  month: number | null;
  year: number | null;
  /** Where the match starts and ends in the phrase. */
  start: number;
  end: number;
}

/** What may stand between the two days of a range: '21 and 22 July', '7 to 18 November', '8 – 12 July'. */
const CONNECTOR = /^\s*(?:and|to|until|till|&|[-\u2010-\u2015\u2500])\s*$/i;

/**
 * The dates that a phrase names, in order, with a missing month or year taken from the next date that
 * has one: '21 and 22 July 2021' → 2021-07-21, 2021-07-22; '14 April – 8 May 2015' → 2015-04-14,
 * 2015-05-08; '12/09/2016 to 06/10/2016' → 2016-09-12, 2016-10-06. A bare number counts as a day only
 * when 'and', 'to' or a dash joins it to the date after it.
 */
export function parseDates(phrase: string): PartialDate[] {
  return datedParts(phrase).map((part) => part.date);
}

/** What joins the two ends of one period: '8 to 12 July', '8 – 12 July', '8 July until 12 July'. */
const RANGE = /^\s*(?:to|until|till|[-\u2010-\u2015\u2500])\s*$/i;

/**
 * The periods a phrase names, in order: '8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019'
 * → [2019-07-08..2019-07-12, 2019-08-07..2019-08-08]. Where a phrase joins dates with 'to' or a dash,
 * anything else between two dates ('and', a comma) starts a new period; without such a range every date
 * belongs to one period ('21 and 22 July 2021'). An end before its start is taken as the start.
 */
export function parseDatePeriods(phrase: string): DatePeriod[] {
  const parts = datedParts(phrase);
  const joins = parts.slice(1).map((part, index) => phrase.slice((parts[index] as Dated).end, part.start));
  const ranged = joins.some((join) => RANGE.test(join));
  const periods: DatePeriod[] = [];
  for (const [index, part] of parts.entries()) {
    if (periods.length === 0 || (ranged && !RANGE.test(joins[index - 1] ?? ""))) {
      periods.push({ start: part.date, end: part.date });
    }
    const period = periods[periods.length - 1] as DatePeriod;
    period.end = part.date >= period.start ? part.date : period.start;
  }
  return periods;
}

interface Dated {
  date: PartialDate;
  start: number;
  end: number;
}

function datedParts(phrase: string): Dated[] {
  const parts: DatePart[] = [];
  for (const match of phrase.matchAll(DAY_MONTH_YEAR)) {
    const at = { start: match.index, end: match.index + match[0].length };
    if (match[1] && match[2]) {
      const year = match[3] ? Number(match[3]) : null;
      parts.push({ day: Number(match[1]), month: monthNumber(match[2]), year, ...at });
    } else if (match[4] && match[5] && match[6]) {
      const year = Number(match[6]);
      parts.push({
        day: Number(match[4]),
        month: Number(match[5]),
        year: year < 100 ? 2000 + year : year,
        ...at,
      });
    } else if (match[7]) {
      parts.push({ day: Number(match[7]), month: null, year: null, ...at });
    }
  }
  const joined = parts.filter((part, index) => {
    if (part.month !== null) return true;
    const next = parts[index + 1];
    return next !== undefined && CONNECTOR.test(phrase.slice(part.end, next.start));
  });
  let month: number | null = null;
  let year: number | null = null;
  for (let index = joined.length - 1; index >= 0; index--) {
    const part = joined[index] as DatePart;
    if (part.year !== null) year = part.year;
    else part.year = year;
    if (part.month !== null) month = part.month;
    else part.month = month;
  }
  const dates: Dated[] = [];
  for (const part of joined) {
    if (part.day === null || part.month === null || part.year === null) continue;
    const date = formatDate(part.year, part.month, part.day);
    if (date) dates.push({ date, start: part.start, end: part.end });
  }
  return dates;
}

/** The first full date in a phrase ('WEDNESDAY 13 FEBRUARY, 2019' → 2019-02-13), else null. */
export function parseDate(phrase: string): PartialDate | null {
  return parseDates(phrase)[0] ?? null;
}

/** The first 'Month YYYY' in a phrase as `YYYY-MM` ('judged inadequate in July 2022' → 2022-07), else null. */
export function parseMonthYear(phrase: string): PartialDate | null {
  const match = MONTH_YEAR.exec(phrase);
  if (!match?.[1] || !match[2]) return null;
  const month = monthNumber(match[1]);
  return month === null ? null : formatDate(Number(match[2]), month);
}

/** The first and last dates of a range: '7 to 18 November 2022' → 2022-11-07, 2022-11-18. */
export function parseDateRange(phrase: string): { start: PartialDate; end: PartialDate } | null {
  const dates = parseDates(phrase);
  const start = dates[0];
  const end = dates[dates.length - 1];
  if (!start || !end) return null;
  return start <= end ? { start, end } : { start, end: start };
}
