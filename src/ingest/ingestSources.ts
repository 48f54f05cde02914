import { createHash } from "node:crypto";
import pLimit from "p-limit";
import type { Executor } from "../db/Executor.ts";
import { AppError } from "../domain/AppError.ts";
import type { IngestStatus } from "../domain/IngestStatus.ts";
import type { RecordOverrides } from "../domain/RecordOverrides.ts";
import type { ExtractDocument } from "../extract/extractDocument.ts";
import { EXTRACTOR_VERSION } from "../extract/extractorVersion.ts";
import { findCurrentDocument } from "../store/storedDocument.ts";
import { ingestDocument } from "./ingestDocument.ts";
import { relinkPendingAuthorities } from "../store/relinkPendingAuthorities.ts";

/** Documents written between two relinks of their authorities (see IngestOptions.relinkEvery). */
export const RELINK_EVERY = 50;

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
  /**
   * How many documents are written before the authorities they touched are relinked (their visits'
   * properties, FOLLOWS and REPEATS rebuilt, once per authority); they are relinked at the end in any
   * case. Default RELINK_EVERY.
   */
  relinkEvery?: number;
}

/**
 * Extracts and writes each source: each document in its own transaction (one statement), so one that
 * fails leaves nothing of itself behind and the rest go on. A document already stored by this extractor
 * version is not extracted again. Extraction runs `concurrency` at a time; writes are serialised, since
 * documents of one authority touch the same visits. What is derived from all of an authority's documents
 * (visit properties, FOLLOWS, REPEATS) is rebuilt once per authority for every `relinkEvery` documents
 * written and when the sources are done, rather than after each document; a run that was stopped before
 * it ended leaves its authorities pending, and the next run finishes them. Never throws for a bad
 * document: its failure is an outcome with the reason. Throws only when the database is unreachable.
 */
export async function ingestSources(
  executor: Executor,
  sources: IngestSource[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const extractLimit = pLimit(options.concurrency ?? 2);
  const writeLimit = pLimit(1);
  const extract = options.extract ?? extractOnThisThread;
  const relinkEvery = Math.max(1, options.relinkEvery ?? RELINK_EVERY);
  let writtenSinceRelink = 0;
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
            const result = await writeLimit(() =>
              ingestDocument(executor, extraction, source.overrides, EXTRACTOR_VERSION, "batch"),
            );
            outcome = { source: source.path, ...result };
            if (result.status !== "UNCHANGED") writtenSinceRelink += 1;
          }
        } catch (error) {
          // Without a database nothing further can succeed: stop. Anything else fails this document only.
          if (error instanceof AppError && error.code === "DATABASE_UNAVAILABLE") throw error;
          outcome = { source: source.path, status: "FAILED", reason: (error as Error).message };
        }
        done += 1;
        options.onOutcome?.(outcome, done, sources.length);
        // Relinking is not this document's: a failure of it is unexpected and stops the run.
        if (writtenSinceRelink >= relinkEvery) {
          writtenSinceRelink = 0;
          await writeLimit(() => relinkPendingAuthorities(executor));
        }
        return outcome;
      }),
    ),
  );
  await relinkPendingAuthorities(executor);
  const count = (status: IngestOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  return {
    outcomes,
    ingested: count("INGESTED"),
    replaced: count("REPLACED"),
    unchanged: count("UNCHANGED"),
    failed: count("FAILED"),
  };
}

/** `extractDocument`, imported at the first document: extracting in worker threads, the caller loads none of it. */
const extractOnThisThread: ExtractDocument = async (input) =>
  (await import("../extract/extractDocument.ts")).extractDocument(input);
