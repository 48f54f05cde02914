import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { AppError } from "../../domain/AppError.ts";
import type { FollowUp } from "../../trace/followUp.ts";
import { ActionRow, FindingRow, RecommendationRow, VisitRow, withThemes } from "../rows.ts";
import { FOLLOW_UPS_VERSION, StoredDecision } from "../storeFollowUps.ts";
import { LaterVisitRow, TracedRecommendationRow } from "./readTrace.ts";

/** A later passage as tracing gives it back: the row, with its themes under the name tracing uses. */
export type TracedFinding = FindingRow & { themes: string[] };
export type TracedRecommendation = RecommendationRow & { themes: string[] };
export type DecidedFollowUp = FollowUp<TracedFinding, TracedRecommendation>;

/** A recommendation's trace with every follow-up already decided. */
export interface DecidedTraceRow {
  decided: true;
  recommendation: RecommendationRow;
  visit: VisitRow;
  actions: ActionRow[];
  followUps: Array<{ visit: VisitRow; followUp: DecidedFollowUp }>;
}

const StoredTraceRow = TracedRecommendationRow.extend({
  followUps: z.array(LaterVisitRow.extend({ decision: StoredDecision.nullable() })),
  current: z.boolean(),
});

/** Whether the stored decisions are current, the rest of the row parsed once they are. */
const CurrentRow = z.object({ current: z.boolean() }).passthrough();

/** The passages stored decisions may name, by id, as tracing gives them back. */
export interface Passages {
  findingById: Map<string, TracedFinding>;
  recommendationById: Map<string, TracedRecommendation>;
}

/** Passages by id, for rebuildFollowUp. */
export function passagesOf(
  findings: readonly FindingRow[],
  recommendations: readonly RecommendationRow[],
): Passages {
  return {
    findingById: new Map(findings.map((f) => [f.id, withThemes(f)])),
    recommendationById: new Map(recommendations.map((r) => [r.id, withThemes(r)])),
  };
}

/** A stored decision with its passages as rows, or null when one of them is missing (then it is stale). */
export function rebuildFollowUp(
  decision: StoredDecision,
  { findingById, recommendationById }: Passages,
): DecidedFollowUp | null {
  const evidence: DecidedFollowUp["evidence"] = [];
  for (const [i, id] of decision.evidenceIds.entries()) {
    const relevance = decision.relevances[i] as number;
    const sharesTheme = decision.sharesTheme[i] as boolean;
    if (decision.evidenceKinds[i] === "FINDING") {
      const finding = findingById.get(id);
      if (finding === undefined) return null;
      evidence.push({ kind: "FINDING", finding, relevance, sharesTheme });
    } else {
      const recommendation = recommendationById.get(id);
      if (recommendation === undefined) return null;
      evidence.push({
        kind: "RECOMMENDATION",
        recommendation,
        relevance,
        sharesTheme,
        repeats: decision.repeats[i] as boolean,
      });
    }
  }
  const repeatedBy = decision.repeatedBy.map((id) => recommendationById.get(id));
  if (repeatedBy.some((r) => r === undefined)) return null;
  return {
    status: decision.status,
    confidence: decision.confidence,
    reason: decision.reason,
    evidence,
    repeatedBy: repeatedBy as TracedRecommendation[],
    decidedBy: decision.decidedBy,
  };
}

/**
 * A recommendation's trace from the follow-ups stored at its authority's last relink (storeFollowUps), with
 * only the passages they name: one statement whatever the number of later visits. "stale" when they cannot
 * be trusted (stored by another tracing version, the authority awaiting a batch's relink, or a decision or
 * passage missing): the caller then traces on the fly. Null when there is no such recommendation.
 */
export async function readStoredTrace(
  executor: Executor,
  recommendationId: string,
): Promise<DecidedTraceRow | "stale" | null> {
  // Whether the decisions are current is read first: until a batch relinks the authority, a visit it wrote
  // lacks the properties a VisitRow needs.
  const [first] = await executor.read(
    "insights/trace-recommendation-stored",
    { id: recommendationId, version: FOLLOW_UPS_VERSION },
    CurrentRow,
  );
  if (first === undefined) return null;
  if (!first.current) return "stale";
  const parsed = StoredTraceRow.safeParse(first);
  if (!parsed.success) {
    const message = `Unexpected row from 'insights/trace-recommendation-stored': ${parsed.error.message}`;
    throw new AppError("DATABASE_ERROR", message);
  }
  const row = parsed.data;
  const followUps: DecidedTraceRow["followUps"] = [];
  for (const later of row.followUps) {
    const followUp =
      later.decision && rebuildFollowUp(later.decision, passagesOf(later.findings, later.recommendations));
    if (!followUp) return "stale";
    followUps.push({ visit: later.visit, followUp });
  }
  return {
    decided: true,
    recommendation: row.recommendation,
    visit: row.visit,
    actions: row.actions,
    followUps,
  };
}
