/** A piece of text the PDF draws in one go, in page space (points, y upwards). */
export interface PdfRun {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

/** One visual line of a page: runs on the same baseline, left to right, joined into text. */
export interface PdfLine {
  /** The line's text: runs joined with spaces at word gaps and ` | ` at wide (table cell) gaps. */
  text: string;
  /** Left edge of the first run and right edge of the last. */
  x: number;
  xEnd: number;
  y: number;
  /** Font size of most of the line's characters. */
  size: number;
  /** Left edge of the text after a leading bullet or item number, else `x`. */
  textX: number;
  /** A leading bullet glyph or item number ('1.', '2.1') printed apart from the text. */
  marker: { kind: "bullet" } | { kind: "number"; label: string } | null;
  /** The line cut at table-cell gaps (the first cell without the marker); one cell for ordinary text. */
  cells: PdfCell[];
  /** The runs of the line after its marker, left to right. */
  runs: PdfRun[];
  /** Text of a leading superscript number (a footnote's own number at the foot of a page). */
  leadingSuperscript: string | null;
}

/** Text between two table-cell gaps of a line. */
export interface PdfCell {
  text: string;
  x: number;
  xEnd: number;
}
