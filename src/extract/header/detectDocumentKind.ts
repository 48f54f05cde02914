import type { DocumentKind } from "../../domain/InspectionRecord.ts";

/** How much of the start of a document tells its kind. */
const HEAD = 6000;

/**
 * What kind of document a normalised text is:
 * - OFSTED_LETTER: a letter ('Dear ...') that summarises a visit or inspection ('This letter summarises').
 * - COUNCIL_REPORT: a council committee paper (agenda item, cabinet panel, 'Report of the Director', an author).
 * - OFSTED_REPORT: an inspection report (inspection dates, a lead or reporting inspector, a judgement table).
 * - NEWS_ARTICLE: anything else that reports on an inspection, such as a web page.
 */
export function detectDocumentKind(text: string): DocumentKind {
  const head = text.slice(0, HEAD);
  if (
    /^Dear\s/m.test(head) &&
    /this letter (summarises|sets out)|yours sincerely|your sincerely/i.test(text)
  ) {
    return "OFSTED_LETTER";
  }
  let councilScore = 0;
  for (const pattern of [
    /agenda item/i,
    /cabinet( panel)?|scrutiny committee|committee/i,
    /^report of the/im,
    /^author:/im,
    /executive member/i,
  ]) {
    if (pattern.test(head)) councilScore++;
  }
  if (councilScore >= 2) return "COUNCIL_REPORT";
  if (
    /^(?:Inspection|Re-inspection) dates?:?\s/im.test(head) ||
    /^(?:Lead|Reporting) inspector\b/im.test(head)
  ) {
    return "OFSTED_REPORT";
  }
  if (/^Report published:/im.test(head) || /^Judgement \| Grade$/m.test(head)) return "OFSTED_REPORT";
  return "NEWS_ARTICLE";
}
