import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import type { StatementName } from "../db/statementNames.ts";
import { derivedSchema } from "./derivedSchema.ts";

const withParents = new WeakMap<z.ZodObject, z.ZodObject>();

/**
 * Runs a statement that answers one row per parent id (`UNWIND $ids AS parentId ... RETURN parentId, ...`)
 * and returns the rows in the order of `ids`, null where a parent had no row.
 */
export async function readByParent<S extends z.ZodObject>(
  executor: Executor,
  statement: StatementName,
  row: S,
  ids: readonly string[],
): Promise<Array<z.infer<S> | null>> {
  const schema = derivedSchema(withParents, row, (r) => r.extend({ parentId: z.string() }));
  const rows = await executor.read(statement, { ids: [...new Set(ids)] }, schema);
  const byParent = new Map(rows.map((r) => [(r as { parentId: string }).parentId, r as z.infer<S>]));
  return ids.map((id) => byParent.get(id) ?? null);
}
