import { Piscina } from "piscina";
import type { ExtractedDocument } from "../extract/extractDocument.ts";
import type { NormalisedDocument } from "../extract/NormalisedDocument.ts";

/** Extraction in worker threads: `extract` has the signature of `extractDocument`. */
export interface ExtractionPool {
  extract(input: { source: string; bytes: Uint8Array }): Promise<ExtractedDocument>;
  /** A PDF's normalised text alone, as `readPdf` gives it. */
  readPdfText(input: { source: string; id: string; bytes: Uint8Array }): Promise<NormalisedDocument>;
  close(): Promise<void>;
}

/**
 * Runs extraction in `workers` worker threads (piscina), so that documents are parsed on several cores
 * at once: pdf.js is CPU-bound and single-threaded. A failure rejects that document's call with the
 * extractor's message (which names the file and the reason). Close the pool when done.
 */
export function extractInWorkers(workers: number): ExtractionPool {
  const pool = new Piscina({
    filename: new URL("./extractionWorker.js", import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
  });
  return {
    extract: (input) => pool.run(input, { name: "extractDocument" }),
    readPdfText: (input) => pool.run(input, { name: "readPdfText" }),
    close: () => pool.destroy(),
  };
}
