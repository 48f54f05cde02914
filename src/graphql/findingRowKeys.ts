import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import type { FindingKey, PartialFinding } from "../store/partialFinding.ts";
import type { FindingRow } from "../store/rows.ts";
import { type AskedField, askedSubField, resolvedField } from "./askedFields.ts";
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
 * aliases) read: a statement reading them for this query need fetch no more. The id always; null (every
 * key) when a selection names a field this file does not know.
 */
export function askedFindingKeys(
  info: GraphQLResolveInfo,
  items: readonly AskedField[],
): FindingKey[] | null {
  const keys = new Set<FindingKey>(["id"]);
  const sets = items.flatMap((item) => item.nodes.map((node) => node.selectionSet));
  for (const name of selectedNames(info, sets)) {
    if (name === "__typename") continue;
    const read = FIELD_KEYS[name as keyof typeof FIELD_KEYS] as readonly FindingKey[] | undefined;
    if (!read) return null;
    for (const key of read) keys.add(key);
  }
  return [...keys];
}

/**
 * The keys of a finding row read by the findings below the field being resolved, at the end of each of
 * `paths` (sub-field names, each a list of findings or an object): see askedFindingKeys.
 */
export function findingKeysBelow(
  info: GraphQLResolveInfo,
  args: Record<string, unknown>,
  paths: ReadonlyArray<readonly string[]>,
): FindingKey[] | null {
  const asked = paths.flatMap((path) => {
    let field: AskedField | null = resolvedField(info, args);
    for (const name of path) field = field && askedSubField(info, field, name);
    return field ? [field] : [];
  });
  return askedFindingKeys(info, asked);
}

/**
 * Findings read with the keys askedFindingKeys gave for the selection they answer, as the Finding
 * resolvers take them: those resolvers read no other key.
 */
export const asFindingRows = (findings: PartialFinding[]) => findings as FindingRow[];

/** A visit's findings on a theme split as its timeline lists them, read as asFindingRows says. */
export function byPolarity(findings: PartialFinding[]) {
  const having = (polarity: FindingRow["polarity"]) =>
    asFindingRows(findings.filter((f) => f.polarity === polarity));
  return { strengths: having("STRENGTH"), weaknesses: having("WEAKNESS"), mixed: having("MIXED") };
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
