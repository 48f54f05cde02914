import type { PdfLine } from "./PdfLine.ts";
import type { PdfPage } from "./PdfPage.ts";

/** Fraction of the page height, at the top and at the bottom, where running headers and footers sit. */
const TOP_BAND = 0.9;
const BOTTOM_BAND = 0.1;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;

/**
 * Removes what is printed around the text rather than in it: page numbers, running headers and footers
 * (lines in the top or bottom band of the page whose text, digits ignored, recurs on many pages), and
 * footnotes at the foot of a page (small print that starts with a footnote number). Returns new pages.
 * `bodySize` is the document's usual font size.
 */
export function removeRunningLines(pages: PdfPage[], bodySize: number): PdfPage[] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of page.lines) if (inBand(line, page)) seen.add(runningKey(line));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.4));
  return pages.map((page) => {
    const lines = page.lines.filter((line) => {
      if (!inBand(line, page)) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return (counts.get(runningKey(line)) ?? 0) < threshold;
    });
    return { ...page, lines: withoutFootnotes(lines, page, bodySize) };
  });
}

function inBand(line: PdfLine, page: PdfPage): boolean {
  return line.y > page.height * TOP_BAND || line.y < page.height * BOTTOM_BAND;
}

function runningKey(line: PdfLine): string {
  return line.text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, "");
}

/**
 * Drops the footnotes at the foot of a page: from the first small-print line in the lower half of the
 * page that starts with a footnote number down to the end of the page, as long as the print stays small.
 */
function withoutFootnotes(lines: PdfLine[], page: PdfPage, bodySize: number): PdfLine[] {
  const start = lines.findIndex(
    (line) =>
      line.y < page.height * 0.5 &&
      line.size < bodySize * 0.92 &&
      (line.leadingSuperscript !== null || /^\d{1,2}\s+\S/.test(line.text)) &&
      !line.marker,
  );
  if (start < 0) return lines;
  const footnoteSize = (lines[start] as PdfLine).size;
  const rest = lines.slice(start);
  if (!rest.every((line) => line.size <= footnoteSize + 0.5 && line.size < bodySize * 0.92)) return lines;
  return lines.slice(0, start);
}
