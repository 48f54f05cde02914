import { z } from "zod";

/** How `themeTrends` groups visits: the SDL's `TrendGrouping` (same list, checked by a unit test). */
export const TrendGrouping = z.enum(["YEAR", "FRAMEWORK", "REGION"]);
export type TrendGrouping = z.infer<typeof TrendGrouping>;

/** How `recurringServices` groups findings: by each authority's service or by kind across authorities. */
export const RecurrenceGrouping = z.enum(["SERVICE", "KIND"]);
export type RecurrenceGrouping = z.infer<typeof RecurrenceGrouping>;
