import type {
  Action,
  DocumentKind,
  Finding,
  Recommendation,
  Service,
  Span,
} from "../../domain/InspectionRecord.ts";
import type { NormalisedDocument } from "../NormalisedDocument.ts";
import { matchThemes } from "../themes/matchThemes.ts";
import { documentBlocks, pageAt } from "./documentBlocks.ts";
import { extractActions } from "./extractActions.ts";
import { extractFindings } from "./extractFindings.ts";
import { extractRecommendations } from "./extractRecommendations.ts";
import { extractServices } from "./extractServices.ts";
import { findServiceMentions, type ServiceMention } from "./findServiceMentions.ts";
import { readingPlan } from "./readingPlan.ts";

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
 * Reads the body of a normalised document: its recommendations, its evaluative findings, the services
 * it names (each finding and recommendation lists the services it mentions) and, where the document has
 * an action-plan table (a council report), its actions. Every span is [start, end) in `doc.text` with
 * the PDF page it starts on (null for plain text). Pure and linear in the text's length; never throws
 * on unexpected text (it returns fewer items).
 */
export function extractBody(doc: NormalisedDocument, context: BodyContext): BodyExtraction {
  const { text } = doc;
  const blocks = documentBlocks(text);
  const plan = readingPlan(blocks, context.kind, context.authorityId);
  const recommendationItems = extractRecommendations(text, blocks, context.kind, plan.region);
  const recommendationBlocks = new Set(recommendationItems.flatMap((item) => item.blocks));
  const readBlocks = blocks.filter((_, index) => plan.inBody[index] || recommendationBlocks.has(index));
  const found = findServiceMentions(text, readBlocks);
  const servicesIn = (start: number, end: number) => servicesWithin(found.mentions, start, end);
  const span = (start: number, end: number): Span => ({ start, end, page: pageAt(doc.pages, start) });

  const recommendations: Recommendation[] = recommendationItems.map((item) => ({
    ordinal: item.ordinal,
    text: item.text,
    themes: matchThemes(item.text),
    services: servicesIn(item.start, item.end),
    span: span(item.start, item.end),
  }));
  const findings: Finding[] = extractFindings(text, blocks, plan, {
    skipBlocks: recommendationBlocks,
    namesService: (start, end) => servicesIn(start, end).length > 0,
  }).map((item) => ({
    ordinal: item.ordinal,
    text: item.text,
    section: item.section,
    polarity: item.polarity,
    themes: item.themes,
    services: servicesIn(item.start, item.end),
    span: span(item.start, item.end),
  }));
  const services = extractServices(text, readBlocks, found);
  const actions: Action[] = extractActions(blocks, recommendations).map((item) => ({
    reference: item.reference,
    text: item.text,
    owner: item.owner,
    dueDate: item.dueDate,
    progress: item.progress,
    addresses: item.addresses,
    themes: item.themes,
    span: span(item.start, item.end),
  }));
  return { recommendations, findings, services, actions };
}

/** Ids of the services mentioned in [start, end), in order of first mention (mentions sorted by start). */
function servicesWithin(mentions: readonly ServiceMention[], start: number, end: number): string[] {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as ServiceMention).start < start) low = mid + 1;
    else high = mid;
  }
  const ids: string[] = [];
  for (let i = low; i < mentions.length && (mentions[i] as ServiceMention).start < end; i++) {
    const id = (mentions[i] as ServiceMention).serviceId;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
