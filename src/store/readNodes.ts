import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import { derivedSchema } from "./derivedSchema.ts";
import { ENTITIES, type NodeLabel, type RowOf } from "./entities.ts";

const nodeRows = new WeakMap<z.ZodType, z.ZodType>();

/**
 * Nodes of one label by id, in one statement, answered in the order of `ids` with null for an id that
 * has no node (the contract of a DataLoader batch function).
 */
export async function readNodes<L extends NodeLabel>(
  executor: Executor,
  label: L,
  ids: readonly string[],
): Promise<Array<RowOf<L> | null>> {
  const { row, byIds } = ENTITIES[label];
  const schema = derivedSchema(nodeRows, row, (node) => z.object({ node })) as z.ZodType<{ node: RowOf<L> }>;
  const rows = await executor.read(byIds, { ids: [...new Set(ids)] }, schema);
  const byId = new Map(rows.map((row) => [(row.node as { id: string }).id, row.node]));
  return ids.map((id) => byId.get(id) ?? null);
}
