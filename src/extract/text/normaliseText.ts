import type { NormalisedDocument } from "../NormalisedDocument.ts";
import { cleanInline, stripBullet } from "./cleanInline.ts";
import { stripMarkup } from "./stripMarkup.ts";
import type { TextBlock } from "./TextBlock.ts";
import { writeBlocks } from "./writeBlocks.ts";

/** Lines at least this long that end mid-sentence are taken as hard-wrapped and joined to the next. */
const WRAPPED_LINE = 60;

/**
 * Normalises a plain-text document (a letter, a web page saved as text, a Markdown-ish council report)
 * into the normalised-text contract (see NormalisedDocument.ts): Markdown and HTML markup removed,
 * `#` headings and bold-only lines as headings, `-`, `*`, `•` and nested bullets as `- ` items (a bullet
 * before a section number, '- 7.2 Achieving', keeps just the number), tab-separated lines as table rows,
 * hard-wrapped lines and paragraphs split by page breaks ('... for many' / 'children.') joined.
 */
export function normaliseText(source: string, id: string, content: string): NormalisedDocument {
  const lines = content
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const blocks: TextBlock[] = [];
  let blankBefore = true;
  let lastLineLength = 0;
  for (const raw of lines) {
    if (raw.trim().length === 0) {
      blankBefore = true;
      continue;
    }
    const block = readLine(raw);
    if (block.text.length === 0) continue;
    const previous = blocks[blocks.length - 1];
    if (previous && continues(previous, block, blankBefore, lastLineLength)) {
      previous.text += /[A-Za-z]-$/.test(previous.text) ? block.text : ` ${block.text}`;
    } else {
      blocks.push(block);
    }
    blankBefore = false;
    lastLineLength = block.text.length;
  }
  const { text } = writeBlocks(blocks);
  return { source, id, format: "text", text, pages: [] };
}

function readLine(raw: string): TextBlock {
  const block = (kind: TextBlock["kind"], text: string): TextBlock => ({
    kind,
    text,
    page: null,
    pageBreaks: [],
  });
  if (raw.includes("\t")) {
    const cells = raw.split("\t").map((cell) => cleanInline(stripMarkup(cell)));
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    if (cells.length > 1) return block("row", cells.join(" | ").replace(/\s+/g, " ").trim());
  }
  const heading = /^\s*#{1,6}\s+(.*)$/.exec(raw);
  if (heading) return block("heading", withoutFootnoteMarker(cleanInline(stripMarkup(heading[1] ?? ""))));
  if (/^\s*(\*\*|__)[^*_]+\1\s*$/.test(raw) && raw.trim().length < 150) {
    return block("heading", withoutFootnoteMarker(cleanInline(stripMarkup(raw))));
  }
  const text = cleanInline(stripMarkup(raw));
  const item = /^\s*[*+]\s+/.test(raw) ? text.replace(/^[*+]\s+/, "") : stripBullet(text);
  if (item !== null) {
    const numbered = /^\d+(\.\d+)+\s/.test(item);
    return block("item", numbered ? item : `- ${item}`);
  }
  if (/^\d{1,2}(\.\d{1,2})*\.?\s+\S/.test(text) && /^\d{1,2}\.\s|^\d+\.\d/.test(text))
    return block("item", text);
  return block("paragraph", text.length < 100 ? withoutFootnoteMarker(text) : text);
}

/** A footnote number glued to the end of a heading-like line: 'What needs to improve?1' → 'What needs to improve?'. */
function withoutFootnoteMarker(line: string): string {
  return line.replace(/([a-z]{3}[?:)]?)\d{1,2}$/, "$1");
}

/**
 * Whether a line carries on the block before it: a hard-wrapped line (the block ends long and
 * mid-sentence, no blank line between), or a paragraph or list item cut by a page break (the block ends
 * mid-sentence and the line starts in lower case).
 */
function continues(
  previous: TextBlock,
  line: TextBlock,
  blankBefore: boolean,
  lastLineLength: number,
): boolean {
  if (line.kind !== "paragraph" || previous.kind === "heading" || previous.kind === "row") return false;
  if (/[.!?:;]['’"”)]*$/.test(previous.text)) return false;
  if (blankBefore) return /^[a-z(]/.test(line.text);
  return lastLineLength >= WRAPPED_LINE;
}
