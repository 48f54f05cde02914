import { z } from "zod";
import type { StatementRunner } from "../db/Executor.ts";
import type { GraphPayload } from "./toGraphPayload.ts";
import { findRepeats } from "../trace/findRepeats.ts";
import { refreshKindSummaries } from "./refreshKindSummaries.ts";
import { storeFollowUps } from "./storeFollowUps.ts";

const Touched = z.object({ visitIds: z.array(z.string()), authorityId: z.string().nullable() });
const VisitRecommendationsRow = z.object({
  visitId: z.string(),
  recommendations: z.array(z.object({ id: z.string(), text: z.string(), themeIds: z.array(z.string()) })),
});
const PendingRow = z.object({ authorityId: z.string() });

/**
 * Writes one document and everything extracted from it in one statement, inside the caller's
 * transaction, and marks its authority as pending (see relinkAuthority). The document must not be stored
 * yet. Returns the authority's id: the caller relinks it, at once or once for a batch of documents.
 */
export async function writeDocument(
  tx: StatementRunner,
  payload: GraphPayload,
  extractorVersion: string,
): Promise<string> {
  await tx.run("ingest/write-document", {
    visitId: payload.visitId,
    authority: payload.authority,
    document: payload.document,
    claim: payload.claim,
    extractorVersion,
    // In one map, so that the statement has one plan whatever the lists' sizes (see the statement).
    parts: {
      inspectors: payload.inspectors,
      people: payload.people,
      judgements: payload.judgements,
      services: payload.services,
      relations: payload.relations,
      recommendations: payload.recommendations,
      findings: payload.findings,
      actions: payload.actions,
    },
  });
  return payload.authority.id;
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
  if (touched.authorityId) await relinkAuthority(tx, touched.authorityId);
  return true;
}

/**
 * Brings what is derived from all of an authority's documents up to date, inside the caller's
 * transaction: each visit's properties (from its documents' claims), the chain of visits (FOLLOWS), the
 * recommendations that repeat an earlier visit's (REPEATS), each recommendation's follow-up at every later
 * visit (storeFollowUps) and the per-kind counts of service mentions; clears the authority's pending mark.
 * Each is rebuilt whole, so the result does not depend on the order documents came in, and running it once
 * after a batch of the authority's documents gives what running it after each would. With `kinds`
 * 'deferred' the kinds are only marked for the batch to recount once (refreshPendingKindSummaries).
 */
export async function relinkAuthority(
  tx: StatementRunner,
  authorityId: string,
  kinds: "now" | "deferred" = "now",
): Promise<void> {
  await tx.run("graph/refresh-visits", { authorityId });
  await tx.run("graph/relink-visits", { authorityId });
  await relinkRepeats(tx, authorityId);
  if (kinds === "now") await refreshKindSummaries(tx, { authorityIds: [authorityId] });
  else await tx.run("graph/mark-kind-summaries-pending", { authorityId });
  await storeFollowUps(tx, authorityId);
}

/**
 * The authorities whose documents were written but not yet relinked: those of a batch in progress, or of
 * one stopped before it ended (a killed ingest), which the next batch then finishes.
 */
export async function listPendingAuthorities(tx: StatementRunner): Promise<string[]> {
  const rows = z.array(PendingRow).parse(await tx.run("graph/list-pending-authorities"));
  return rows.map((row) => row.authorityId);
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
  await tx.run("graph/relink-repeats", { authorityId, repeats: { links: findRepeats(visits) } });
}
