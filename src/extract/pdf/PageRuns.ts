import type { PdfRun } from "./PdfLine.ts";

/** One page's text runs in the page as displayed (rotation applied, y upwards), with the page's size. */
export interface PageRuns {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: PdfRun[];
}

/** Reads each page's text runs from a PDF's bytes; throws for a file it cannot open. */
export type PdfRunReader = (bytes: Uint8Array) => Promise<PageRuns[]>;
