import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { type FindingKey, FindingValues, findingReader, type PartialFinding } from "../partialFinding.ts";
import { AuthorityRow, RecommendationRow, VisitRow } from "../rows.ts";

const TimelineEntryRow = z.object({
  visit: VisitRow,
  findings: z.array(FindingValues),
  recommendations: z.array(RecommendationRow),
});

const TimelineRow = z.object({ authority: AuthorityRow, entries: z.array(TimelineEntryRow) });

/** A timeline, its findings holding the keys asked for and their polarity. */
export interface TimelineRow {
  authority: AuthorityRow;
  entries: Array<{ visit: VisitRow; findings: PartialFinding[]; recommendations: RecommendationRow[] }>;
}

/**
 * The authority and, per visit of it (oldest first), its findings and recommendations on the theme; null
 * when there is no such authority. One statement, so the authority costs no round trip of its own. The
 * findings hold `keys` (every key when null), their id and polarity.
 */
export async function readThemeTimeline(
  executor: Executor,
  themeId: string,
  authorityId: string,
  keys: readonly FindingKey[] | null,
): Promise<TimelineRow | null> {
  const finding = findingReader(keys, ["polarity"]);
  const [row] = await executor.read(
    "insights/theme-timeline",
    { themeId, authorityId, findingKeys: finding.keys },
    TimelineRow,
  );
  if (!row) return null;
  return {
    ...row,
    entries: row.entries.map((entry) => ({ ...entry, findings: entry.findings.map(finding.parse) })),
  };
}
