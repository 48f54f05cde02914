import type { PdfRun } from "./PdfLine.ts";

/** One page's text runs in the page as displayed (rotation applied, y upwards), with the page's size. */
export interface PageRuns {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  runs: PdfRun[];
}

/** Where a PDF's text runs come from: PDFium (the default) or pdf.js (kept to compare against). */
export type PdfTextSource = "pdfium" | "pdfjs";
