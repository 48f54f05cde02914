import type { NamedPerson } from "../../domain/InspectionRecord.ts";
import { normalisePersonName } from "./normalisePersonName.ts";

/** The words that may open a director's title: 'Interim Corporate Director of Children's Services'. */
const TITLE_START =
  /\b(?:(?:Interim|Acting|Corporate|Executive|Strategic|Deputy|Assistant|Group)\s+)*(?:Director|DCS)\b/;
/** Where a title ends and the address goes on: the council, a street, a postcode. */
const TITLE_END =
  /\s+(?:London Borough|Royal Borough|City of|Council\b|County Hall|Civic Cent|Town Hall|Shire Hall|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)/;
const NAME_BEFORE =
  /((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w’'-]+){1,2})\s*$/;

/**
 * The director of children's services a letter is addressed to, from the address block between the
 * letter's date and 'Dear': the name before the first director's title, and the title up to the end of
 * its line, the authority's name or the council's address. Returns null when the block names no director.
 * @example 'Jenny Coles Director of Children's Services Hertfordshire County Council County Hall ...'
 *   → { name: "Jenny Coles", title: "Director of Children's Services" }
 */
export function extractDcs(text: string, authorityName: string | null): NamedPerson | null {
  const dear = /^Dear\s/m.exec(text);
  if (!dear) return null;
  const address = text.slice(Math.max(0, dear.index - 1500), dear.index);
  const title = TITLE_START.exec(address);
  if (!title) return null;
  const before = address.slice(0, title.index).replace(/\s+/g, " ");
  const name = normalisePersonName(NAME_BEFORE.exec(before)?.[1] ?? "");
  if (!name) return null;
  let rest = address.slice(title.index).split("\n")[0] ?? "";
  const end = TITLE_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  const authority = authorityName ? rest.toLowerCase().indexOf(` ${authorityName.toLowerCase()}`) : -1;
  if (authority > 0) rest = rest.slice(0, authority);
  const titleText = rest.trim().replace(/[,.]$/, "");
  return { name, title: titleText.length > 0 ? titleText : null };
}

/**
 * A council report's author, from its 'Author: Name, Job title' line; the job title stops before a
 * telephone number or e-mail address. Returns null when there is no such line.
 * @example 'Author: Karen Noble, Performance Improvement Manager' → { name: "Karen Noble", title: "Performance Improvement Manager" }
 */
export function extractAuthor(text: string): NamedPerson | null {
  const line = /^(?:Report )?Authors?:\s*(.+)$/im.exec(text)?.[1];
  if (!line) return null;
  const [rawName = "", ...rest] = line.split(",");
  const name = normalisePersonName(rawName);
  if (!name) return null;
  const title = rest
    .join(",")
    .replace(/\b(?:Tel|Telephone|Email|E-mail|Phone)\b.*$/i, "")
    .trim()
    .replace(/[,.;]$/, "");
  return { name, title: title.length > 0 ? title : null };
}
