import { PhraseLexicon } from "../themes/PhraseLexicon.ts";
import { type WordToken, wordTokens } from "../themes/wordTokens.ts";
import type { Block } from "./documentBlocks.ts";
import {
  catalogueServiceByAcronym,
  catalogueServiceById,
  isCatchAllKind,
  isNotService,
  joinedKindOf,
  kindOfServiceName,
  SERVICE_CATALOGUE,
  singleServiceIdOfKind,
} from "./ServiceCatalogue.ts";
import { findAdoptionAgencyNames } from "./services/findAdoptionAgencyNames.ts";
import { findServicePhrases, type ServicePhrase } from "./services/findServicePhrases.ts";
import { SERVICE_PHRASE_GRAMMAR } from "./services/ServicePhraseGrammar.ts";
import { type GenericName, genericNameOf, joinGenericAliases } from "./services/joinGenericAliases.ts";
import { serviceIdOfPhrase, slugOfName } from "./services/serviceIdentity.ts";

/** One place where the text names a service. */
export interface ServiceMention {
  /** The service's id within the record: a catalogue id (`mash`) or one made from its acronym or name. */
  serviceId: string;
  /** Offsets [start, end) in the document's text of the words naming it, alias head included. */
  start: number;
  end: number;
  /** The name when it is not the text's words: 'fostering teams' of 'the fostering and adoption teams'. */
  surface?: string;
  /** Where the text defines the service: 'Specialist Adolescent Service Hertfordshire (SASH)'. */
  definition: { acronym: string | null; fullName: string } | null;
}

/**
 * A service the catalogue does not know, found from its definition 'Full Name (ACRONYM)' or from a
 * phrase naming it ('the Compass service'); its full name is the most complete form the text gives.
 */
export interface DefinedService {
  id: string;
  kind: string;
  acronym: string | null;
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
 * is one mention, so that its alias is seen. A definition with its acronym is one mention. Services
 * named by a phrase ('the fostering team', 'the Compass service') are found by their head noun; where
 * two mentions overlap the longer stands, the catalogue's on a tie. Generic names of a kind an
 * authority has one of join the one proper name of that kind ('the front door' → 'Compass service').
 */
export function findServiceMentions(text: string, blocks: readonly Block[]): ServiceMentions {
  const defined = new Map<string, DefinedService>();
  const named: ServiceMention[] = [];
  for (const block of blocks) named.push(...definitionsIn(text, block, defined));
  const definedAcronyms = acronymIdsOf(defined);
  for (const block of blocks) named.push(...lexiconMentionsIn(block, catalogueLexicon, definedAcronyms));
  const phrases: ServiceMention[] = [];
  const genericNames: GenericName[] = [];
  const properNames: ProperName[] = [];
  for (const block of blocks)
    phrases.push(...phraseMentionsIn(text, block, { defined, named, genericNames, properNames }));

  const acronymIds = acronymIdsOf(defined);
  const generic = new PhraseLexicon([...acronymIds].map(([acronym, id]) => [id, acronym] as const));
  const acronyms: ServiceMention[] = [];
  for (const block of blocks) acronyms.push(...lexiconMentionsIn(block, generic, acronymIds));
  const mentions = mergeOverlapping([...named, ...acronyms, ...phrases]).map((mention) =>
    withAliasHead(text, mention),
  );
  const joins = new Map([...joinGenericAliases(genericNames), ...joinProperNames(properNames, defined)]);
  const joined = mentions.map((mention) => {
    const to = joins.get(mention.serviceId);
    return to === undefined ? mention : { ...mention, serviceId: to };
  });
  return { mentions: joinGenericToProperNames(joined, defined), defined };
}

/** Acronyms of the services found so far, to their ids ('TESS' → `tess`). */
function acronymIdsOf(defined: ReadonlyMap<string, DefinedService>): Map<string, string> {
  const acronymIds = new Map<string, string>();
  for (const service of defined.values()) {
    if (service.acronym !== null && /^[A-Z][A-Za-z]*[A-Z]$/u.test(service.acronym))
      acronymIds.set(service.acronym, service.id);
  }
  return acronymIds;
}

/** Mentions of a lexicon's names in a block; an acronym the text defines is the text's service. */
function lexiconMentionsIn(
  block: Block,
  lexicon: PhraseLexicon<string>,
  acronymIds: ReadonlyMap<string, string>,
): ServiceMention[] {
  const tokens = wordTokens(block.text);
  // A name does not run across a sentence or clause break ('care leavers. Services').
  const unbroken = (match: { first: number; last: number }) =>
    !/[.;:!?]/u.test(
      block.text.slice((tokens[match.first] as WordToken).end, (tokens[match.last] as WordToken).start),
    );
  return lexicon
    .matchAll(tokens)
    .filter(unbroken)
    .map((match) => {
      const first = tokens[match.first] as WordToken;
      const last = tokens[match.last] as WordToken;
      const surface = first === last ? first.surface.replace(/s$/, "") : "";
      // wordTokens keeps a possessive's ''s' in the word's span; the name ends before it.
      const possessive = block.text.slice(last.start, last.end).length - last.surface.length;
      return {
        serviceId: acronymIds.get(surface) ?? match.key,
        start: block.start + first.start,
        end: block.start + last.end - possessive,
        definition: null,
      };
    });
}

/** Mentions of services named by a phrase; registers each service with its most complete name. */
function phraseMentionsIn(
  text: string,
  block: Block,
  found: {
    defined: Map<string, DefinedService>;
    named: readonly ServiceMention[];
    genericNames: GenericName[];
    properNames: ProperName[];
  },
): ServiceMention[] {
  const { defined, named, genericNames, properNames } = found;
  const mentions: ServiceMention[] = [];
  for (const phrase of [...findServicePhrases(text, block), ...findAdoptionAgencyNames(text, block)]) {
    if (isNotService(phrase.name)) continue;
    const kind = phrase.kind ?? kindOfServiceName(phrase.name.replace(/\s*\([^)]*\)/gu, ""));
    if (!isServicePhrase(phrase, kind)) continue;
    const serviceId =
      namedWithin(text, phrase, named) ?? idOfAcronymName(phrase, defined) ?? serviceIdOfPhrase(phrase, kind);
    const known = defined.get(serviceId);
    if (catalogueServiceById(serviceId) !== undefined) {
      // Kept only for its acronym ('out-of-hours (OOH) social work team' → 'the OOH service').
      if (phrase.acronym !== null && known === undefined)
        defined.set(serviceId, { id: serviceId, kind, acronym: phrase.acronym, fullName: phrase.name });
    } else {
      const acronym = known?.acronym ?? phrase.acronym;
      if (known === undefined || wordCount(phrase.name) > wordCount(known.fullName))
        defined.set(serviceId, { id: serviceId, kind: known?.kind ?? kind, acronym, fullName: phrase.name });
      else if (known.acronym === null && acronym !== null) known.acronym = acronym;
    }
    if (phrase.properName === null && defined.has(serviceId) && singleServiceIdOfKind(kind) === undefined)
      genericNames.push(genericNameOf(serviceId, kind, phrase.name, phrase.head));
    if (phrase.properCore !== null && defined.has(serviceId))
      properNames.push({ id: serviceId, core: slugOfName(phrase.properCore), kind });
    const surface = text.slice(phrase.start, phrase.end).replace(/\s+/gu, " ");
    const unquoted = (value: string) => value.replace(/[‘’“”"]/gu, "");
    const renamed = unquoted(phrase.name) === unquoted(surface) ? {} : { surface: phrase.name };
    mentions.push({ serviceId, start: phrase.start, end: phrase.end, definition: null, ...renamed });
  }
  return mentions;
}

/**
 * Whether a phrase of this kind names a service: a generic phrase needs a kind more specific than its
 * head ('intervention team' says too little), a generic plural 'services' one of the kinds that name a
 * service in the plural ('edge of care services', not 'housing services'), and a conditional head its
 * condition ('MACSE meetings', not 'legal planning meetings').
 */
function isServicePhrase(phrase: ServicePhrase, kind: string): boolean {
  const grammar = SERVICE_PHRASE_GRAMMAR;
  const named = phrase.properName !== null;
  if (!named && isCatchAllKind(kind)) return false;
  if (!named && phrase.head === "services" && !grammar.pluralServicesKinds.has(kind)) return false;
  const conditions = grammar.conditionalHeads.get(phrase.head);
  if (conditions === undefined) return true;
  return conditions.some(
    (condition) =>
      (condition === "named" && named) ||
      (condition === "acronym" && phrase.acronym !== null) ||
      (condition === "specific" && !isCatchAllKind(kind)) ||
      condition === kind,
  );
}

/**
 * The service a phrase names by holding its catalogue name or definition, when the phrase's proper
 * name (if any) is part of it: 'the virtual school team', 'Child and Adolescent Mental Health Services'
 * → the catalogue's; 'the Compass front door service' keeps its own name.
 */
function namedWithin(
  text: string,
  phrase: ServicePhrase,
  named: readonly ServiceMention[],
): string | undefined {
  for (const mention of named) {
    if (mention.start < phrase.start || mention.end > phrase.end) continue;
    const surface = text.slice(mention.start, mention.end).replace(/\s+/gu, " ");
    if (phrase.properName === null || surface.includes(phrase.properName)) return mention.serviceId;
  }
  return undefined;
}

/** The service whose acronym opens the phrase's proper name: 'the RES teams' after '... (RES) teams'. */
function idOfAcronymName(
  phrase: ServicePhrase,
  defined: ReadonlyMap<string, DefinedService>,
): string | undefined {
  const first = phrase.properName?.split(" ")[0];
  if (first === undefined || !/^[A-Z&]{2,}$/u.test(first)) return undefined;
  for (const service of defined.values()) if (service.acronym === first) return service.id;
  return catalogueServiceByAcronym(first)?.id;
}

/** A service named by a proper name, with the capitalised run that opens it ('Compass'). */
interface ProperName {
  id: string;
  core: string;
  kind: string;
}

/**
 * Proper names with one capitalised core are one service when their kinds agree or say no more than
 * the head ('multi-agency Compass service', 'Compass team', 'Compass front door service' → `compass`,
 * of kind front-door). Registers the joined service under the core's slug; returns id → that id.
 */
function joinProperNames(
  names: readonly ProperName[],
  defined: Map<string, DefinedService>,
): Map<string, string> {
  const byCore = new Map<string, ProperName[]>();
  for (const name of names) byCore.set(name.core, [...(byCore.get(name.core) ?? []), name]);
  const joins = new Map<string, string>();
  for (const [core, group] of byCore) {
    const ids = new Set(group.map((name) => name.id));
    const kinds = new Set(group.map((name) => name.kind).filter((kind) => !isCatchAllKind(kind)));
    if (ids.size < 2 || kinds.size > 1 || catalogueServiceById(core) !== undefined) continue;
    const services = [...ids].flatMap((id) => defined.get(id) ?? []);
    const fullest = services.reduce((a, b) => (wordCount(b.fullName) > wordCount(a.fullName) ? b : a));
    const kind = [...kinds][0] ?? fullest.kind;
    const acronym = services.find((service) => service.acronym !== null)?.acronym ?? null;
    defined.set(core, { id: core, kind, acronym, fullName: fullest.fullName });
    for (const id of ids) if (id !== core) joins.set(id, core);
  }
  return joins;
}

function wordCount(name: string): number {
  return name.split(/\s+/u).length;
}

/**
 * Remaps the mentions of a kind's single service ('fostering-service', from 'the fostering team') to
 * the one service of that kind the report names properly ('Foster Bristol'), when there is exactly one;
 * failing that, to the one service of the kind it joins ('the front door' → the MASH).
 */
function joinGenericToProperNames(
  mentions: ServiceMention[],
  defined: ReadonlyMap<string, DefinedService>,
): ServiceMention[] {
  const kindOf = (id: string) => catalogueServiceById(id)?.kind ?? defined.get(id)?.kind;
  const idsByKind = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const kind = kindOf(mention.serviceId);
    if (kind === undefined) continue;
    const ids = idsByKind.get(kind) ?? new Set<string>();
    ids.add(mention.serviceId);
    idsByKind.set(kind, ids);
  }
  const target = new Map<string, string>();
  for (const [kind, ids] of idsByKind) {
    const single = singleServiceIdOfKind(kind);
    if (single === undefined || !ids.has(single)) continue;
    const named = [...ids].filter((id) => id !== single);
    const joinedKind = joinedKindOf(kind);
    const joined = joinedKind === undefined ? [] : [...(idsByKind.get(joinedKind) ?? [])];
    if (named.length === 1) target.set(single, named[0] as string);
    else if (named.length === 0 && joined.length === 1) target.set(single, joined[0] as string);
  }
  if (target.size === 0) return mentions;
  return mentions.map((mention) => {
    const to = target.get(mention.serviceId);
    return to === undefined ? mention : { ...mention, serviceId: to };
  });
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
      const kind = kindOfServiceName(fullName);
      serviceId = idOfDefinedName(fullName, kind) ?? slugOfName(acronym);
      if (!defined.has(serviceId)) defined.set(serviceId, { id: serviceId, kind, acronym, fullName });
    } else continue;
    mentions.push({ serviceId, start, end, definition: { acronym, fullName } });
  }
  return mentions;
}

/**
 * The id a defined name would have without its acronym, so that an authority's reports name the service
 * alike whether or not they define it ('Family Intervention Team (FIT)' and 'the Family Intervention
 * Team' → `family-intervention`); undefined when the name is not a service phrase.
 */
function idOfDefinedName(fullName: string, kind: string): string | undefined {
  // A lower-case word first, so that the name's own first word is not read as sentence-initial.
  const text = `the ${fullName}`;
  const block = { start: 0, end: text.length, text } as Block;
  const phrase = findServicePhrases(text, block).find((p) => p.end === text.length);
  return phrase ? serviceIdOfPhrase(phrase, kind) : undefined;
}

/**
 * The words before '(ACR)' that the acronym abbreviates: among the preceding words of the same clause,
 * the start whose count of content words is nearest the acronym's count of capitals, its first letter
 * matching; on a tie, the later start.
 */
function fullNameBefore(before: string, acronym: string): string | null {
  const clause = before.trimEnd();
  // An apostrophe inside a word ('children’s') is not a quote ending the clause.
  const masked = clause.replace(/(?<=\p{L})[’'](?=\p{L})/gu, "ʼ");
  let cut = masked.length;
  while (cut > 0 && !NAME_STOP.test(masked[cut - 1] as string)) cut--;
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
  if (isNotService(lower)) return false;
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

function escapeForRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}
