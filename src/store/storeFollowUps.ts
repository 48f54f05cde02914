import { z } from "zod";
import type { Executor, StatementRunner } from "../db/Executor.ts";
import { TraceConfidence, TraceStatus } from "../domain/TraceStatus.ts";
import { followUp } from "../trace/followUp.ts";
import { TRACE_VERSION } from "../trace/traceVersion.ts";
import { readAuthorityTracesIn } from "./insights/readAuthorityTraces.ts";
import { withThemes } from "./rows.ts";

/**
 * The version stored follow-ups are stamped with: the tracing code's (src/trace) and the layout of the
 * stored decision below. Bump the number when that layout changes.
 */
export const FOLLOW_UPS_VERSION = `1:${TRACE_VERSION}`;

/** A follow-up as stored on its FOLLOWED_UP_AT relationship: parallel lists, since Neo4j stores no map. */
export const StoredDecision = z.object({
  status: TraceStatus,
  confidence: TraceConfidence,
  reason: z.string(),
  /** The evidence, most relevant first: each item's passage id, kind, relevance, shared theme, repeat. */
  evidenceIds: z.array(z.string()),
  evidenceKinds: z.array(z.enum(["FINDING", "RECOMMENDATION"])),
  relevances: z.array(z.number()),
  sharesTheme: z.array(z.boolean()),
  repeats: z.array(z.boolean()),
  repeatedBy: z.array(z.string()),
  decidedBy: z.array(z.string()),
});
export type StoredDecision = z.infer<typeof StoredDecision>;

/**
 * Traces every recommendation of the authority at every visit after its own (src/trace `followUp`, exactly
 * as `traceRecommendation` does on the fly) and stores the decisions, replacing those stored before, inside
 * the caller's transaction; stamps the authority with FOLLOW_UPS_VERSION. Run by every relink (a document of
 * the authority written or deleted), so a stored follow-up is never older than the documents it rests on.
 * Returns how many follow-ups were stored.
 */
export async function storeFollowUps(tx: StatementRunner, authorityId: string): Promise<number> {
  await tx.run("graph/claim-follow-ups", { authorityId });
  const traces = await readAuthorityTracesIn(tx, authorityId);
  // Each later visit is prepared once and shared by the traces of every earlier recommendation.
  const prepared = new Map<string, Parameters<typeof followUp>[1]>();
  const followUps = traces.flatMap((trace) =>
    trace.followUps.map((later) => {
      let visit = prepared.get(later.visit.id);
      if (visit === undefined) {
        visit = {
          findings: later.findings.map(withThemes),
          recommendations: later.recommendations.map(withThemes),
          judgements: later.judgements,
        };
        prepared.set(later.visit.id, visit);
      }
      const result = followUp(
        { text: trace.recommendation.text, themes: trace.recommendation.themeIds },
        visit,
      );
      const decision: StoredDecision = {
        status: result.status,
        confidence: result.confidence,
        reason: result.reason,
        evidenceIds: result.evidence.map((item) =>
          item.kind === "FINDING" ? item.finding.id : item.recommendation.id,
        ),
        evidenceKinds: result.evidence.map((item) => item.kind),
        relevances: result.evidence.map((item) => item.relevance),
        sharesTheme: result.evidence.map((item) => item.sharesTheme),
        repeats: result.evidence.map((item) => item.kind === "RECOMMENDATION" && item.repeats),
        repeatedBy: result.repeatedBy.map((r) => r.id),
        decidedBy: result.decidedBy,
      };
      return { recommendationId: trace.recommendation.id, visitId: later.visit.id, decision };
    }),
  );
  await tx.run("graph/store-follow-ups", { authorityId, followUps, version: FOLLOW_UPS_VERSION });
  return followUps.length;
}

const AuthorityIdRow = z.object({ authorityId: z.string() });

/**
 * Stores the follow-ups of every authority whose stored ones are stale (decided by another tracing version,
 * or never stored), each in its own write transaction; authorities a batch is about to relink are left to
 * it. Run by the service once it is serving, so that a change of the tracing code or its tuning re-traces
 * what it changes without holding up the start (minutes on a national graph). Stops between authorities
 * once `signal` is aborted. Returns how many authorities were traced again.
 */
export async function retraceStaleFollowUps(executor: Executor, signal?: AbortSignal): Promise<number> {
  const stale = await executor.read(
    "graph/list-stale-follow-ups",
    { version: FOLLOW_UPS_VERSION },
    AuthorityIdRow,
  );
  let traced = 0;
  for (const { authorityId } of stale) {
    if (signal?.aborted) break;
    await executor.writeTransaction((tx) => storeFollowUps(tx, authorityId));
    traced++;
  }
  return traced;
}
