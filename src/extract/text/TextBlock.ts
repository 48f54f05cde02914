/**
 * One block of normalised text: a heading, a paragraph, a list item or a table row.
 * Its `text` is a single line (no line breaks) that already follows the normalised-text contract.
 */
export interface TextBlock {
  kind: "heading" | "paragraph" | "item" | "row";
  text: string;
  /** The PDF page the block starts on; null for plain text. */
  page: number | null;
  /** Where, inside `text`, the block crosses onto a later page (a paragraph split by a page break). */
  pageBreaks: Array<{ offset: number; page: number }>;
}
