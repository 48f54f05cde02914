import type { DocumentKind } from "../../domain/InspectionRecord.ts";

const REPORT_TITLE = /^(?:Inspection|Re-inspection|Joint targeted area inspection) of\b/i;
const LONGEST_TITLE = 250;

/**
 * The document's title: a report's 'Inspection of ...' line (after the authority's name when that stands
 * on the line before or after it: 'Hertfordshire County Council: Inspection of services for children ...'),
 * a letter's subject line (the line after 'Dear ...'), a council paper's heading that names the inspection,
 * a news article's headline (the first short line that names the authority). Otherwise the first line.
 * Returns null for an empty text.
 */
export function extractTitle(text: string, kind: DocumentKind, authorityName: string | null): string | null {
  const lines = text
    .split("\n")
    .slice(0, 200)
    .filter((line) => line.trim().length > 0);
  const short = (line: string | undefined): line is string =>
    line !== undefined && line.length <= LONGEST_TITLE;
  const authority = authorityName?.toLowerCase();
  const namesAuthority = (line: string | undefined) =>
    authority !== undefined && line?.toLowerCase().includes(authority) === true;
  if (kind === "OFSTED_REPORT") {
    const index = lines.findIndex((line) => REPORT_TITLE.test(line));
    const title = lines[index];
    if (index >= 0 && short(title)) {
      if (namesAuthority(title)) return title;
      const neighbour = [lines[index - 1], lines[index + 1]].find(
        (line) => short(line) && line.length < 80 && namesAuthority(line),
      );
      return neighbour ? `${neighbour}: ${title}` : title;
    }
  }
  if (kind === "OFSTED_LETTER") {
    const dear = lines.findIndex((line) => /^Dear\s/.test(line));
    const subject = lines[dear + 1];
    if (dear >= 0 && short(subject)) return subject;
  }
  if (kind === "COUNCIL_REPORT") {
    const heading = lines
      .slice(0, 40)
      .find((line) => short(line) && /inspection/i.test(line) && !/[.;]$/.test(line));
    if (heading) return heading;
  }
  if (kind === "NEWS_ARTICLE") {
    const headline = lines
      .slice(0, 40)
      .find((line) => line.length < 150 && namesAuthority(line) && !/\.$/.test(line));
    if (headline) return headline;
  }
  const first = lines[0]?.trim();
  return first ? first.slice(0, LONGEST_TITLE) : null;
}
