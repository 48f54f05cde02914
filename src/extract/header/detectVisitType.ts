import type { DocumentKind, PartialDate, VisitType } from "../../domain/InspectionRecord.ts";

/** An ILACS short inspection lasts one week; a standard inspection two. */
const SHORT_INSPECTION_DAYS = 7;

/**
 * The kind of visit a document is about, and its inspection framework:
 * - letters: focused visit, monitoring visit (ILACS, or SIF before 2018), annual unannounced inspection
 *   of contact, referral and assessment (AUI), joint targeted area inspection (JTAI);
 * - reports: SIF inspection ('Inspection of services for children in need of help and protection ...'),
 *   ILACS standard or short inspection (told apart by length: a short one lasts at most a week),
 *   the 2013 inspection of looked after children services (OTHER, framework LAC), JTAI;
 * - council papers and news: OTHER, with framework ILACS when they speak of ILACS or its judgements.
 */
export function detectVisitType(
  text: string,
  kind: DocumentKind,
  dates: { start: PartialDate | null; end: PartialDate | null },
): { type: VisitType; framework: string | null } {
  const head = text.slice(0, 3000);
  const ilacs =
    /\bILACS\b|inspection of local authority children[’']s services|impact of leaders on social work practice/i;
  const fromOfsted = kind === "OFSTED_REPORT" || kind === "OFSTED_LETTER";
  if (fromOfsted && /joint targeted area inspection/i.test(head.slice(0, 600))) {
    return { type: "JTAI", framework: "JTAI" };
  }
  if (kind === "OFSTED_LETTER") {
    const framework = ilacs.test(text) || (dates.start ?? "") >= "2018" ? "ILACS" : "SIF";
    if (/focused visit/i.test(head)) return { type: "FOCUSED_VISIT", framework };
    if (/monitoring visit/i.test(head)) return { type: "MONITORING_VISIT", framework };
    if (
      /unannounced inspection of contact, referral and assessment|annual unannounced inspection/i.test(head)
    ) {
      return { type: "ANNUAL_UNANNOUNCED_INSPECTION", framework: "AUI" };
    }
    return { type: "OTHER", framework: null };
  }
  if (kind === "OFSTED_REPORT") {
    if (/inspection of services for children in need of help and protection/i.test(head)) {
      return { type: "SIF_INSPECTION", framework: "SIF" };
    }
    if (/inspection of (?:safeguarding and )?looked after children services/i.test(head)) {
      return { type: "OTHER", framework: "LAC" };
    }
    const days = daysBetween(dates.start, dates.end);
    if (days === null) return { type: "OTHER", framework: "ILACS" };
    return {
      type: days <= SHORT_INSPECTION_DAYS ? "SHORT_INSPECTION" : "STANDARD_INSPECTION",
      framework: "ILACS",
    };
  }
  return { type: "OTHER", framework: ilacs.test(text) ? "ILACS" : null };
}

function daysBetween(start: PartialDate | null, end: PartialDate | null): number | null {
  if (!start || !end || start.length < 10 || end.length < 10) return null;
  return (Date.parse(end) - Date.parse(start)) / 86_400_000;
}
