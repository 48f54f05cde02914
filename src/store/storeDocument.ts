import type { Executor } from "../db/Executor.ts";
import type { IngestStatus } from "../domain/IngestStatus.ts";
import { removeDocument, writeDocument } from "./documentWriter.ts";
import { readStoredDocument } from "./storedDocument.ts";
import type { GraphPayload } from "./toGraphPayload.ts";

/**
 * Stores one document in ONE write transaction: all of it or nothing. A document already stored by the
 * same extractor version is left alone (UNCHANGED); one stored by another version is replaced whole.
 */
export function storeDocument(
  executor: Executor,
  payload: GraphPayload,
  extractorVersion: string,
): Promise<IngestStatus> {
  return executor.writeTransaction(async (tx) => {
    const stored = await readStoredDocument(tx, payload.documentId);
    if (stored?.extractorVersion === extractorVersion) return "UNCHANGED" as const;
    if (stored) await removeDocument(tx, payload.documentId);
    await writeDocument(tx, payload, extractorVersion);
    return stored ? ("REPLACED" as const) : ("INGESTED" as const);
  });
}

/** Deletes a stored document and what only it supported, in one write transaction. False if none. */
export function deleteDocument(executor: Executor, documentId: string): Promise<boolean> {
  return executor.writeTransaction((tx) => removeDocument(tx, documentId));
}
