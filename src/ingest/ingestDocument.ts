import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import { AppError } from "../domain/AppError.ts";
import { InspectionRecord } from "../domain/InspectionRecord.ts";
import { applyOverrides, type RecordOverrides } from "../domain/RecordOverrides.ts";
import { EXTRACTOR_VERSION } from "../extract/extractorVersion.ts";
import { relinkAuthority, removeDocument, writeDocument } from "../store/documentWriter.ts";
import { toGraphPayload } from "./toGraphPayload.ts";

/**
 * When the authority's derived data (visit properties, FOLLOWS, REPEATS) is brought up to date after a
 * document is written: `now`, in the same transaction (a single document: the API, an import); or
 * `batch`, left pending for relinkPendingAuthorities to do once per authority for a batch of documents.
 */
export type RelinkMode = "now" | "batch";

/** What ingesting one document did. */
export type IngestStatus = "INGESTED" | "UNCHANGED" | "REPLACED";

export interface IngestResult {
  status: IngestStatus;
  documentId: string;
  visitId: string;
}

const StoredDocument = z.object({
  id: z.string(),
  extractorVersion: z.string().nullable(),
  visitId: z.string(),
});

/**
 * The visit of a document already stored by this extractor version, or null when ingesting it would
 * change something: lets a re-run skip extraction for documents it has.
 */
export async function findCurrentDocument(
  executor: Executor,
  documentId: string,
): Promise<{ documentId: string; visitId: string } | null> {
  const [stored] = await executor.read("ingest/get-document", { documentId }, StoredDocument);
  return stored?.extractorVersion === EXTRACTOR_VERSION ? { documentId, visitId: stored.visitId } : null;
}

/**
 * Writes one extracted document in ONE write transaction: all of it or nothing. A document already
 * stored by the same extractor version is left alone (UNCHANGED); one stored by another version is
 * replaced whole. `extractorVersion` is the version that made the record: the running extractor's,
 * or for `ofsted-graph import` the one its export line names. The document is one statement; with `relink`
 * `now` its authority's visits and chains are relinked in the same transaction, with `batch` the caller
 * relinks them later (see RelinkMode). Throws AppError INVALID_RECORD when the record (after overrides)
 * fails validation, before anything is written.
 */
export async function ingestDocument(
  executor: Executor,
  extraction: { record: InspectionRecord; text: string },
  overrides?: RecordOverrides,
  extractorVersion: string = EXTRACTOR_VERSION,
  relink: RelinkMode = "now",
): Promise<IngestResult> {
  const record = validate(extraction.record, overrides);
  const payload = toGraphPayload(record, record.source, extraction.text);
  const status = await executor.writeTransaction(async (tx) => {
    const rows = await tx.run("ingest/get-document", { documentId: payload.documentId });
    const stored = rows[0] ? StoredDocument.parse(rows[0]) : undefined;
    if (stored?.extractorVersion === extractorVersion) return "UNCHANGED" as const;
    if (stored) await removeDocument(tx, payload.documentId);
    const authorityId = await writeDocument(tx, payload, extractorVersion);
    if (relink === "now") await relinkAuthority(tx, authorityId);
    return stored ? ("REPLACED" as const) : ("INGESTED" as const);
  });
  return { status, documentId: payload.documentId, visitId: payload.visitId };
}

function validate(record: InspectionRecord, overrides: RecordOverrides | undefined): InspectionRecord {
  try {
    return applyOverrides(InspectionRecord.parse(record), overrides);
  } catch (error) {
    if (error instanceof z.ZodError) {
      const fields = error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new AppError("INVALID_RECORD", `${record.source}: invalid record: ${fields}`, { cause: error });
    }
    throw error;
  }
}

/** Deletes a stored document and what only it supported, in one write transaction. False if none. */
export function deleteDocument(executor: Executor, documentId: string): Promise<boolean> {
  return executor.writeTransaction((tx) => removeDocument(tx, documentId));
}
