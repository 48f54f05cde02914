import { z } from "zod";
import type { Executor } from "../db/Executor.ts";

const CountsRow = z.object({
  nodes: z.array(z.object({ label: z.string(), count: z.number() })),
  relationships: z.number(),
});

export interface GraphCounts {
  /** Node count per label. */
  nodes: Record<string, number>;
  relationships: number;
}

/** Counts the graph's nodes per label and its relationships. */
export async function countGraph(executor: Executor): Promise<GraphCounts> {
  const [row] = await executor.read("graph/count-nodes", {}, CountsRow);
  const nodes = Object.fromEntries(
    (row?.nodes ?? []).sort((a, b) => a.label.localeCompare(b.label)).map((n) => [n.label, n.count]),
  );
  return { nodes, relationships: row?.relationships ?? 0 };
}
