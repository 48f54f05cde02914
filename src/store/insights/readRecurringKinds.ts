import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { ServiceKindRow } from "../rows.ts";

const KindRecurrenceRow = z.object({
  kind: ServiceKindRow,
  visitCount: z.number(),
  authorityCount: z.number(),
  strengths: z.number(),
  weaknesses: z.number(),
  mixed: z.number(),
  neutral: z.number(),
});
export type KindRecurrenceRow = z.infer<typeof KindRecurrenceRow>;

/**
 * Kinds of service mentioned at `minVisits` visits or more across all authorities, most visits first,
 * with their counts only (no visit lists): read from the counts kept on each kind, so it costs the same
 * however large the graph grows.
 */
export function readRecurringKinds(
  executor: Executor,
  query: { minVisits: number; limit: number },
): Promise<KindRecurrenceRow[]> {
  return executor.read("insights/recurring-kinds", query, KindRecurrenceRow);
}
