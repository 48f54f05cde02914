import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { FindingRow, RecommendationRow, VisitRow } from "../rows.ts";

const TimelineRow = z.object({
  visit: VisitRow,
  findings: z.array(FindingRow),
  recommendations: z.array(RecommendationRow),
});
export type TimelineRow = z.infer<typeof TimelineRow>;

/** Per visit of the authority (oldest first), its findings and recommendations on the theme. */
export function readThemeTimeline(
  executor: Executor,
  themeId: string,
  authorityId: string,
): Promise<TimelineRow[]> {
  return executor.read("insights/theme-timeline", { themeId, authorityId }, TimelineRow);
}
