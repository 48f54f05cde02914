import { z } from "zod";
import type { Executor, StatementRunner } from "../../db/Executor.ts";
import { ActionRow, FindingRow, JudgementRow, RecommendationRow, VisitRow } from "../rows.ts";
import type { TraceRow } from "./readTrace.ts";

const AuthorityVisitRow = z.object({
  visit: VisitRow,
  laterIds: z.array(z.string()),
  findings: z.array(FindingRow),
  recommendations: z.array(z.object({ recommendation: RecommendationRow, actions: z.array(ActionRow) })),
  judgements: z.array(JudgementRow),
});

/**
 * What `readTrace` gives for one recommendation, for every recommendation of an authority (its visits oldest
 * first, each visit's recommendations in document order), from one statement however many there are: each
 * later visit's findings, recommendations and judgements are read once and shared by the traces of every
 * earlier recommendation (a visit that follows none has no findings or judgements read, as no trace weighs
 * them). Empty when the authority has no recommendation or does not exist.
 */
export async function readAuthorityTraces(executor: Executor, authorityId: string): Promise<TraceRow[]> {
  return executor.readTransaction((tx) => readAuthorityTracesIn(tx, authorityId));
}

/** `readAuthorityTraces` inside the caller's transaction (a relink reads what it traces this way). */
export async function readAuthorityTracesIn(tx: StatementRunner, authorityId: string): Promise<TraceRow[]> {
  const rows = z
    .array(AuthorityVisitRow)
    .parse(await tx.run("insights/trace-authority-recommendations", { authorityId }));
  const laterVisit = new Map(
    rows.map((row) => [
      row.visit.id,
      {
        visit: row.visit,
        findings: row.findings,
        recommendations: row.recommendations.map((r) => r.recommendation),
        judgements: row.judgements,
      },
    ]),
  );
  return rows.flatMap((row) => {
    const followUps = row.laterIds.flatMap((id) => laterVisit.get(id) ?? []);
    return row.recommendations.map(({ recommendation, actions }) => ({
      recommendation,
      visit: row.visit,
      actions,
      followUps,
    }));
  });
}
