import {
  type FieldNode,
  getArgumentValues,
  getNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isObjectType,
  type SelectionSetNode,
} from "graphql";

/** A field as the query asks for it: its nodes in the document, the object type it returns, its arguments. */
export interface AskedField {
  nodes: readonly FieldNode[];
  /** The named type the field returns, when it is an object type (null for scalars, lists of them...). */
  type: GraphQLObjectType | null;
  args: Record<string, unknown>;
}

const objectType = (type: Parameters<typeof getNamedType>[0]) => {
  const named = getNamedType(type);
  return isObjectType(named) ? named : null;
};

/** The field being resolved, as asked, with the arguments its resolver was given. */
export function resolvedField(info: GraphQLResolveInfo, args: Record<string, unknown>): AskedField {
  return { nodes: info.fieldNodes, type: objectType(info.returnType), args };
}

/**
 * The sub-field `name` of `field` as the query asks for it, through fragments and aliases, or null when it
 * is not asked for. Asked more than once with different arguments, it stands for the first occurrence and
 * those with the same arguments (the others are resolved as usual). `@skip`/`@include` are not read: a
 * lookahead may see more than will be resolved, never less.
 */
export function askedSubField(info: GraphQLResolveInfo, field: AskedField, name: string): AskedField | null {
  const definition = field.type?.getFields()[name];
  if (!definition) return null;
  const occurrences = field.nodes
    .flatMap((node) => fieldsNamed(info, node.selectionSet, name))
    .map((node) => ({ node, args: getArgumentValues(definition, node, info.variableValues) }));
  const first = occurrences[0];
  if (!first) return null;
  const key = JSON.stringify(first.args);
  return {
    nodes: occurrences.filter((o) => JSON.stringify(o.args) === key).map((o) => o.node),
    type: objectType(definition.type),
    args: first.args,
  };
}

/**
 * The items of a connection field as asked: its `nodes` and `edges { node }` selections together, or null
 * when neither is asked for.
 */
export function askedItems(info: GraphQLResolveInfo, connection: AskedField): AskedField | null {
  const nodes = askedSubField(info, connection, "nodes");
  const edges = askedSubField(info, connection, "edges");
  const node = edges && askedSubField(info, edges, "node");
  const type = nodes?.type ?? node?.type ?? null;
  if (!type) return null;
  return { nodes: [...(nodes?.nodes ?? []), ...(node?.nodes ?? [])], type, args: {} };
}

/** The fields named `name` in a selection set, through inline fragments and named fragments. */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode[] {
  const seen = new Set<string>();
  const walk = (selections: SelectionSetNode["selections"]): FieldNode[] =>
    selections.flatMap((selection) => {
      if (selection.kind === "Field") return selection.name.value === name ? [selection] : [];
      if (selection.kind === "InlineFragment") return walk(selection.selectionSet.selections);
      if (seen.has(selection.name.value)) return [];
      seen.add(selection.name.value);
      return walk(info.fragments[selection.name.value]?.selectionSet.selections ?? []);
    });
  return walk(set?.selections ?? []);
}
