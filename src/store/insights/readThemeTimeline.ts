import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { AuthorityRow, FindingRow, RecommendationRow, VisitRow } from "../rows.ts";

const TimelineEntryRow = z.object({
  visit: VisitRow,
  findings: z.array(FindingRow),
  recommendations: z.array(RecommendationRow),
});

const TimelineRow = z.object({ authority: AuthorityRow, entries: z.array(TimelineEntryRow) });
export type TimelineRow = z.infer<typeof TimelineRow>;

/**
 * The authority and, per visit of it (oldest first), its findings and recommendations on the theme; null
 * when there is no such authority. One statement, so the authority costs no round trip of its own.
 */
export async function readThemeTimeline(
  executor: Executor,
  themeId: string,
  authorityId: string,
): Promise<TimelineRow | null> {
  const [row] = await executor.read("insights/theme-timeline", { themeId, authorityId }, TimelineRow);
  return row ?? null;
}
