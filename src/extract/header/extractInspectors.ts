import type { DocumentKind, Inspector } from "../../domain/InspectionRecord.ts";
import { normalisePersonName } from "./normalisePersonName.ts";
import { splitNameList } from "./splitNameList.ts";

const LEAD = /^(?:Lead|Reporting) inspector:?(?:\s*\|)?\s+(.+)$/im;
const DEPUTY = /^Deputy lead inspector:?\s+(.+)$/gim;
const TEAM = /^(?:Team|Shadow|Additional) inspectors?:?\s+(.+)$/gim;
const LETTER_TEAM =
  /(?:Her|His) Majesty[’']s Inspectors? (?:for|on|who carried out) this (?:visit|inspection) (?:were|was)\s+([^.]+?)\.(?:\s|$)/i;
const LETTER_LEAD = /\bThe lead inspector (?:was|is)\s+([^.,]+)/i;
const SIGN_OFF = /^Y(?:ou)?rs? (?:sincerely|faithfully)\s*(.*)$/im;

/**
 * The inspectors a document names, the lead first and flagged, each once (names normalised, see
 * normalisePersonName). Reports: 'Lead inspector:' or 'Reporting inspector', and the 'Deputy lead
 * inspector:' and 'Team inspectors:' of a SIF report's inspection team (not its analysts or quality
 * assurance manager). Letters: 'His Majesty's Inspectors for this visit were A and B', with the lead the
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
    const lead = LEAD.exec(text);
    if (lead?.[1]) add(normalisePersonName(lead[1].split(/,|\s\|\s/)[0] ?? ""), true);
    for (const match of text.matchAll(DEPUTY)) add(normalisePersonName(match[1] ?? ""), false);
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
