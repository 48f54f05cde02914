import type {
  Authority,
  DocumentKind,
  Inspector,
  Judgement,
  NamedPerson,
  PartialDate,
  Visit,
} from "../../domain/InspectionRecord.ts";
import type { NormalisedDocument } from "../NormalisedDocument.ts";
import { detectDocumentKind } from "./detectDocumentKind.ts";
import { extractDocumentDate } from "./extractDocumentDate.ts";
import { extractInspectors } from "./extractInspectors.ts";
import { extractJudgements } from "./extractJudgements.ts";
import { extractAuthor, extractDcs } from "./extractPeople.ts";
import { extractTitle } from "./extractTitle.ts";
import { extractVisit } from "./extractVisit.ts";
import { resolveAuthority } from "./resolveAuthority.ts";

/** The facts at the head of a document: what it is, whom it is about, the visit, the people, the grades. */
export interface HeaderFacts {
  kind: DocumentKind;
  title: string | null;
  date: PartialDate | null;
  authority: Authority | null;
  visit: Visit;
  inspectors: Inspector[];
  dcs: NamedPerson | null;
  author: NamedPerson | null;
  judgements: Judgement[];
}

/** Extracts the header facts of a normalised document. Pure: reads only the document. */
export function extractHeader(doc: NormalisedDocument): HeaderFacts {
  const { text } = doc;
  const kind = detectDocumentKind(text);
  const authority = resolveAuthority(text);
  const title = extractTitle(text, kind, authority?.name ?? null);
  return {
    kind,
    title,
    date: extractDocumentDate(text, kind, doc.source),
    authority,
    visit: extractVisit(text, kind, title),
    inspectors: extractInspectors(text, kind),
    dcs: kind === "OFSTED_LETTER" ? extractDcs(text, authority?.name ?? null) : null,
    author: kind === "COUNCIL_REPORT" ? extractAuthor(text) : null,
    judgements: extractJudgements(text, kind),
  };
}
