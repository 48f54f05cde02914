import type { PageRange } from "../NormalisedDocument.ts";
import type { TextBlock } from "./TextBlock.ts";

/**
 * Writes blocks as normalised text (see NormalisedDocument.ts for the contract): each block on its own
 * line, a blank line between blocks, except a single line break between consecutive list items and
 * between consecutive table rows. Returns the text and, when blocks carry pages, the offset range of
 * each page from 1 to `pageCount` (a page without text gets an empty range where it would stand).
 */
export function writeBlocks(blocks: TextBlock[], pageCount = 0): { text: string; pages: PageRange[] } {
  const parts: string[] = [];
  const pageStarts = new Map<number, number>();
  let offset = 0;
  let previous: TextBlock | undefined;
  const notePage = (page: number | null, at: number) => {
    if (page !== null && !pageStarts.has(page)) pageStarts.set(page, at);
  };
  for (const block of blocks) {
    if (block.text.length === 0) continue;
    if (previous) {
      const tight = previous.kind === block.kind && (block.kind === "item" || block.kind === "row");
      const separator = tight ? "\n" : "\n\n";
      parts.push(separator);
      offset += separator.length;
    }
    notePage(block.page, offset);
    for (const pageBreak of block.pageBreaks) notePage(pageBreak.page, offset + pageBreak.offset);
    parts.push(block.text);
    offset += block.text.length;
    previous = block;
  }
  if (parts.length > 0) {
    parts.push("\n");
    offset += 1;
  }
  return { text: parts.join(""), pages: pageRanges(pageStarts, pageCount, offset) };
}

function pageRanges(pageStarts: Map<number, number>, pageCount: number, textLength: number): PageRange[] {
  const ranges: PageRange[] = [];
  let nextStart = textLength;
  for (let page = pageCount; page >= 1; page--) {
    const start = pageStarts.get(page) ?? nextStart;
    ranges.push({ page, start, end: nextStart });
    nextStart = start;
  }
  return ranges.reverse();
}
