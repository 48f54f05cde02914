import { stripBullet } from "../text/cleanInline.ts";
import type { TextBlock } from "../text/TextBlock.ts";
import type { PdfLine } from "./PdfLine.ts";
import type { PdfPage } from "./PdfPage.ts";
import { readTable } from "./readTable.ts";

/** Layout measures of a whole document, used to tell a line break from a paragraph break. */
export interface DocumentLayout {
  /** The usual font size of body text. */
  bodySize: number;
  /** The usual distance between baselines, as a multiple of the font size. */
  lineSpacing: number;
  /** The usual left and right edges of body text. */
  left: number;
  right: number;
}

interface OpenBlock {
  kind: TextBlock["kind"];
  page: number;
  parts: string[];
  pageBreaks: Array<{ partIndex: number; page: number }>;
  /** Left edge of an item's text (after its bullet or number), for joining its later lines. */
  textX: number;
  lines: PdfLine[];
}

/**
 * Groups the lines of the pages into blocks: tables (see readTable) become rows; otherwise a new block
 * starts at a bullet or item number, a change of font size, a vertical gap wider than the line spacing,
 * after a short unpunctuated line (a heading) or after a short line that ends a sentence (a paragraph's
 * last line). A paragraph or list item that a page break interrupts is joined with its continuation on
 * the next page. Lines of a block are joined with spaces; a hyphen at a line end is kept, unspaced.
 */
export function linesToBlocks(pages: PdfPage[], layout: DocumentLayout): TextBlock[] {
  const blocks: OpenBlock[] = [];
  for (const page of pages) {
    let current: OpenBlock | undefined;
    let previous: PdfLine | undefined;
    for (let index = 0; index < page.lines.length; index++) {
      const line = page.lines[index] as PdfLine;
      const table = readTable(page.lines, index, layout.lineSpacing + 0.35);
      if (table) {
        for (const row of table.rows) blocks.push(rowBlock(row, line, page.number));
        current = undefined;
        previous = undefined;
        index = table.end - 1;
        continue;
      }
      const continuing = current && previous && !startsBlock(line, previous, current, layout);
      const carried =
        !current && blocks.length > 0 && continuesAcrossPage(blocks[blocks.length - 1], line, layout);
      if (continuing && current) {
        appendLine(current, line);
      } else if (carried) {
        current = blocks[blocks.length - 1] as OpenBlock;
        current.pageBreaks.push({ partIndex: current.parts.length, page: page.number });
        appendLine(current, line);
      } else {
        current = openBlock(line, page.number);
        blocks.push(current);
      }
      previous = line;
    }
  }
  return blocks.map((block) => closeBlock(block, layout));
}

function openBlock(line: PdfLine, page: number): OpenBlock {
  let kind: TextBlock["kind"] = "paragraph";
  let text = line.text;
  if (line.marker?.kind === "bullet") {
    kind = "item";
    text = `- ${text}`;
  } else if (line.marker?.kind === "number") {
    kind = "item";
    text = `${line.marker.label} ${text}`;
  } else if (stripBullet(text) !== null) {
    kind = "item";
    text = `- ${stripBullet(text)}`;
  }
  return { kind, page, parts: [text], pageBreaks: [], textX: line.textX, lines: [line] };
}

function rowBlock(text: string, line: PdfLine, page: number): OpenBlock {
  return { kind: "row", page, parts: [text], pageBreaks: [], textX: line.textX, lines: [line] };
}

function appendLine(block: OpenBlock, line: PdfLine): void {
  block.parts.push(line.text);
  block.lines.push(line);
}

function startsBlock(line: PdfLine, previous: PdfLine, block: OpenBlock, layout: DocumentLayout): boolean {
  if (line.marker || stripBullet(line.text) !== null) return true;
  if (Math.abs(line.size - previous.size) > Math.max(1, 0.1 * previous.size)) return true;
  const gap = previous.y - line.y;
  const size = Math.max(line.size, previous.size);
  if (gap > (layout.lineSpacing + 0.35) * size || gap < -size) return true;
  if (block.kind === "paragraph" && block.lines.length === 1 && looksLikeHeading(previous, layout))
    return true;
  return endsParagraph(previous, layout);
}

/** A short line that ends a sentence: the last line of a paragraph, even with no space after it. */
function endsParagraph(line: PdfLine, layout: DocumentLayout): boolean {
  return /[.!?]['’"”)]*$/.test(line.text) && line.xEnd < layout.left + 0.65 * (layout.right - layout.left);
}

/** A short line with no closing punctuation, standing at the start of a block. */
function looksLikeHeading(line: PdfLine, layout: DocumentLayout): boolean {
  const width = layout.right - layout.left;
  if (line.xEnd > layout.left + 0.65 * width) return false;
  return !/[.,;:!?)'’"”-]$/.test(line.text);
}

/** Whether the first line of a page carries on the last block of the page before. */
function continuesAcrossPage(block: OpenBlock | undefined, line: PdfLine, layout: DocumentLayout): boolean {
  if (!block || block.kind === "row" || block.kind === "heading") return false;
  if (line.marker || stripBullet(line.text) !== null || line.text.includes(" | ")) return false;
  const last = block.lines[block.lines.length - 1] as PdfLine;
  if (Math.abs(line.size - last.size) > 0.5) return false;
  if (/[.!?:]['’"”)]*$/.test(last.text)) return false;
  if (block.kind === "paragraph" && block.lines.length === 1 && looksLikeHeading(last, layout)) return false;
  if (/^[a-z(,;]/.test(line.text)) return true;
  return block.kind === "item" && Math.abs(line.x - block.textX) <= 3;
}

function closeBlock(block: OpenBlock, layout: DocumentLayout): TextBlock {
  let text = "";
  const breakAt = new Map(block.pageBreaks.map((pageBreak) => [pageBreak.partIndex, pageBreak.page]));
  const pageBreaks: TextBlock["pageBreaks"] = [];
  block.parts.forEach((part, index) => {
    if (index > 0 && part.length > 0) text += /[A-Za-z]-$/.test(text) ? "" : " ";
    const page = breakAt.get(index);
    if (page !== undefined) pageBreaks.push({ offset: text.length, page });
    text += part;
  });
  let kind = block.kind;
  const first = block.lines[0] as PdfLine;
  if (kind === "paragraph" && block.lines.length === 1 && text.length < 120 && !/[.;,]$/.test(text)) {
    if (first.size > layout.bodySize + 0.5 || looksLikeHeading(first, layout)) kind = "heading";
  }
  return { kind, text, page: block.page, pageBreaks };
}
