import type { Executor } from "../db/Executor.ts";
import type { IngestStatus } from "../domain/IngestStatus.ts";
import { relinkAuthority, removeDocument, writeDocument } from "./documentWriter.ts";
import { readStoredDocument } from "./storedDocument.ts";
import type { GraphPayload } from "./toGraphPayload.ts";

/**
 * When the authority's derived data (visit properties, FOLLOWS, REPEATS) is brought up to date after a
 * document is written: `now`, in the same transaction (a single document: the API, an import); or
 * `batch`, left pending for relinkPendingAuthorities to do once per authority for a batch of documents.
 */
export type RelinkMode = "now" | "batch";

/**
 * Stores one document in ONE write transaction: all of it or nothing. A document already stored by the
 * same extractor version is left alone (UNCHANGED); one stored by another version is replaced whole. The
 * document is one statement; its authority is relinked as `relink` says.
 */
export function storeDocument(
  executor: Executor,
  payload: GraphPayload,
  extractorVersion: string,
  relink: RelinkMode = "now",
): Promise<IngestStatus> {
  return executor.writeTransaction(async (tx) => {
    const stored = await readStoredDocument(tx, payload.documentId);
    if (stored?.extractorVersion === extractorVersion) return "UNCHANGED" as const;
    if (stored) await removeDocument(tx, payload.documentId);
    const authorityId = await writeDocument(tx, payload, extractorVersion);
    if (relink === "now") await relinkAuthority(tx, authorityId);
    return stored ? ("REPLACED" as const) : ("INGESTED" as const);
  });
}

/** Deletes a stored document and what only it supported, in one write transaction. False if none. */
export function deleteDocument(executor: Executor, documentId: string): Promise<boolean> {
  return executor.writeTransaction((tx) => removeDocument(tx, documentId));
}
