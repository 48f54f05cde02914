import type { InspectionRecord } from "../domain/InspectionRecord.ts";
import { serviceKindById } from "../domain/ServiceKinds.ts";
import { slugify } from "../domain/slugify.ts";

/** The parameters of the statements that write one document: every id computed, nothing left to Cypher. */
export interface GraphPayload {
  documentId: string;
  visitId: string;
  authority: { id: string; name: string };
  document: Record<string, unknown>;
  claim: Record<string, unknown>;
  inspectors: Array<{ id: string; name: string; lead: boolean }>;
  people: Array<{ id: string; name: string; title: string | null; role: "DCS" | "AUTHOR" }>;
  judgements: Array<{ area: string; grade: string }>;
  services: Array<{
    id: string;
    name: string;
    acronym: string | null;
    fullName: string | null;
    aliases: string[];
    kind: string;
    kindName: string;
  }>;
  relations: Array<{ type: string; from: string; to: string }>;
  recommendations: EvidencePayload[];
  findings: EvidencePayload[];
  actions: Array<{
    props: Record<string, unknown>;
    addresses: string | null;
    owner: { id: string; name: string } | null;
    themes: string[];
  }>;
}

interface EvidencePayload {
  props: Record<string, unknown>;
  themes: string[];
  services: string[];
}

/**
 * The key that makes every document about one visit land on the same Visit node: the authority and the
 * month the visit started. A document that gives no start date gets a visit of its own.
 */
export function visitKey(record: InspectionRecord): string {
  const month = record.visit.startDate?.slice(0, 7);
  return month
    ? `${record.authority.id}/${month}`
    : `${record.authority.id}/document-${record.document.id.slice(0, 16)}`;
}

/** Ids of a document's own items are its id's first 16 hex digits and the item's place in it. */
function itemId(record: InspectionRecord, kind: "f" | "r" | "a", local: string | number): string {
  return `${record.document.id.slice(0, 16)}-${kind}${local}`;
}

/**
 * How much a document's word on its visit counts: Ofsted's own documents outrank council reports and
 * news, and a day-precise start date outranks a month.
 */
function claimRank(record: InspectionRecord): number {
  const ofsted = record.document.kind === "OFSTED_LETTER" || record.document.kind === "OFSTED_REPORT";
  const dayPrecise = (record.visit.startDate?.length ?? 0) === 10;
  return (ofsted ? 2 : 0) + (dayPrecise ? 1 : 0);
}

/**
 * Turns a validated record, the path it came from and its normalised text (which every span points into)
 * into the parameters of the ingest statements.
 */
export function toGraphPayload(record: InspectionRecord, source: string, text: string): GraphPayload {
  const authorityId = record.authority.id;
  const serviceId = (local: string) => `${authorityId}/${local}`;
  const { document, visit } = record;
  const recommendationIds = new Map(
    record.recommendations.map((r) => [r.ordinal, itemId(record, "r", r.ordinal)]),
  );
  const people: GraphPayload["people"] = [];
  if (record.dcs) people.push({ id: slugify(record.dcs.name), ...record.dcs, role: "DCS" });
  if (record.author) people.push({ id: slugify(record.author.name), ...record.author, role: "AUTHOR" });

  return {
    documentId: document.id,
    visitId: visitKey(record),
    authority: record.authority,
    document: {
      id: document.id,
      kind: document.kind,
      title: document.title,
      date: document.date,
      textLength: document.textLength,
      pageCount: document.pageCount,
      source,
      text,
      // The validated record itself, so that `ofsted-graph export` can write it back out and `import`
      // rebuild this document without reading its PDF again.
      recordJson: JSON.stringify(record),
    },
    claim: {
      type: visit.type,
      startDate: visit.startDate,
      endDate: visit.endDate,
      // Neo4j stores no list of maps: the periods as two parallel lists, the i-th start with the i-th end.
      periodStarts: visit.periods.map((period) => period.start),
      periodEnds: visit.periods.map((period) => period.end),
      framework: visit.framework,
      focusAreas: visit.focusAreas,
      sequenceNumber: visit.sequenceNumber,
      previousGrade: visit.previousJudgement?.grade ?? null,
      previousDate: visit.previousJudgement?.date ?? null,
      rank: claimRank(record),
    },
    inspectors: record.inspectors.map((i) => ({ id: slugify(i.name), name: i.name, lead: i.lead })),
    people,
    judgements: record.judgements,
    services: record.services.map((s) => ({
      id: serviceId(s.id),
      name: s.name,
      acronym: s.acronym,
      fullName: s.fullName,
      aliases: s.aliases,
      kind: s.kind,
      // The vocabulary's name, not this report's service's: a kind is named alike whatever was stored first.
      kindName: serviceKindById(s.kind)?.label ?? s.kind,
    })),
    relations: record.services.flatMap((s) =>
      s.relations.map((r) => ({ type: r.type, from: serviceId(s.id), to: serviceId(r.target) })),
    ),
    recommendations: record.recommendations.map((r) => ({
      props: {
        id: itemId(record, "r", r.ordinal),
        ordinal: r.ordinal,
        text: r.text,
        start: r.span.start,
        end: r.span.end,
        page: r.span.page,
        themeIds: r.themes,
        serviceIds: r.services.map(serviceId),
      },
      themes: r.themes,
      services: r.services.map(serviceId),
    })),
    findings: record.findings.map((f) => ({
      props: {
        id: itemId(record, "f", f.ordinal),
        ordinal: f.ordinal,
        text: f.text,
        section: f.section,
        polarity: f.polarity,
        start: f.span.start,
        end: f.span.end,
        page: f.span.page,
        themeIds: f.themes,
        serviceIds: f.services.map(serviceId),
      },
      themes: f.themes,
      services: f.services.map(serviceId),
    })),
    actions: record.actions.map((a) => {
      const addresses = a.addresses === null ? null : (recommendationIds.get(a.addresses) ?? null);
      const owner = a.owner ? { id: slugify(a.owner), name: a.owner } : null;
      return {
        props: {
          id: itemId(record, "a", a.reference),
          reference: a.reference,
          text: a.text,
          dueDate: a.dueDate,
          progress: a.progress,
          start: a.span.start,
          end: a.span.end,
          page: a.span.page,
          themeIds: a.themes,
          ownerId: owner?.id ?? null,
          addressesId: addresses,
        },
        addresses,
        owner,
        themes: a.themes,
      };
    }),
  };
}
