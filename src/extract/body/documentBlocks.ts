/**
 * The normalised text read back as blocks: one block per non-empty line (the normalised-text contract
 * puts every heading, paragraph, list item and table row on a line of its own).
 */

export type BlockKind = "heading" | "paragraph" | "bullet" | "numbered" | "row";

export interface Block {
  kind: BlockKind;
  /** Offsets [start, end) of the whole line in the document's text. */
  start: number;
  end: number;
  /** The line as written. */
  text: string;
  /** The line without its list marker ('- ', '5.1 ', '24. '). */
  body: string;
  /** Offset of `body` in the document's text. */
  bodyStart: number;
  /** A numbered item's or heading's number without its dot: '5.1', '24'; else null. */
  number: string | null;
}

const MARKER = /^(?:[-•◼▪●]\s+)?(?:(\d{1,3}(?:\.\d{1,2})*)\.?\s+(?=\S))?/u;
const NUMBER_CELL = /^(\d{1,3})\. \| (?=\S)/u;
const BULLET = /^[-•◼▪●]\s+/u;
const ENDS_SENTENCE = /[.!;]["'’”)\]]*$/u;
const INNER_SENTENCE = /[a-z)][.!?]["'’”]?\s+["'‘“(]?[A-Z]/u;
const MAX_HEADING = 160;
const CUT_SENTENCE_END =
  /\s(in|the|of|and|or|for|to|a|an|with|that|this|those|these|by|from|at|on|as|is|are|was|were|be|not|but|which|who|its|their|has|have|had|than|into|been|will|would|can)$/u;
const CUT_SENTENCE_START = /^(however|for example|although|but|and|this has|these have|it is)\b/iu;

/** Splits normalised text into blocks, in order; blank lines are dropped. */
export function documentBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line.length > 0) blocks.push(classify(line, lineStart + lead));
    lineStart = lineEnd + 1;
  }
  return blocks;
}

function classify(line: string, start: number): Block {
  const end = start + line.length;
  // A numbered paragraph whose number the PDF reader took for a table cell: '129. | Staff report ...'.
  const numberCell = NUMBER_CELL.exec(line);
  if (numberCell && !line.slice(numberCell[0].length).includes(" | ")) {
    const bodyStart = start + numberCell[0].length;
    const body = line.slice(numberCell[0].length);
    return { kind: "numbered", start, end, text: line, body, bodyStart, number: numberCell[1] as string };
  }
  if (line.includes(" | ") || line.startsWith("| ") || line.endsWith(" |")) {
    return { kind: "row", start, end, text: line, body: line, bodyStart: start, number: null };
  }
  const marker = MARKER.exec(line)?.[0] ?? "";
  const number = marker ? (/\d+(?:\.\d+)*/.exec(marker)?.[0] ?? null) : null;
  const body = line.slice(marker.length);
  const bodyStart = start + marker.length;
  const bulleted = BULLET.test(line);
  let kind: BlockKind;
  if (number !== null && !bulleted && isHeadingLike(body) && body.length <= 80 && !body.endsWith(":"))
    kind = "heading";
  else if (number !== null && body.length > 0) kind = "numbered";
  else if (bulleted) kind = "bullet";
  else kind = isHeadingLike(line) ? "heading" : "paragraph";
  if (kind === "bullet" || (kind === "paragraph" && marker === "")) {
    return { kind, start, end, text: line, body, bodyStart, number: null };
  }
  return { kind, start, end, text: line, body, bodyStart, number };
}

/**
 * A line reads as a heading when it is short, opens with a capital, a digit or a quote, and does not
 * end or break like a sentence ('What needs to improve?', 'Main findings', 'Areas for development').
 */
export function isHeadingLike(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING) return false;
  if (!/^[\p{Lu}\d'‘"“(]/u.test(line)) return false;
  if (ENDS_SENTENCE.test(line)) return false;
  if (line.endsWith("?") && line.length > 100) return false;
  // A sentence that introduces a list ('Inspectors reviewed the progress made in the following areas:').
  if (line.endsWith(":") && line.split(" ").length > 8) return false;
  // A sentence cut by a line break ('... through the Youth Engagement', 'However, this has not been ... in').
  if (CUT_SENTENCE_END.test(line) || CUT_SENTENCE_START.test(line)) return false;
  return !INNER_SENTENCE.test(line);
}

/** The page of an offset, from the document's page ranges; null for plain text. */
export function pageAt(pages: ReadonlyArray<{ page: number; start: number; end: number }>, offset: number) {
  for (const range of pages) {
    if (offset >= range.start && offset < range.end) return range.page;
  }
  const last = pages[pages.length - 1];
  return last !== undefined && offset >= last.end ? last.page : null;
}
