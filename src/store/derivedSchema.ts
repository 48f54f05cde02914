import type { z } from "zod";

/**
 * `make(base)`, made once per base and kept in `cache`. zod compiles a schema at its first parse (0.1-0.2 ms),
 * so a schema made afresh for every statement paid that on every read.
 */
export function derivedSchema<B extends z.ZodType, S extends z.ZodType>(
  cache: WeakMap<B, S>,
  base: B,
  make: (base: B) => S,
): S {
  let schema = cache.get(base);
  if (!schema) {
    schema = make(base);
    cache.set(base, schema);
  }
  return schema;
}
