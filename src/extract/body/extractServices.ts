import type { Service, ServiceRelationType } from "../../domain/InspectionRecord.ts";
import type { Block } from "./documentBlocks.ts";
import type { ServiceMention, ServiceMentions } from "./findServiceMentions.ts";
import { catalogueServiceById } from "./ServiceCatalogue.ts";

/** The words between two mentions that state a relation: 'A is based in the B', 'A replaced the previous B'. */
const RELATIONS: ReadonlyArray<{ type: ServiceRelationType; between: RegExp; reversed: boolean }> = [
  {
    type: "BASED_IN",
    between:
      /^,?\s*(?:which |that |who )?(?:is |are |was |were )?(?:now )?(?:based|located|situated|housed|sits) (?:in|within|inside|at) (?:the )?$/iu,
    reversed: false,
  },
  {
    type: "REPLACED",
    between:
      /^,?\s*(?:which |that )?(?:have |has |had )?replaced (?:the )?(?:previous |former |old |existing )?$/iu,
    reversed: false,
  },
  {
    type: "REPLACED",
    between:
      /^,?\s*(?:which |that )?(?:have |has |had )?(?:been |was |were )?replaced by (?:the )?(?:new )?$/iu,
    reversed: true,
  },
];

/**
 * The record's services, one per service however the text names it: its acronym, full name (as the
 * text defines it, else the catalogue's), every other surface form as an alias, its kind, and the
 * relations the text states between services of the same record (REPLACED, BASED_IN).
 */
export function extractServices(text: string, blocks: readonly Block[], found: ServiceMentions): Service[] {
  const services = new Map<string, Service>();
  for (const mention of found.mentions) {
    const service = services.get(mention.serviceId) ?? newService(mention.serviceId, found);
    services.set(mention.serviceId, service);
    if (mention.definition?.fullName) service.fullName = mention.definition.fullName;
    addAlias(service, mention.surface ?? text.slice(mention.start, mention.end).replace(/\s+/g, " "));
  }
  for (const service of services.values()) {
    service.aliases = service.aliases.filter(
      (alias) => !sameName(alias, service.name) && !sameName(alias, service.fullName),
    );
  }
  for (const relation of statedRelations(text, blocks, found.mentions)) {
    const source = services.get(relation.source);
    if (source === undefined || relation.source === relation.target) continue;
    if (!source.relations.some((r) => r.type === relation.type && r.target === relation.target)) {
      source.relations.push({ type: relation.type, target: relation.target });
    }
  }
  return [...services.values()];
}

function newService(id: string, found: ServiceMentions): Service {
  const known = catalogueServiceById(id);
  if (known) {
    return {
      id,
      name: known.acronym ?? known.fullName,
      acronym: known.acronym,
      fullName: known.fullName,
      aliases: [],
      kind: known.kind,
      relations: [],
    };
  }
  const defined = found.defined.get(id);
  const acronym = defined?.acronym ?? null;
  const fullName = defined?.fullName ?? null;
  return {
    id,
    name: acronym ?? fullName ?? id,
    acronym,
    fullName,
    aliases: [],
    kind: defined?.kind ?? "service",
    relations: [],
  };
}

function addAlias(service: Service, surface: string): void {
  if (!service.aliases.some((alias) => alias.toLowerCase() === surface.toLowerCase()))
    service.aliases.push(surface);
}

function sameName(a: string, b: string | null): boolean {
  if (b === null) return false;
  const bare = (value: string) =>
    value
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/’/g, "'");
  return bare(a) === bare(b);
}

interface StatedRelation {
  type: ServiceRelationType;
  source: string;
  target: string;
}

function statedRelations(
  text: string,
  blocks: readonly Block[],
  mentions: readonly ServiceMention[],
): StatedRelation[] {
  const relations: StatedRelation[] = [];
  let m = 0;
  for (const block of blocks) {
    while (m < mentions.length && (mentions[m] as ServiceMention).start < block.start) m++;
    let n = m;
    while (n + 1 < mentions.length && (mentions[n + 1] as ServiceMention).start < block.end) {
      const a = mentions[n] as ServiceMention;
      const b = mentions[n + 1] as ServiceMention;
      const between = text.slice(a.end, b.start);
      for (const rule of RELATIONS) {
        if (!rule.between.test(between)) continue;
        const [source, target] = rule.reversed ? [b.serviceId, a.serviceId] : [a.serviceId, b.serviceId];
        relations.push({ type: rule.type, source, target });
      }
      n++;
    }
  }
  return relations;
}
