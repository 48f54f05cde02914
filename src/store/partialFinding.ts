import { z } from "zod";
import { FindingRow } from "./rows.ts";

/**
 * A finding row's keys. The statements that read many findings for one query take the keys it will read
 * (`$findingKeys`) and give each finding as their values, in that order: decoding every key of hundreds
 * of findings was a large share of the API's CPU (bench/RESULTS.md).
 */
export type FindingKey = keyof FindingRow;

/** A finding row holding only some of its keys, and always its id. */
export type PartialFinding = Pick<FindingRow, "id"> & Partial<FindingRow>;

const ALL_KEYS = Object.keys(FindingRow.shape) as FindingKey[];

/** A finding as the statement gives it: the values of its `$findingKeys`; checked by `findingParser`. */
export const FindingValues = z.array(z.unknown());

/**
 * A statement's `$findingKeys`: `keys` (every key when null), the id and `needed`, each once and in the
 * row's order, so that the same keys asked in any order share one parser.
 */
export function findingKeys(keys: readonly FindingKey[] | null, needed: readonly FindingKey[] = []) {
  const wanted = new Set<FindingKey>(["id", ...needed, ...(keys ?? ALL_KEYS)]);
  return ALL_KEYS.filter((key) => wanted.has(key));
}

/** Row schemas of findings holding some keys, by the keys: few selections recur. */
const schemas = new Map<string, z.ZodType>();
/** More sets of keys than queries use: cleared past it, so no stream of queries can grow it without end. */
const MAX_SCHEMAS = 64;

/** Parses a finding given as the values of `keys`, in that order, into a row of those keys. */
export function findingParser(keys: readonly FindingKey[]): (values: unknown[]) => PartialFinding {
  const name = keys.join(" ");
  let schema = schemas.get(name);
  if (!schema) {
    if (schemas.size >= MAX_SCHEMAS) schemas.clear();
    schema = FindingRow.pick(Object.fromEntries(keys.map((key) => [key, true])) as Record<FindingKey, true>);
    schemas.set(name, schema);
  }
  const row = schema;
  return (values) => row.parse(Object.fromEntries(keys.map((key, i) => [key, values[i]]))) as PartialFinding;
}
