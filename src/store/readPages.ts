import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import type { StatementName } from "../db/statementNames.ts";
import { derivedSchema } from "./derivedSchema.ts";
import type { Page } from "./Page.ts";

/** A request for one page per parent from a `cypher/read/*-page.cypher` statement. */
export interface PageRequest {
  /** What the parents are ('visit', 'authority', ... or 'all' with the single parent null). */
  by: string;
  /** Filters and ordering, passed through as parameters (absent filters as null). */
  params: Record<string, unknown>;
  offset: number;
  limit: number;
}

const pageRow = <S extends z.ZodType>(item: S) =>
  z.object({ parentId: z.string().nullable(), total: z.number(), items: z.array(item) });

const pageRows = new WeakMap<z.ZodType, ReturnType<typeof pageRow>>();

/**
 * Reads one page for each parent in one statement. Answers in the order of `parents`; a parent with
 * nothing gets an empty page at the requested offset.
 */
export async function readPages<S extends z.ZodType>(
  executor: Executor,
  statement: StatementName,
  item: S,
  parents: ReadonlyArray<string | null>,
  request: PageRequest,
): Promise<Array<Page<z.infer<S>>>> {
  const schema = derivedSchema(pageRows, item, pageRow) as ReturnType<typeof pageRow<S>>;
  const rows = await executor.read(
    statement,
    {
      ...request.params,
      parents: [...new Set(parents)],
      by: request.by,
      skip: request.offset,
      limit: request.limit,
    },
    schema,
  );
  const byParent = new Map(rows.map((row) => [row.parentId, row]));
  return parents.map((parent) => {
    const row = byParent.get(parent);
    return { items: row?.items ?? [], offset: request.offset, total: row?.total ?? 0 };
  });
}
