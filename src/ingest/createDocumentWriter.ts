import type { Executor } from "../db/Executor.ts";
import type { RecordOverrides } from "../domain/RecordOverrides.ts";
import type { ExtractDocument } from "../extract/extractDocument.ts";
import { deleteDocument } from "../store/storeDocument.ts";
import { ingestDocument } from "./ingestDocument.ts";

/**
 * What the API's mutations do with a document: extract it with `extract` (the service passes a worker
 * thread's) and store it in one transaction, or delete it with what only it supported. The service and
 * the tests both serve the API with this.
 */
export function createDocumentWriter(executor: Executor, extract: ExtractDocument) {
  return {
    ingest: async (input: { filename: string; bytes: Uint8Array; overrides: RecordOverrides | undefined }) =>
      ingestDocument(
        executor,
        await extract({ source: input.filename, bytes: input.bytes }),
        input.overrides,
      ),
    delete: (documentId: string) => deleteDocument(executor, documentId),
  };
}
