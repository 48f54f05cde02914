import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import type { RecurrenceGrouping } from "../../domain/Grouping.ts";
import { type FindingKey, FindingValues, findingReader, type PartialFinding } from "../partialFinding.ts";
import { ServiceKindRow, ServiceRow, VisitRow } from "../rows.ts";

const RecurrenceRow = z.object({
  key: z.string(),
  service: ServiceRow.nullable(),
  kind: ServiceKindRow,
  visits: z.array(z.object({ visit: VisitRow, findings: z.array(FindingValues) })),
});

/** A recurrence, its findings holding the keys asked for and their polarity. */
export interface RecurrenceRow extends Omit<z.infer<typeof RecurrenceRow>, "visits"> {
  visits: Array<{ visit: VisitRow; findings: PartialFinding[] }>;
}

export interface RecurrenceQuery {
  authorityId: string | null;
  minVisits: number;
  from: string | null;
  to: string | null;
  groupBy: RecurrenceGrouping;
  limit: number;
  /** The keys of the findings' rows to read (their id and polarity always), all of them when null. */
  findingKeys: readonly FindingKey[] | null;
}

/**
 * Services (or service kinds) that findings mention at `minVisits` visits or more, most visits first;
 * each with its visits in date order and the findings that mention it there.
 */
export async function readRecurringServices(
  executor: Executor,
  query: RecurrenceQuery,
): Promise<RecurrenceRow[]> {
  const finding = findingReader(query.findingKeys, ["polarity"]);
  const rows = await executor.read(
    "insights/recurring-services",
    { ...query, findingKeys: finding.keys },
    RecurrenceRow,
  );
  return rows.map((row) => ({
    ...row,
    visits: row.visits
      .map(({ visit, findings }) => ({ visit, findings: findings.map(finding.parse) }))
      .sort((a, b) => (a.visit.startDate ?? "").localeCompare(b.visit.startDate ?? "")),
  }));
}
