// What an extraction worker thread runs, bundled into one plain-JavaScript module (see extractInWorkers.ts)
// so that the thread loads it without tsx.
export { AppError } from "../domain/AppError.ts";
export { extractDocument } from "../extract/extractDocument.ts";
export { readPdf } from "../extract/pdf/readPdf.ts";
export { usePdfiumModule } from "../extract/pdf/pdfiumModule.ts";
