import { SERVICE_PHRASE_GRAMMAR } from "./ServicePhraseGrammar.ts";

/** A service named only generically ('the duty team'), as the words that tell it from others. */
export interface GenericName {
  id: string;
  kind: string;
  /** The class of its head: 'team', 'service', 'unit', 'hub' and 'project' are one; 'panel', 'forum' another. */
  headClass: string;
  /** Its distinguishing words, in any order: 'children looked after teams' → {looked, after}. */
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
    .filter((word) => !SERVICE_PHRASE_GRAMMAR.aliasNoise.has(word));
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
  for (const name of unique) {
    const fuller = unique.filter(
      (other) =>
        other.id !== name.id &&
        other.kind === name.kind &&
        other.headClass === name.headClass &&
        name.words.size > 0 &&
        [...name.words].every((word) => other.words.has(word)) &&
        (other.words.size > name.words.size || other.id < name.id),
    );
    if (fuller.length === 1) joins.set(name.id, (fuller[0] as GenericName).id);
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
