import type { RelationName, RelationRow } from "../store/relations.ts";
import type { GraphQLContext } from "./GraphQLContext.ts";

/**
 * A resolver that follows a relationship through the request's relation loader: the `key` of the
 * parent's row, or `missing` (an empty list, or null) when the parent has none.
 *
 * @example documents: related("visitDocuments", "items", [])
 */
export function related<N extends RelationName, K extends keyof RelationRow<N>, M>(
  name: N,
  key: K,
  missing: M,
) {
  return async (parent: { id: string }, _args: unknown, { loaders }: GraphQLContext) => {
    const row = (await loaders.related[name].load(parent.id)) as RelationRow<N> | null;
    return row ? row[key] : missing;
  };
}
