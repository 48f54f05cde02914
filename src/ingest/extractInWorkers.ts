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

/**
 * Runs extraction in `workers` worker threads (piscina), so that documents are parsed on several cores
 * at once: pdf.js is CPU-bound and single-threaded. A document the extractor refuses rejects its call with
 * the extractor's AppError (code and message, which names the file and the reason). Close the pool when
 * done.
 */
export function extractInWorkers(workers: number): ExtractionPool {
  const pool = new Piscina({
    filename: new URL("./extractionWorker.js", import.meta.url).href,
    // Threads start with the first document and stop after a minute idle: a service whose mutations are
    // never used starts none, and a batch keeps its threads from one document to the next.
    minThreads: 0,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  return {
    extract: async (input) => {
      const outcome: WorkerOutcome = await pool.run(input, { name: "extractDocument" });
      if ("failure" in outcome) throw new AppError(outcome.failure.code, outcome.failure.message);
      return outcome.extracted;
    },
    readPdfText: (input) => pool.run(input, { name: "readPdfText" }),
    close: () => pool.destroy(),
  };
}
