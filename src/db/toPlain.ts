import neo4j from "neo4j-driver";

/**
 * Turns driver values into plain JSON-like values: integers to numbers, nodes and relationships to
 * their properties, temporal values to ISO strings. Lists and maps are converted recursively and in
 * place, so a large result is not copied: give it only values nothing else reads, as a record's fresh
 * `toObject()` is.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return typeof value === "bigint" ? Number(value) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  // Maps come back as plain objects, far the most common value: checked first.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isGraphEntity(value)) return toPlain(value.properties);
  if (isTemporal(value)) return value.toString();
  return value;
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
