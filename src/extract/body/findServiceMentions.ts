import { PhraseLexicon } from "../themes/PhraseLexicon.ts";
import { type WordToken, wordTokens } from "../themes/wordTokens.ts";
import type { Block } from "./documentBlocks.ts";
import { catalogueServiceByAcronym, kindOfServiceName, SERVICE_CATALOGUE } from "./ServiceCatalogue.ts";

/** One place where the text names a service. */
export interface ServiceMention {
  /** The service's id within the record: a catalogue id (`mash`) or one made from its acronym or name. */
  serviceId: string;
  /** Offsets [start, end) in the document's text of the words naming it, alias head included. */
  start: number;
  end: number;
  /** Where the text defines the service: 'Specialist Adolescent Service Hertfordshire (SASH)'. */
  definition: { acronym: string | null; fullName: string } | null;
}

/** A service the catalogue does not know, found from its definition 'Full Name (ACRONYM)'. */
export interface DefinedService {
  id: string;
  kind: string;
  acronym: string;
  fullName: string;
}

export interface ServiceMentions {
  mentions: ServiceMention[];
  defined: Map<string, DefinedService>;
}

const catalogueLexicon = new PhraseLexicon(
  SERVICE_CATALOGUE.services.flatMap((service) =>
    service.patterns.map((pattern) => [service.id, pattern] as const),
  ),
);
const heads = new Set(SERVICE_CATALOGUE.heads);
const notServices = SERVICE_CATALOGUE.notServices.map((phrase) => phrase.toLowerCase());
const aliasHead = new RegExp(
  `^\\s+(?:${SERVICE_CATALOGUE.aliasHeads.map(escapeForRegExp).join("|")})\\b`,
  "iu",
);
const DEFINITION = /\(([A-Z][A-Za-z&]{0,8}[A-Z])(s?)\)/gu;
const SMALL_WORDS = new Set(["of", "and", "for", "the", "in", "to", "with", "on", "at", "&"]);
const NAME_STOP = /[,;:.()‘’'"“”]/u;

/**
 * Finds the services named in the given blocks: catalogue names and acronyms ('MASH', 'multi-agency
 * safeguarding hub', 'Get Safe'), services the text defines ('Therapeutic Emotional Support Service
 * (TESS)') and later uses of their acronyms. A name followed by a head noun ('SASH hub', 'MACE panels')
 * is one mention, so that its alias is seen. A definition with its acronym is one mention.
 */
export function findServiceMentions(text: string, blocks: readonly Block[]): ServiceMentions {
  const defined = new Map<string, DefinedService>();
  const definitions: ServiceMention[] = [];
  for (const block of blocks) definitions.push(...definitionsIn(text, block, defined));

  const acronymIds = new Map<string, string>();
  for (const service of defined.values()) acronymIds.set(service.acronym, service.id);
  const generic = new PhraseLexicon([...acronymIds].map(([acronym, id]) => [id, acronym] as const));

  const found: ServiceMention[] = [...definitions];
  for (const block of blocks) {
    const tokens = wordTokens(block.text);
    for (const match of [...catalogueLexicon.matchAll(tokens), ...generic.matchAll(tokens)]) {
      const first = tokens[match.first] as WordToken;
      const last = tokens[match.last] as WordToken;
      const surface = first === last ? first.surface.replace(/s$/, "") : "";
      const serviceId = acronymIds.get(surface) ?? match.key;
      found.push({
        serviceId,
        start: block.start + first.start,
        end: block.start + last.end,
        definition: null,
      });
    }
  }
  const mentions = mergeOverlapping(found).map((mention) => withAliasHead(text, mention));
  return { mentions, defined };
}

/** Definitions 'Full Name (ACR)' in a block; registers services the catalogue does not know. */
function definitionsIn(text: string, block: Block, defined: Map<string, DefinedService>): ServiceMention[] {
  const mentions: ServiceMention[] = [];
  for (const match of block.text.matchAll(DEFINITION)) {
    const acronym = match[1] as string;
    const open = block.start + match.index;
    const before = text.slice(block.start, open).trimEnd();
    const fullName = fullNameBefore(before, acronym);
    if (fullName === null || !before.endsWith(fullName)) continue;
    const start = block.start + before.length - fullName.length;
    const end = open + match[0].length;
    const known = catalogueServiceByAcronym(acronym);
    const catalogueMatch = catalogueNameId(fullName);
    let serviceId: string;
    if (known && (catalogueMatch === known.id || catalogueMatch === null)) serviceId = known.id;
    else if (catalogueMatch !== null) serviceId = catalogueMatch;
    else if (isServiceName(fullName)) {
      serviceId = slug(acronym);
      if (!defined.has(serviceId))
        defined.set(serviceId, { id: serviceId, kind: kindOfServiceName(fullName), acronym, fullName });
    } else continue;
    mentions.push({ serviceId, start, end, definition: { acronym, fullName } });
  }
  return mentions;
}

/**
 * The words before '(ACR)' that the acronym abbreviates: among the preceding words of the same clause,
 * the start whose count of content words is nearest the acronym's count of capitals, its first letter
 * matching; on a tie, the later start.
 */
function fullNameBefore(before: string, acronym: string): string | null {
  const clause = before.trimEnd();
  let cut = clause.length;
  while (cut > 0 && !NAME_STOP.test(clause[cut - 1] as string)) cut--;
  // Letters of the acronym that stand for words: the capitals ('CiCC' abbreviates three words).
  const letters = acronym.replace(/[^A-Z]/g, "").length;
  const words = clause
    .slice(cut)
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0 && word !== "s")
    .slice(-(letters + 4));
  const initial = acronym[0]?.toLowerCase();
  let best: { from: number; score: number } | null = null;
  for (let from = 0; from < words.length; from++) {
    const word = words[from] as string;
    if (word[0]?.toLowerCase() !== initial || SMALL_WORDS.has(word.toLowerCase())) continue;
    const content = words
      .slice(from)
      .flatMap((word) => word.split("-"))
      .filter((word) => !SMALL_WORDS.has(word.toLowerCase())).length;
    const score = Math.abs(content - letters);
    // On a tie the later start wins: 'committed and active Children in Care Council (CiCC)'.
    if (best === null || score <= best.score) best = { from, score };
  }
  if (best === null || best.score > 2) return null;
  return words.slice(best.from).join(" ");
}

function catalogueNameId(fullName: string): string | null {
  const tokens = wordTokens(fullName);
  const match = catalogueLexicon.matchAll(tokens).find((m) => m.first === 0);
  return match ? match.key : null;
}

function isServiceName(fullName: string): boolean {
  const lower = fullName.toLowerCase().replace(/’/g, "'");
  if (notServices.some((phrase) => lower.includes(phrase))) return false;
  const head = lower.split(/\s+/).pop() ?? "";
  return heads.has(head);
}

/** Keeps one mention per stretch of text: a definition absorbs the name and acronym inside it. */
function mergeOverlapping(mentions: ServiceMention[]): ServiceMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ServiceMention[] = [];
  for (const mention of sorted) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && mention.start < previous.end) {
      if (mention.end > previous.end && mention.serviceId === previous.serviceId) previous.end = mention.end;
      continue;
    }
    kept.push({ ...mention });
  }
  return kept;
}

/** Extends a mention over a following head noun: 'SASH' + ' hub', 'MACE' + ' panels'. */
function withAliasHead(text: string, mention: ServiceMention): ServiceMention {
  const head = aliasHead.exec(text.slice(mention.end, mention.end + 40));
  return head ? { ...mention, end: mention.end + head[0].length } : mention;
}

function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function escapeForRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}
