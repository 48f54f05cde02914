import neo4j from "neo4j-driver";

/**
 * Statement parameters as Neo4j expects them: JavaScript's whole numbers become Neo4j integers (the
 * driver would send them as floats, which LIMIT, SKIP and list slices refuse). Lists and plain objects
 * are converted recursively; everything else passes as it is.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  }
  return value;
}
