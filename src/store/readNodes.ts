import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import { ENTITIES, type NodeLabel, type RowOf } from "./entities.ts";

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
  const schema = z.object({ node: row as unknown as z.ZodType<RowOf<L>> });
  const rows = await executor.read(byIds, { ids: [...new Set(ids)] }, schema);
  const byId = new Map(rows.map((row) => [(row.node as { id: string }).id, row.node]));
  return ids.map((id) => byId.get(id) ?? null);
}
