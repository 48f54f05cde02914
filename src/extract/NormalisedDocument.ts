/**
 * A document's text after normalisation: what every extraction step reads and every span points into.
 * For a PDF, `pages` maps offset ranges to page numbers; for plain text it is empty.
 *
 * THE NORMALISED TEXT CONTRACT (made by pdf/readPdf.ts and text/normaliseText.ts, relied on by every
 * extractor):
 * - The text is a sequence of blocks. Each block is ONE line ending with `\n`: a paragraph is a single
 *   line however long (lines wrapped by the layout are joined with a space; a hyphen at a wrapped line's
 *   end is kept, with no space: 're-' + 'aligned' → 're-aligned').
 * - Blocks are separated by one blank line, except consecutive list items and consecutive table rows,
 *   which follow each other on the next line (a list or a table is one run of lines).
 * - A heading stands alone on its line, with blank lines around it; footnote markers are removed from it
 *   ('What needs to improve?1' → 'What needs to improve?').
 * - A list item starts its line: a bullet of any glyph (•, ◼, U+F06E, -, *, nested or not) becomes `- `;
 *   a numbered item keeps its number ('1. ', '5.1 '). Sub-items are items too (nesting is not kept).
 * - A table row keeps its cells separated by ` | `; an empty cell stays empty, so split a row with
 *   `/ ?\| ?/`. A cell that wraps over lines is joined into one cell.
 * - No Markdown or HTML markup remains (`**`, `###`, `<b>`, `[text](url)` → text; entities decoded).
 * - Every whitespace run inside a line is one space; no line has leading or trailing spaces. Invisible
 *   and control characters are removed. Typographic quotes and dashes (’ ‘ “ ” – —) stay as printed.
 * - A PDF's running headers and footers, page numbers and footnotes at the foot of a page are removed, and
 *   a paragraph or list item cut by a page break is joined up again.
 * - Spans ([start, end) offsets) point into this text; for a PDF, `pages` has one range per page, in
 *   order, covering the text without gaps (a page without text has an empty range), and a block belongs
 *   to the page it starts on except where it crosses a page break.
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
