import { z } from "zod";
import type { StatementRunner } from "../db/Executor.ts";
import type { GraphPayload } from "../ingest/toGraphPayload.ts";
import { findRepeats } from "../trace/findRepeats.ts";
import { refreshKindSummaries } from "./refreshKindSummaries.ts";

const Touched = z.object({ visitIds: z.array(z.string()), authorityId: z.string().nullable() });
const VisitRecommendationsRow = z.object({
  visitId: z.string(),
  recommendations: z.array(z.object({ id: z.string(), text: z.string(), themeIds: z.array(z.string()) })),
});

/**
 * Writes one document and everything extracted from it, inside the caller's transaction, then refreshes
 * the visit it describes and the authority's chain of visits. The document must not be stored yet.
 */
export async function writeDocument(
  tx: StatementRunner,
  payload: GraphPayload,
  extractorVersion: string,
): Promise<void> {
  const { documentId } = payload;
  await tx.run("ingest/merge-document", {
    documentId,
    visitId: payload.visitId,
    authority: payload.authority,
    document: payload.document,
    claim: payload.claim,
    extractorVersion,
  });
  await tx.run("ingest/merge-people", { documentId, inspectors: payload.inspectors, people: payload.people });
  await tx.run("ingest/merge-judgements", { documentId, judgements: payload.judgements });
  await tx.run("ingest/merge-services", { documentId, services: payload.services });
  await tx.run("ingest/merge-service-relations", { documentId, relations: payload.relations });
  await tx.run("ingest/create-recommendations", { documentId, recommendations: payload.recommendations });
  await tx.run("ingest/create-findings", { documentId, findings: payload.findings });
  await tx.run("ingest/create-actions", { documentId, actions: payload.actions });
  await refreshVisits(tx, [payload.visitId], payload.authority.id);
}

/**
 * Removes a document and all that only it supported, inside the caller's transaction, and refreshes what
 * it touched. Returns false when no such document is stored.
 */
export async function removeDocument(tx: StatementRunner, documentId: string): Promise<boolean> {
  const rows = await tx.run("graph/delete-document-content", { documentId });
  const first = rows[0];
  if (!first) return false;
  const touched = Touched.parse(first);
  await tx.run("graph/delete-orphans");
  await refreshVisits(tx, touched.visitIds, touched.authorityId);
  return true;
}

async function refreshVisits(
  tx: StatementRunner,
  visitIds: string[],
  authorityId: string | null,
): Promise<void> {
  await tx.run("graph/refresh-visit", { visitIds });
  if (!authorityId) return;
  await tx.run("graph/relink-visits", { authorityId });
  await relinkRepeats(tx, authorityId);
  await refreshKindSummaries(tx, { authorityId });
}

/**
 * Recomputes which of the authority's recommendations repeat one of the last earlier visit that made any
 * (see findRepeats): like the chain of visits it follows, it changes whenever a document of the authority
 * comes or goes.
 */
async function relinkRepeats(tx: StatementRunner, authorityId: string): Promise<void> {
  const visits = z
    .array(VisitRecommendationsRow)
    .parse(await tx.run("graph/list-authority-recommendations", { authorityId }))
    .map((visit) => ({
      visitId: visit.visitId,
      recommendations: visit.recommendations.map((r) => ({ id: r.id, text: r.text, themes: r.themeIds })),
    }));
  await tx.run("graph/relink-repeats", { authorityId, links: findRepeats(visits) });
}
