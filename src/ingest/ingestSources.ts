import { createHash } from "node:crypto";
import pLimit from "p-limit";
import type { Executor } from "../db/Executor.ts";
import { AppError } from "../domain/AppError.ts";
import type { IngestStatus } from "../domain/IngestStatus.ts";
import type { RecordOverrides } from "../domain/RecordOverrides.ts";
import { type ExtractDocument, extractDocument } from "../extract/extractDocument.ts";
import { EXTRACTOR_VERSION } from "../extract/extractorVersion.ts";
import { findCurrentDocument } from "../store/storedDocument.ts";
import { ingestDocument } from "./ingestDocument.ts";

/** One document to ingest: its path (for messages and provenance) and its bytes, read lazily if absent. */
export interface IngestSource {
  path: string;
  read: () => Promise<Uint8Array>;
  overrides?: RecordOverrides | undefined;
}

export type IngestOutcome =
  | { source: string; status: IngestStatus; documentId: string; visitId: string }
  | { source: string; status: "FAILED"; reason: string };

export interface IngestSummary {
  outcomes: IngestOutcome[];
  ingested: number;
  replaced: number;
  unchanged: number;
  failed: number;
}

export interface IngestOptions {
  /** How many documents are read and extracted at once. Writes go one at a time. */
  concurrency?: number;
  /** Called after each document, in completion order. */
  onOutcome?: (outcome: IngestOutcome, done: number, total: number) => void;
  /** Extracts one document: `extractDocument` on this thread unless given (e.g. `extractInWorkers`). */
  extract?: ExtractDocument;
}

/**
 * Extracts and writes each source: each document in its own transaction, so one that fails leaves
 * nothing of itself behind and the rest go on. A document already stored by this extractor version is
 * not extracted again. Extraction runs `concurrency` at a time; writes are serialised, since documents of one authority touch the same visits. Never throws for a bad document:
 * its failure is an outcome with the reason. Throws only when the database is unreachable.
 */
export async function ingestSources(
  executor: Executor,
  sources: IngestSource[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const extractLimit = pLimit(options.concurrency ?? 2);
  const writeLimit = pLimit(1);
  const extract = options.extract ?? extractDocument;
  let done = 0;
  const outcomes = await Promise.all(
    sources.map((source) =>
      extractLimit(async (): Promise<IngestOutcome> => {
        let outcome: IngestOutcome;
        try {
          const bytes = await source.read();
          const current = await findCurrentDocument(
            executor,
            createHash("sha256").update(bytes).digest("hex"),
            EXTRACTOR_VERSION,
          );
          if (current) {
            outcome = { source: source.path, status: "UNCHANGED", ...current };
          } else {
            const extraction = await extract({ source: source.path, bytes });
            const result = await writeLimit(() => ingestDocument(executor, extraction, source.overrides));
            outcome = { source: source.path, ...result };
          }
        } catch (error) {
          // Without a database nothing further can succeed: stop. Anything else fails this document only.
          if (error instanceof AppError && error.code === "DATABASE_UNAVAILABLE") throw error;
          outcome = { source: source.path, status: "FAILED", reason: (error as Error).message };
        }
        done += 1;
        options.onOutcome?.(outcome, done, sources.length);
        return outcome;
      }),
    ),
  );
  const count = (status: IngestOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  return {
    outcomes,
    ingested: count("INGESTED"),
    replaced: count("REPLACED"),
    unchanged: count("UNCHANGED"),
    failed: count("FAILED"),
  };
}
