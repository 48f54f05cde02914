import { stemOf } from "../../themes/wordTokens.ts";
import { SERVICE_PHRASE_GRAMMAR } from "./ServicePhraseGrammar.ts";

/** A service named only generically ('the duty team'), as the words that tell it from others. */
export interface GenericName {
  id: string;
  kind: string;
  /** The class of its head: 'team', 'service', 'unit', 'hub' and 'project' are one; 'panel', 'forum' another. */
  headClass: string;
  /** Stems of its distinguishing words, in any order: 'children looked after teams' → {look, after}. */
  words: ReadonlySet<string>;
}

const HEAD_CLASSES: Readonly<Record<string, string>> = {
  team: "team",
  service: "team",
  unit: "team",
  hub: "team",
  project: "team",
  panel: "panel",
  forum: "panel",
  meeting: "panel",
  group: "panel",
};

/** The generic name of a phrase of this kind: its head's class and its distinguishing words. */
export function genericNameOf(id: string, kind: string, name: string, head: string): GenericName {
  const singular = head.replace(/s$/u, "");
  const words = name
    .toLowerCase()
    .replace(/\([^)]*\)/gu, " ")
    .split(/[^a-z0-9'’+-]+/u)
    .map((word) => word.replace(/['’]s?$/u, ""))
    .filter((word) => word.length > 0 && word !== head && word !== singular)
    .filter((word) => !SERVICE_PHRASE_GRAMMAR.aliasNoise.has(word))
    // Stems, so that 'permanency' and 'permanence' are one word.
    .map((word) => stemOf(word));
  return { id, kind, headClass: HEAD_CLASSES[singular] ?? singular, words: new Set(words) };
}

/**
 * Which generic names are another wording of a fuller one in the same report: same kind, same head
 * class, and its words all among the other's ('the duty team' → 'the duty social work team'; 'looked
 * after children teams' ↔ 'children looked after teams'; 'children in care teams' → 'children in care
 * service'). Joins only to a unique fuller name; returns id → the id it joins.
 */
export function joinGenericAliases(names: readonly GenericName[]): Map<string, string> {
  const joins = new Map<string, string>();
  const byId = new Map(names.map((name) => [name.id, name]));
  const unique = [...byId.values()];
  const within = (a: GenericName, b: GenericName) =>
    a.id !== b.id &&
    a.kind === b.kind &&
    a.headClass === b.headClass &&
    a.words.size > 0 &&
    [...a.words].every((word) => b.words.has(word));
  const same = (a: GenericName, b: GenericName) => within(a, b) && within(b, a);
  for (const name of unique) {
    // Equal wordings join the first by id; a shorter one joins its fullest wording, when only one.
    const equal = unique.filter((other) => same(name, other) && other.id < name.id);
    if (equal.length > 0) {
      joins.set(name.id, (equal.sort((a, b) => a.id.localeCompare(b.id))[0] as GenericName).id);
      continue;
    }
    const fuller = unique.filter((other) => within(name, other) && !same(name, other));
    const fullest = fuller.filter(
      (other) => !fuller.some((wider) => within(other, wider) && !same(other, wider)),
    );
    const targets = new Set(fullest.map((other) => representative(other, unique, same)));
    if (targets.size === 1) joins.set(name.id, [...targets][0] as string);
  }
  // Follow chains to their end: a → b → c gives a → c.
  for (const [from, to] of joins) {
    let end = to;
    const seen = new Set([from]);
    while (joins.has(end) && !seen.has(end)) {
      seen.add(end);
      end = joins.get(end) as string;
    }
    joins.set(from, end);
  }
  return joins;
}

/** The id an equal wording joins: the least id among its equals. */
function representative(
  name: GenericName,
  names: readonly GenericName[],
  same: (a: GenericName, b: GenericName) => boolean,
): string {
  return names
    .filter((other) => other.id === name.id || same(name, other))
    .map((other) => other.id)
    .sort()[0] as string;
}
