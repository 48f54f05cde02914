import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import { BY_IDS_STATEMENT } from "./nodeStatements.ts";
import { type NodeLabel, ROWS, type RowOf } from "./rows.ts";

/**
 * Nodes of one label by id, in one statement, answered in the order of `ids` with null for an id that
 * has no node (the contract of a DataLoader batch function).
 */
export async function readNodes<L extends NodeLabel>(
  executor: Executor,
  label: L,
  ids: readonly string[],
): Promise<Array<RowOf<L> | null>> {
  const schema = z.object({ node: ROWS[label] as unknown as z.ZodType<RowOf<L>> });
  const rows = await executor.read(BY_IDS_STATEMENT[label], { ids: [...new Set(ids)] }, schema);
  const byId = new Map(rows.map((row) => [(row.node as { id: string }).id, row.node]));
  return ids.map((id) => byId.get(id) ?? null);
}
