import { z } from "zod";

export const STATUSES = ["IMPROVED", "MIXED", "PERSISTS", "NOT_COVERED"] as const;

/** One line of a labelled trace set (trace-dev.jsonl, or the project's data/labels/trace-tune.jsonl). */
export const TraceLabel = z.object({
  pair: z.number(),
  authority: z.string(),
  earlier: z.string(),
  later: z.string(),
  ordinal: z.number(),
  text: z.string(),
  keywords: z.array(z.string()),
  themes: z.array(z.string()),
  status: z.enum(STATUSES),
  evidence: z.array(z.string()),
  new_recommendation: z.string().nullable(),
  confidence: z.string(),
  why: z.string(),
});
export type TraceLabel = z.infer<typeof TraceLabel>;

/** Whether two statuses are the opposite ways round: one IMPROVED, the other PERSISTS. */
export function oppositeStatuses(a: string | undefined, b: string | undefined): boolean {
  return (a === "IMPROVED" && b === "PERSISTS") || (a === "PERSISTS" && b === "IMPROVED");
}
