import type { TextItem } from "pdfjs-dist/types/src/display/api.d.ts";
import type { NormalisedDocument } from "../NormalisedDocument.ts";
import { writeBlocks } from "../text/writeBlocks.ts";
import { type DocumentLayout, linesToBlocks } from "./linesToBlocks.ts";
import type { PdfRun } from "./PdfLine.ts";
import type { PdfPage } from "./PdfPage.ts";
import { pageLines } from "./pageLines.ts";
import { removeRunningLines } from "./removeRunningLines.ts";
import { weightedMode } from "./weightedMode.ts";

/** How pdf.js opens a document here: quietly, no eval, no fonts, and on through errors it can survive. */
export const PDFJS_OPTIONS = {
  verbosity: 0,
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  stopAtErrors: false,
} as const;

/**
 * Reads a PDF's text into a normalised document (see NormalisedDocument.ts): lines rebuilt from the
 * text runs of each page, running headers, footers, page numbers and footnotes removed, paragraphs
 * and list items rebuilt and joined across page breaks. `pages` has one range per page, in order.
 *
 * Throws whatever pdf.js throws for a file it cannot open (callers turn that into an AppError).
 */
export async function readPdf(source: string, id: string, bytes: Uint8Array): Promise<NormalisedDocument> {
  // Imported here, not at the top: pdf.js's legacy build (the one that runs on Node 20) installs core-js
  // polyfills over globals of the thread that loads it, JSON.stringify, JSON.parse and Array.prototype.push
  // among them, which then run several times slower for everything else on that thread. So only a thread
  // that reads a PDF loads it; the service reads them in a worker thread (extractInWorkers.ts).
  const { getDocument, Util } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const loading = getDocument({ data: bytes.slice(), ...PDFJS_OPTIONS });
  const pdf = await loading.promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) =>
        "str" in item ? toRun(item, Util.transform(viewport.transform, item.transform), viewport.height) : [],
      );
      pages.push({ number, width: viewport.width, height: viewport.height, lines: pageLines(runs) });
      page.cleanup();
    }
    const layout = measureLayout(pages);
    const cleaned = removeRunningLines(pages, layout.bodySize);
    const { text, pages: ranges } = writeBlocks(linesToBlocks(cleaned, layout), pdf.numPages);
    return { source, id, format: "pdf", text, pages: ranges };
  } finally {
    await loading.destroy();
  }
}

/**
 * A text item as a run in the page as displayed, `transform` being its matrix there (the page's rotation
 * applied, y upwards from the bottom); text that is not horizontal as displayed (a rotated margin note) is
 * left out.
 */
function toRun(item: TextItem, transform: number[], height: number): PdfRun[] {
  const [a = 0, b = 0, , d = 0, e = 0, f = 0] = transform;
  if (Math.abs(b) > 0.01 * Math.abs(a) || a <= 0) return [];
  return [{ text: item.str, x: e, y: height - f, width: item.width, size: Math.abs(d) || a }];
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
