import type { ExtractedDocument } from "../extract/extractDocument.ts";
import { WorkerPool } from "./WorkerPool.ts";

/** Extraction in worker threads: `extract` has the signature of `extractDocument`. */
export interface ExtractionPool {
  extract(input: { source: string; bytes: Uint8Array }): Promise<ExtractedDocument>;
  close(): Promise<void>;
}

/**
 * Runs `extractDocument` in `workers` worker threads, so that documents are parsed on several cores at
 * once (pdf.js is CPU-bound and single-threaded). Errors are those of `extractDocument` (AppError
 * UNREADABLE_DOCUMENT, INVALID_RECORD). Close the pool when done.
 */
export function extractInWorkers(workers: number): ExtractionPool {
  const pool = new WorkerPool<[{ source: string; bytes: Uint8Array }], ExtractedDocument>(
    { module: new URL("../extract/extractDocument.ts", import.meta.url), exportName: "extractDocument" },
    workers,
  );
  return { extract: (input) => pool.run(input), close: () => pool.close() };
}
