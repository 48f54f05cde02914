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

/** A finding as the statement gives it: the values of its `$findingKeys`, checked by FindingReader.parse. */
export const FindingValues = z.array(z.unknown());

/** Row schemas of findings holding some keys, by the keys: few selections recur. */
const schemas = new Map<string, z.ZodType>();
/** More sets of keys than queries use: cleared past it, so no stream of queries can grow it without end. */
const MAX_SCHEMAS = 64;

/** How a statement reads findings: its `$findingKeys`, and the parser of each finding's values. */
export interface FindingReader {
  keys: FindingKey[];
  parse: (values: unknown[]) => PartialFinding;
}

/**
 * The reader of findings holding `asked` (every key when null), the id and `needed`: each key once and in
 * the row's order, so that the same keys asked in any order share one parser.
 */
export function findingReader(
  asked: readonly FindingKey[] | null,
  needed: readonly FindingKey[] = [],
): FindingReader {
  const wanted = new Set<FindingKey>(["id", ...needed, ...(asked ?? ALL_KEYS)]);
  const keys = ALL_KEYS.filter((key) => wanted.has(key));
  const name = keys.join(" ");
  let schema = schemas.get(name);
  if (!schema) {
    if (schemas.size >= MAX_SCHEMAS) schemas.clear();
    schema = FindingRow.pick(Object.fromEntries(keys.map((key) => [key, true])) as Record<FindingKey, true>);
    schemas.set(name, schema);
  }
  const row = schema;
  const parse = (values: unknown[]) =>
    row.parse(Object.fromEntries(keys.map((key, i) => [key, values[i]]))) as PartialFinding;
  return { keys, parse };
}
