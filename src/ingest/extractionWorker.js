// The module piscina runs in each worker thread: TypeScript loads through tsx, as on the main thread.
// Each export takes one structured-clonable argument, as piscina passes it. An AppError comes back as
// `{ failure: { code, message } }`, since an error crossing threads keeps its message but not its code.
import { register } from "tsx/esm/api";

// pdf.js is loaded before tsx is registered, so that its modules (the display layer, and the 2 MB parser
// that it runs on this thread as a "fake worker", found through `globalThis.pdfjsWorker`) are loaded as
// they are. Through tsx they are transformed and their source maps kept: over the corpus that measured
// about 500 MiB of peak memory per thread against about 230 MiB (see bench/RESULTS.md). readPdf's own
// import of pdf.js then finds this module in the cache.
globalThis.pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
await import("pdfjs-dist/legacy/build/pdf.mjs");
register();
const { AppError } = await import("../domain/AppError.ts");
const { extractDocument: extract } = await import("../extract/extractDocument.ts");
const { readPdf } = await import("../extract/pdf/readPdf.ts");

/** `extractDocument` itself: `{ extracted }` or, for a document it refuses, `{ failure }`. */
export async function extractDocument(input) {
  try {
    return { extracted: await extract(input) };
  } catch (error) {
    if (error instanceof AppError) return { failure: { code: error.code, message: error.message } };
    throw error;
  }
}

/** A PDF's normalised text alone (no record). */
export function readPdfText({ source, id, bytes }) {
  return readPdf(source, id, bytes);
}
