import type { TextItem } from "pdfjs-dist/types/src/display/api.d.ts";
import type { PageRuns } from "../src/extract/pdf/PageRuns.ts";
import type { PdfRun } from "../src/extract/pdf/PdfLine.ts";

/** How pdf.js opens a document here: quietly, no eval, no fonts, and on through errors it can survive. */
export const PDFJS_OPTIONS = {
  verbosity: 0,
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  stopAtErrors: false,
} as const;

/**
 * Each page's text items as pdf.js gives them, as runs in the page as displayed: what the reader read
 * before PDFium (src/extract/pdf/pdfiumPages.ts), kept to compare the two (comparePdfSources.ts).
 * Throws whatever pdf.js throws for a file it cannot open.
 */
export async function pdfjsPages(bytes: Uint8Array): Promise<PageRuns[]> {
  // Imported here, not at the top: pdf.js's legacy build (the one that runs on Node 20) installs core-js
  // polyfills over globals of the thread that loads it, JSON.stringify, JSON.parse and Array.prototype.push
  // among them, which then run several times slower for everything else on that thread.
  const { getDocument, Util } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const loading = getDocument({ data: bytes.slice(), ...PDFJS_OPTIONS });
  const pdf = await loading.promise;
  try {
    const pages: PageRuns[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) =>
        "str" in item ? toRun(item, Util.transform(viewport.transform, item.transform), viewport.height) : [],
      );
      pages.push({ number, width: viewport.width, height: viewport.height, runs });
      page.cleanup();
    }
    return pages;
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
