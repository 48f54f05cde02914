import { basename } from "node:path";
import type { DocumentKind, PartialDate } from "../../domain/InspectionRecord.ts";
import { MONTH_NAME, parseDate } from "./parseDates.ts";

const PUBLISHED = /^(?:Report )?published:?\s*\|?\s*(.+)$/im;
const DATE_LINE = new RegExp(
  `^(?:[A-Z][a-z]+day,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+\\d{4}\\b`,
  "i",
);
const FILE_NAME_DATE = new RegExp(`(\\d{1,2})-(${MONTH_NAME})-(\\d{4})`, "i");

/**
 * The date a document was written or published: a report's 'Report published:' line, a letter's date
 * line (before 'Dear'), the date at the head of a council paper (its meeting) or news article. A report
 * that prints no date takes the publication date in its file name, as Ofsted names its downloads
 * ('..._19-november-2018.pdf'). Null when none is found.
 */
export function extractDocumentDate(text: string, kind: DocumentKind, source: string): PartialDate | null {
  const head = text.slice(0, 8000);
  if (kind === "OFSTED_REPORT") {
    const published = PUBLISHED.exec(head)?.[1];
    const date = published ? parseDate(published) : null;
    return date ?? dateInFileName(source);
  }
  const lines = head.split("\n").filter((line) => line.trim().length > 0);
  const dear = lines.findIndex((line) => /^Dear\s/.test(line));
  const top = lines.slice(0, dear >= 0 ? dear : 25);
  for (const line of top) {
    if (DATE_LINE.test(line.trim())) return parseDate(line);
  }
  return kind === "OFSTED_LETTER" ? dateInFileName(source) : null;
}

function dateInFileName(source: string): PartialDate | null {
  const match = FILE_NAME_DATE.exec(basename(source));
  return match ? parseDate(`${match[1]} ${match[2]} ${match[3]}`) : null;
}
