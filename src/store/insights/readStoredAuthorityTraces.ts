import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { ActionRow, FindingRow, RecommendationRow, VisitRow } from "../rows.ts";
import { FOLLOW_UPS_VERSION, StoredDecision } from "../storeFollowUps.ts";
import { type DecidedTraceRow, passagesOf, rebuildFollowUp } from "./readStoredTrace.ts";

const StoredAuthorityVisitRow = z.object({
  visit: VisitRow,
  laterIds: z.array(z.string()),
  recommendations: z.array(
    z.object({
      recommendation: RecommendationRow,
      actions: z.array(ActionRow),
      decisions: z.array(z.object({ visitId: z.string(), decision: StoredDecision })),
    }),
  ),
  findings: z.array(FindingRow),
  passages: z.array(RecommendationRow),
});

/**
 * What `readStoredTrace` gives for one recommendation, for every recommendation of an authority (its visits
 * oldest first, each visit's recommendations in document order), from one statement however many there
 * are, reading only the passages the stored decisions name. "stale" when they cannot be trusted (see
 * readStoredTrace): the caller then traces on the fly. Empty when the authority has no recommendation or
 * does not exist.
 */
export async function readStoredAuthorityTraces(
  executor: Executor,
  authorityId: string,
): Promise<DecidedTraceRow[] | "stale"> {
  const rows = await executor.read(
    "insights/trace-authority-stored",
    { authorityId, version: FOLLOW_UPS_VERSION },
    StoredAuthorityVisitRow,
  );
  // No rows: not current, or nothing to trace (tracing on the fly then answers at once).
  if (rows.length === 0) return "stale";
  const visits = new Map(
    rows.map((row) => [row.visit.id, { row, passages: passagesOf(row.findings, row.passages) }]),
  );
  const traces: DecidedTraceRow[] = [];
  for (const row of rows) {
    for (const { recommendation, actions, decisions } of row.recommendations) {
      const decisionAt = new Map(decisions.map((d) => [d.visitId, d.decision]));
      const followUps: DecidedTraceRow["followUps"] = [];
      for (const laterId of row.laterIds) {
        const later = visits.get(laterId);
        const decision = decisionAt.get(laterId);
        const followUp = later && decision && rebuildFollowUp(decision, later.passages);
        if (!later || !followUp) return "stale";
        followUps.push({ visit: later.row.visit, followUp });
      }
      traces.push({ decided: true, recommendation, visit: row.visit, actions, followUps });
    }
  }
  return traces;
}
