import type {
  Action,
  DocumentKind,
  Finding,
  Recommendation,
  Service,
} from "../../domain/InspectionRecord.ts";
import type { NormalisedDocument } from "../NormalisedDocument.ts";

/** What extraction knows about a document before its body is read. */
export interface BodyContext {
  kind: DocumentKind;
  authorityId: string;
}

/** The body half of an `InspectionRecord`. */
export interface BodyExtraction {
  recommendations: Recommendation[];
  findings: Finding[];
  services: Service[];
  actions: Action[];
}

/**
 * Reads the body of a normalised document: its recommendations, evaluative findings, the services it
 * names and, for a council report, its action plan. Pure; never throws on odd text (returns empty lists).
 */
export function extractBody(_doc: NormalisedDocument, _context: BodyContext): BodyExtraction {
  return { recommendations: [], findings: [], services: [], actions: [] };
}
