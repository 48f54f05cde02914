// The module piscina runs in each worker thread. It loads the extraction code from the plain-JavaScript
// bundle named in workerData (see extractInWorkers.ts), or through tsx, as on the main thread, when there is
// none. Each export takes one structured-clonable argument, as piscina passes it. An AppError comes back as
// `{ failure: { code, message } }`, since an error crossing threads keeps its message but not its code.
import { workerData } from "node:worker_threads";

/** The extraction modules: the bundle, or the TypeScript sources through tsx. */
async function load() {
  if (workerData?.bundle) return import(workerData.bundle);
  // PDFium's JavaScript glue (300 kB) is loaded before tsx is registered, so that it is not transformed and
  // its source map kept for nothing; pdfiumPages.ts's own import of it then finds it in the cache.
  await import("@embedpdf/pdfium");
  const { register } = await import("tsx/esm/api");
  register();
  return import("./extractionWorkerModules.ts");
}

const { AppError, extractDocument: extract, readPdf, usePdfiumModule } = await load();
// PDFium as the main thread compiled it: the threads share its machine code.
if (workerData?.pdfium) usePdfiumModule(workerData.pdfium);

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
