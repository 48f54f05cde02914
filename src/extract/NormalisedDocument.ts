/**
 * A document's text after normalisation: what every extraction step reads and every span points into.
 * For a PDF, `pages` maps offset ranges to page numbers; for plain text it is empty.
 */
export interface NormalisedDocument {
  /** The path or name the document was given as. */
  source: string;
  /** sha256 (hex) of the original bytes. */
  id: string;
  format: "pdf" | "text";
  text: string;
  pages: PageRange[];
}

/** Offsets [start, end) of one page in the normalised text. */
export interface PageRange {
  page: number;
  start: number;
  end: number;
}
