import type { NormalisedDocument } from "../NormalisedDocument.ts";
import { writeBlocks } from "../text/writeBlocks.ts";
import { type DocumentLayout, linesToBlocks } from "./linesToBlocks.ts";
import type { PdfRunReader } from "./PageRuns.ts";
import { pdfiumPages } from "./pdfiumPages.ts";
import type { PdfPage } from "./PdfPage.ts";
import { pageLines } from "./pageLines.ts";
import { removeRunningLines } from "./removeRunningLines.ts";
import { weightedMode } from "./weightedMode.ts";

/**
 * Reads a PDF's text into a normalised document (see NormalisedDocument.ts): lines rebuilt from the
 * text runs of each page, running headers, footers, page numbers and footnotes removed, paragraphs
 * and list items rebuilt and joined across page breaks. `pages` has one range per page, in order.
 * `readRuns` reads the text runs: PDFium (pdfiumPages.ts) unless another reader is given (the bench
 * compares pdf.js's through it).
 *
 * Throws whatever `readRuns` throws for a file it cannot open (callers turn that into an AppError).
 */
export async function readPdf(
  source: string,
  id: string,
  bytes: Uint8Array,
  readRuns: PdfRunReader = pdfiumPages,
): Promise<NormalisedDocument> {
  const pages: PdfPage[] = (await readRuns(bytes)).map(({ runs, ...page }) => ({
    ...page,
    lines: pageLines(runs),
  }));
  const layout = measureLayout(pages);
  const cleaned = removeRunningLines(pages, layout.bodySize);
  const { text, pages: ranges } = writeBlocks(linesToBlocks(cleaned, layout), pages.length);
  return { source, id, format: "pdf", text, pages: ranges };
}

/** The document's usual font size, line spacing and text edges, weighted by the length of lines. */
function measureLayout(pages: PdfPage[]): DocumentLayout {
  const sizes = new Map<number, number>();
  for (const page of pages)
    for (const line of page.lines) sizes.set(line.size, (sizes.get(line.size) ?? 0) + line.text.length);
  const bodySize = weightedMode(sizes) ?? 12;
  const spacings = new Map<number, number>();
  const lefts = new Map<number, number>();
  const rights: number[] = [];
  for (const page of pages) {
    page.lines.forEach((line, index) => {
      if (Math.abs(line.size - bodySize) > 0.5) return;
      lefts.set(Math.round(line.x), (lefts.get(Math.round(line.x)) ?? 0) + 1);
      rights.push(line.xEnd);
      const next = page.lines[index + 1];
      if (!next || Math.abs(next.size - bodySize) > 0.5) return;
      const ratio = Math.round(((line.y - next.y) / bodySize) * 20) / 20;
      if (ratio > 0.8 && ratio < 2) spacings.set(ratio, (spacings.get(ratio) ?? 0) + 1);
    });
  }
  rights.sort((x, y) => x - y);
  return {
    bodySize,
    lineSpacing: weightedMode(spacings) ?? 1.2,
    left: weightedMode(lefts) ?? 72,
    right: rights[Math.floor(rights.length * 0.9)] ?? 520,
  };
}
