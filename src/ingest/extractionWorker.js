// The module piscina runs in each worker thread: TypeScript loads through tsx, as on the main thread.
// Each export takes one structured-clonable argument, as piscina passes it. An AppError comes back as
// `{ failure: { code, message } }`, since an error crossing threads keeps its message but not its code.
import { register } from "tsx/esm/api";

// PDFium's JavaScript glue (a 300 kB module, beside its 4.6 MB of WebAssembly) is loaded before tsx is registered,
// so that it is loaded as it is: through tsx it would be transformed and its source map kept, for nothing.
// pdfiumPages.ts's own import of it then finds this module in the cache, and instantiates PDFium once
// per thread, at the first PDF.
await import("@embedpdf/pdfium");
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
