import type { IngestStatus } from "../domain/IngestStatus.ts";
import type { RecordOverrides } from "../domain/RecordOverrides.ts";
import type { GraphStore } from "../store/GraphStore.ts";
import type { Loaders } from "./createLoaders.ts";

/** What the mutations may do, given by the composition root (the CLI) so the API knows nothing of ingestion. */
export interface DocumentWriter {
  /** Extracts and stores a document; throws AppError for bad input. */
  ingest(input: {
    filename: string;
    bytes: Uint8Array;
    overrides: RecordOverrides | undefined;
  }): Promise<{ status: IngestStatus; documentId: string; visitId: string }>;
  /** Removes a document and what only it supported; false if there was none. */
  delete(documentId: string): Promise<boolean>;
}

/** The per-request context of every resolver. */
export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  /** Present only when the request carried the right API key. */
  writer: DocumentWriter | null;
  /** Why `writer` is null, for the error a mutation gives. */
  writeRefusal: string | null;
}
