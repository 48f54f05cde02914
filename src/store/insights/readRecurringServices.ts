import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import type { RecurrenceGrouping } from "../../domain/Grouping.ts";
import { FindingRow, ServiceKindRow, ServiceRow, VisitRow } from "../rows.ts";

const RecurrenceRow = z.object({
  key: z.string(),
  service: ServiceRow.nullable(),
  kind: ServiceKindRow,
  visits: z.array(z.object({ visit: VisitRow, findings: z.array(FindingRow) })),
});
export type RecurrenceRow = z.infer<typeof RecurrenceRow>;

export interface RecurrenceQuery {
  authorityId: string | null;
  minVisits: number;
  from: string | null;
  to: string | null;
  groupBy: RecurrenceGrouping;
  limit: number;
}

/**
 * Services (or service kinds) that findings mention at `minVisits` visits or more, most visits first;
 * each with its visits in date order and the findings that mention it there.
 */
export async function readRecurringServices(
  executor: Executor,
  query: RecurrenceQuery,
): Promise<RecurrenceRow[]> {
  const rows = await executor.read("insights/recurring-services", { ...query }, RecurrenceRow);
  for (const row of rows) {
    row.visits.sort((a, b) => (a.visit.startDate ?? "").localeCompare(b.visit.startDate ?? ""));
  }
  return rows;
}
