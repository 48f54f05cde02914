import neo4j from "neo4j-driver";

/**
 * Turns driver values into plain JSON-like values: integers to numbers, nodes and relationships to
 * their properties, temporal values to ISO strings. Lists and maps are converted recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== "object") return value;
  if (isGraphEntity(value)) return toPlain(value.properties);
  if (isTemporal(value)) return value.toString();
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = toPlain(v);
  return out;
}

function isGraphEntity(value: object): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value as never) || neo4j.isRelationship(value as never);
}

function isTemporal(value: object): value is { toString(): string } {
  return (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isDuration(value as never)
  );
}
