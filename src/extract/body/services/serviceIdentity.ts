import { singleServiceIdOfKind } from "../ServiceCatalogue.ts";
import type { ServicePhrase } from "./findServicePhrases.ts";

/**
 * The id of a service named by a phrase, the same in every report of an authority whatever the order
 * of mention, so that the graph merges an authority's services on (authority, id):
 * - a proper name gives its slug, whatever the head ('Compass service', 'Compass team' → `compass`);
 * - else a kind an authority has one of gives the kind's service id ('the fostering team' →
 *   `fostering-service`);
 * - else the acronym the phrase defines ('(CAF) team' → `caf`), else the slug of the name, plurals
 *   its last word made singular ('adoption panels' →
 *   `adoption-panel`).
 */
export function serviceIdOfPhrase(phrase: ServicePhrase, kind: string): string {
  if (phrase.properName !== null) return slugOfName(phrase.properName);
  const single = singleServiceIdOfKind(kind);
  if (single !== undefined) return single;
  if (phrase.acronym !== null) return slugOfName(phrase.acronym);
  return slugOfName(phrase.name.replace(/\([^)]*\)/gu, " "));
}

/** A name as a slug, possessives dropped and its last word singular: "children's centres" → `children-centre`. */
export function slugOfName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/gu, " and ")
    .replace(/\+/gu, " plus ")
    .split(/[^a-z0-9'’]+/u)
    .map((word) => word.replace(/['’]s?$/u, "").replace(/['’]/gu, ""))
    .filter((word) => word.length > 0 && word !== "the");
  const last = words.pop();
  if (last !== undefined) words.push(singular(last));
  return words.join("-");
}

function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith("s") || word.endsWith("ss")) return word;
  return word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}
