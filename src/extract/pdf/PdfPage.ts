import type { PdfLine } from "./PdfLine.ts";

/** The lines of one PDF page, top to bottom, with the page's size in points. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}
