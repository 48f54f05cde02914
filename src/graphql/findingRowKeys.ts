import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import type { FindingKey } from "../store/readAuthorityTree.ts";
import type { AskedField } from "./askedFields.ts";
import type { Finding } from "./generated/resolvers.ts";

/**
 * The row keys each field of `Finding` reads, through its resolver or the default one. Keyed by the
 * schema's own fields (from the generated types), so a field added to the SDL fails the typecheck here
 * until it says what it reads.
 */
const FIELD_KEYS: Record<Exclude<keyof Finding, "__typename">, readonly FindingKey[]> = {
  id: ["id"],
  text: ["text"],
  section: ["section"],
  polarity: ["polarity"],
  themes: ["themeIds"],
  services: ["serviceIds"],
  visit: ["visitId"],
  evidence: ["documentId", "start", "end", "page", "text"],
};

/**
 * The keys of a finding row that `items` (findings as a query asks for them, through fragments and
 * aliases) read: a read-ahead need fetch no more. The id always; null (every key) when the selection
 * names a field this file does not know.
 */
export function askedFindingKeys(info: GraphQLResolveInfo, items: AskedField): FindingKey[] | null {
  const keys = new Set<FindingKey>(["id"]);
  for (const name of selectedNames(
    info,
    items.nodes.map((node) => node.selectionSet),
  )) {
    if (name === "__typename") continue;
    const read = FIELD_KEYS[name as keyof typeof FIELD_KEYS] as readonly FindingKey[] | undefined;
    if (!read) return null;
    for (const key of read) keys.add(key);
  }
  return [...keys];
}

/** The names of the fields the selection sets select, through inline and named fragments. */
function selectedNames(info: GraphQLResolveInfo, sets: ReadonlyArray<SelectionSetNode | undefined>) {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") names.add(selection.name.value);
      else if (selection.kind === "InlineFragment") walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        walk(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return names;
}
