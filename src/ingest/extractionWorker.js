// The module piscina runs in each worker thread: TypeScript loads through tsx, as on the main thread.
// Each export takes one structured-clonable argument, as piscina passes it.
import { register } from "tsx/esm/api";

register();
const { extractDocument } = await import("../extract/extractDocument.ts");
const { readPdf } = await import("../extract/pdf/readPdf.ts");

/** A document's record and normalised text: `extractDocument` itself. */
export { extractDocument };

/** A PDF's normalised text alone (no record). */
export function readPdfText({ source, id, bytes }) {
  return readPdf(source, id, bytes);
}
