import { z } from "zod";
import type { Executor } from "../db/Executor.ts";
import { AppError } from "../domain/AppError.ts";
import { formatIssues } from "../domain/formatIssues.ts";
import type { IngestStatus } from "../domain/IngestStatus.ts";
import { InspectionRecord } from "../domain/InspectionRecord.ts";
import { applyOverrides, type RecordOverrides } from "../domain/RecordOverrides.ts";
import { EXTRACTOR_VERSION } from "../extract/extractorVersion.ts";
import { type RelinkMode, storeDocument } from "../store/storeDocument.ts";
import { toGraphPayload } from "../store/toGraphPayload.ts";

export interface IngestResult {
  status: IngestStatus;
  documentId: string;
  visitId: string;
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
  const status = await storeDocument(executor, payload, extractorVersion, relink);
  return { status, documentId: payload.documentId, visitId: payload.visitId };
}

function validate(record: InspectionRecord, overrides: RecordOverrides | undefined): InspectionRecord {
  try {
    return applyOverrides(InspectionRecord.parse(record), overrides);
  } catch (error) {
    if (error instanceof z.ZodError) {
      const fields = formatIssues(error);
      throw new AppError("INVALID_RECORD", `${record.source}: invalid record: ${fields}`, { cause: error });
    }
    throw error;
  }
}
