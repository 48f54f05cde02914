import { Piscina } from "piscina";
import { AppError, type ErrorCode } from "../domain/AppError.ts";
import type { ExtractDocument, ExtractedDocument } from "../extract/extractDocument.ts";
import type { NormalisedDocument } from "../extract/NormalisedDocument.ts";

/** Extraction in worker threads: `extract` has the signature of `extractDocument`. */
export interface ExtractionPool {
  extract: ExtractDocument;
  /** A PDF's normalised text alone, as `readPdf` gives it. */
  readPdfText(input: { source: string; id: string; bytes: Uint8Array }): Promise<NormalisedDocument>;
  close(): Promise<void>;
}

/** What extractionWorker.js answers for one document. */
type WorkerOutcome = { extracted: ExtractedDocument } | { failure: { code: ErrorCode; message: string } };

/** How long one document may take to extract before it is refused (its worker thread is stopped). */
export const DOCUMENT_TIME_LIMIT_MS = 120_000;

/**
 * Runs extraction in `workers` worker threads (piscina), so that documents are parsed on several cores
 * at once: reading a PDF is CPU-bound and single-threaded. A document the extractor refuses rejects its call with
 * the extractor's AppError (code and message, which names the file and the reason). A document that
 * takes longer than `timeLimitMs` (a hostile PDF that sends the PDF parser into a loop) is refused with
 * UNREADABLE_DOCUMENT and its thread is stopped, so it can neither hang a batch nor the service. Close
 * the pool when done.
 */
export function extractInWorkers(workers: number, options: { timeLimitMs?: number } = {}): ExtractionPool {
  const timeLimitMs = options.timeLimitMs ?? DOCUMENT_TIME_LIMIT_MS;
  const pool = new Piscina({
    filename: new URL("./extractionWorker.js", import.meta.url).href,
    // Threads start with the first document and stop after a minute idle: a service whose mutations are
    // never used starts none, and a batch keeps its threads from one document to the next.
    minThreads: 0,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  /** Runs one task, refusing the document when it passes the time limit. */
  const runTimed = async <T>(name: string, input: { source: string }): Promise<T> => {
    const signal = AbortSignal.timeout(timeLimitMs);
    try {
      return (await pool.run(input, { name, signal })) as T;
    } catch (error) {
      if (!signal.aborted) throw error;
      throw new AppError(
        "UNREADABLE_DOCUMENT",
        `${input.source}: took longer than ${Math.round(timeLimitMs / 1000)} s to read: refused`,
        { cause: error },
      );
    }
  };
  return {
    extract: async (input) => {
      const outcome = await runTimed<WorkerOutcome>("extractDocument", input);
      if ("failure" in outcome) throw new AppError(outcome.failure.code, outcome.failure.message);
      return outcome.extracted;
    },
    readPdfText: (input) => runTimed<NormalisedDocument>("readPdfText", input),
    close: () => pool.destroy(),
  };
}
