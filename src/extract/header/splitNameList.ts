import { normalisePersonName } from "./normalisePersonName.ts";

/**
 * The names in a list written as prose: 'Tom Anthony and Nigel Parkes', 'A, B, C and D'. Entries that
 * are not names are left out; each name is normalised (see normalisePersonName).
 */
export function splitNameList(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((entry) => normalisePersonName(entry))
    .filter((name): name is string => name !== null);
}
