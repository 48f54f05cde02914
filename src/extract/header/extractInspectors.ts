import type { DocumentKind, Inspector } from "../../domain/InspectionRecord.ts";
import { normalisePersonName } from "./normalisePersonName.ts";
import { splitNameList } from "./splitNameList.ts";

const LEAD = /^(?:Lead|Reporting) inspector(s?):?(?:\s*\|)?\s+(.+)$/im;
/** A line that goes on to the next: it ends on a comma or 'and' ('Lead inspectors: A, ..., and'). */
const GOES_ON = /(?:,|\band)\s*$/i;
const DEPUTY = /^Deputy lead inspectors?:?\s+(.+)$/gim;
const TEAM = /^(?:Team|Shadow|Additional) inspectors?:?\s+(.+)$/gim;
const LETTER_TEAM =
  /(?:Her|His) Majesty[’']s Inspectors? (?:for|on|who carried out) this (?:visit|inspection) (?:were|was)\s+([^.]+?)\.(?:\s|$)/i;
const LETTER_LEAD = /\bThe lead inspector (?:was|is)\s+([^.,]+)/i;
const SIGN_OFF = /^Y(?:ou)?rs? (?:sincerely|faithfully)\s*(.*)$/im;

/**
 * The inspectors a document names, the lead first and flagged, each once (names normalised, see
 * normalisePersonName). Reports: 'Lead inspector:' (or two joint 'Lead inspectors:', both lead) or
 * 'Reporting inspector', and the 'Deputy lead inspector(s):' and 'Team inspectors:' of a SIF report's
 * inspection team (not its analysts or quality assurance manager). Letters: 'His Majesty's Inspectors for this visit were A and B', with the lead the
 * one who signs the letter (or 'the lead inspector was'). Council reports and news name no team.
 */
export function extractInspectors(text: string, kind: DocumentKind): Inspector[] {
  const inspectors: Inspector[] = [];
  const add = (name: string | null, lead: boolean) => {
    if (!name) return;
    const known = inspectors.find((inspector) => inspector.name === name);
    if (known) known.lead ||= lead;
    else inspectors.push({ name, lead });
  };
  if (kind === "OFSTED_REPORT") {
    for (const name of leadNames(text)) add(name, true);
    for (const match of text.matchAll(DEPUTY))
      for (const name of splitNameList(match[1] ?? "")) add(name, false);
    for (const match of text.matchAll(TEAM))
      for (const name of splitNameList(match[1] ?? "")) add(name, false);
  } else if (kind === "OFSTED_LETTER") {
    const lead = normalisePersonName(LETTER_LEAD.exec(text)?.[1] ?? "") ?? signatory(text);
    add(lead, true);
    const team = LETTER_TEAM.exec(text);
    for (const name of splitNameList(team?.[1] ?? "")) add(name, false);
  }
  return inspectors.sort((a, b) => Number(b.lead) - Number(a.lead));
}

/**
 * The report's lead inspector, or both joint leads: 'Lead inspector: A, His Majesty's Inspector' → [A];
 * 'Lead inspectors: A, His Majesty's Inspector, and B, His Majesty's Inspector' → [A, B] (the line may
 * wrap after a comma or 'and'). A single lead's line is cut at its first comma or cell.
 */
function leadNames(text: string): string[] {
  const match = LEAD.exec(text);
  let line = match?.[2];
  if (!match || !line) return [];
  if (!match[1]) {
    const name = normalisePersonName(line.split(/,|\s\|\s/)[0] ?? "");
    return name ? [name] : [];
  }
  const following = text.slice(match.index + match[0].length).split("\n");
  for (const next of following) {
    if (!GOES_ON.test(line)) break;
    if (next.trim().length > 0) line = `${line} ${next.trim()}`;
  }
  return splitNameList(line.replace(/\s\|\s/g, ", "));
}

/** The name under 'Yours sincerely', on the same line or the next. */
function signatory(text: string): string | null {
  const signOff = SIGN_OFF.exec(text);
  if (!signOff) return null;
  const sameLine = signOff[1]?.trim();
  const following = text
    .slice(signOff.index + signOff[0].length)
    .split("\n")
    .find((line) => line.trim().length > 0);
  const candidate = sameLine && sameLine.length > 0 ? sameLine : (following ?? "");
  return normalisePersonName(candidate.replace(/\s(?:Her|His) Majesty[’']s Inspector.*$/i, ""));
}
