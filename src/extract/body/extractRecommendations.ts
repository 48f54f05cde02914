import type { DocumentKind } from "../../domain/InspectionRecord.ts";
import type { Block } from "./documentBlocks.ts";
import { splitSentences } from "./splitSentences.ts";

/** A recommendation before themes and services are attached: its text and where it stands. */
export interface RecommendationItem {
  ordinal: number;
  text: string;
  /** Offsets [start, end) in the document's text; `text` is that slice (items with sub-bullets keep them). */
  start: number;
  end: number;
  /** Indices of the blocks the item was read from. */
  blocks: number[];
}

/** Headings of Ofsted's own lists of recommendations, by period: ILACS, SIF, older letters. */
const OFSTED_LIST_HEADINGS = [
  /^what needs to improve\b/i,
  /^what does the local authority need to improve\b/i,
  /^recommendations?$/i,
  /^areas? for (improvement|development)$/i,
  /^priority and immediate action$/i,
];
/** Headings a council report or news summary gives the inspectors' recommendations. */
const SUMMARY_LIST_HEADINGS = [/^what needs to improve\b/i, /^areas? (for|requiring) improvement$/i];
/** Sub-headings inside a list: the SIF's two lists, the 2013 reports' timescales. */
const SUB_HEADINGS = [
  /^priority and immediate action$/i,
  /^(priority|immediate) actions?$/i,
  /^areas? for (improvement|development)$/i,
  /^immediately$/i,
  /^within (\w+|\d+) (weeks|months)$/i,
];
/** Where a SIF report's review of the local safeguarding children board begins, and where it ends. */
const LSCB_START = [
  /^section 2\b/i,
  /^(the )?local safeguarding children board( \(LSCB\))?$/i,
  /^(the )?LSCB$/i,
  /^what does the LSCB need to improve/i,
];
const LSCB_END = [/^section 1\b/i, /^the local authority$/i];
/** The first word of an imperative recommendation ('Ensure that...', 'Strengthen...'). */
const IMPERATIVE =
  /^(ensure|improve|strengthen|review|develop|increase|continue|monitor|prioritise|revise|establish|implement|reduce|secure|provide|consolidate|make|undertake|embed|take|work|raise|complete|agree|set|clarify|analyse|address|evaluate|extend|enhance|promote|put|consider|use|audit|record|track|identify|tackle|sustain|build|expand|urgently|further|re-launch|relaunch|refresh|create|introduce|assess|challenge|publish|collate|involve|engage|support|explore|update|formalise|finalise|accelerate)\b/i;
const SHOULD = /\b(should|must|needs? to|is required to|are required to)\b/i;
/** An item that only introduces the list ('... should take the following action.'). */
const INTRODUCTION = /\b(the following|as follows|should take the following)\b|:$/i;
/** An item that closes the list by referring back to it ('In response, ... these areas for improvement'). */
const CLOSING = /^(in response\b|any areas for development|these areas|to address these)/i;
/** A line saying that a list is empty ('The inspection did not find any areas for priority and immediate action.'). */
const NOTHING_TO_LIST =
  /\b(did not (find|identify) any|there (are|were) no (areas|recommendations)|no areas for)\b/i;
/** Council and news summaries: a sentence that announces the inspectors' recommendations. */
const INLINE_CUE =
  /\b(areas? (for|requiring) improvement|in order to improve|(ofsted|inspectors|the report) (recommends?|recommended|said .* should))\b/i;
const INLINE_LEAD_IN =
  /^(?:(?:furthermore|also|in addition|additionally),?\s+)?(?:in order to improve,?\s+)?(?:(?:ofsted|inspectors|the report) (?:recommends?|recommended) that\s+)?/i;
const CONTINUATION_SENTENCE = /^(furthermore|also|in addition|additionally)\b/i;

/**
 * The document's recommendations: every item of its lists under 'What needs to improve?' (ILACS),
 * 'Recommendations' or 'What does the local authority need to improve?' (SIF; both of its lists,
 * 'Priority and immediate action' and 'Areas for improvement', with their thematic sub-headings),
 * 'Areas for development' (older letters), 'Areas for improvement' (2013 reports, council reports).
 * An item keeps its sub-bullets. Lists addressed to the local safeguarding children board are left out:
 * they are not the local authority's to act on. Body paragraphs ending '(Recommendation)' are cross-
 * references and not read. News articles and council reports without such a list give the
 * recommendations in running text ('In order to improve, Ofsted recommends that...'); those sentences
 * are split into their coordinated items. Ordinals are 1-based, in document order.
 */
export function extractRecommendations(
  text: string,
  blocks: readonly Block[],
  kind: DocumentKind,
  region: { from: number; to: number } = { from: 0, to: blocks.length },
): RecommendationItem[] {
  const headings =
    kind === "OFSTED_LETTER" || kind === "OFSTED_REPORT" ? OFSTED_LIST_HEADINGS : SUMMARY_LIST_HEADINGS;
  const items: Omit<RecommendationItem, "ordinal">[] = [];
  let inLscb = false;
  for (let i = region.from; i < region.to; i++) {
    const block = blocks[i] as Block;
    if (block.kind !== "heading") continue;
    const heading = headingText(block);
    if (LSCB_START.some((re) => re.test(heading))) inLscb = true;
    else if (LSCB_END.some((re) => re.test(heading))) inLscb = false;
    if (inLscb || !headings.some((re) => re.test(heading))) continue;
    const list = listAfter(text, blocks, i, region.to);
    items.push(...list.items);
    i = list.next - 1;
  }
  if (items.length === 0 && (kind === "NEWS_ARTICLE" || kind === "COUNCIL_REPORT")) {
    items.push(...inlineRecommendations(text, blocks, region));
  }
  return items.map((item, index) => ({ ...item, ordinal: index + 1 }));
}

/** The heading's words without footnote markers or a trailing colon ('What needs to improve?1'). */
function headingText(block: Block): string {
  return block.body
    .replace(/(?<=[?:a-z])\d{1,2}$/u, "")
    .replace(/[:\s]+$/u, "")
    .trim();
}

interface ListRead {
  items: Omit<RecommendationItem, "ordinal">[];
  /** Index of the first block after the list. */
  next: number;
}

function listAfter(text: string, blocks: readonly Block[], headingIndex: number, to: number): ListRead {
  const items: Omit<RecommendationItem, "ordinal">[] = [];
  let current: Omit<RecommendationItem, "ordinal"> | null = null;
  let currentKind: Block["kind"] | null = null;
  const close = () => {
    if (current) items.push(current);
    current = null;
  };
  let lastNumber: number | null = null;
  let numberApart = false;
  let j = headingIndex + 1;
  for (; j < to; j++) {
    const original = blocks[j] as Block;
    if (original.kind === "row") break;
    // An item's number printed on a line of its own ('27.'): the next line is the item.
    if (BARE_NUMBER.test(original.text)) {
      numberApart = true;
      continue;
    }
    const block = asListItem(original, lastNumber, numberApart);
    numberApart = false;
    if (block.kind === "numbered" && block.number !== null) lastNumber = Number.parseInt(block.number, 10);
    if (block.kind === "heading") {
      const heading = headingText(block);
      if (
        SUB_HEADINGS.some((re) => re.test(heading)) ||
        OFSTED_LIST_HEADINGS.some((re) => re.test(heading))
      ) {
        close();
        continue;
      }
      if (LSCB_START.some((re) => re.test(heading))) break;
      if (isThematicSubHeading(blocks, j, to)) {
        close();
        continue;
      }
      break;
    }
    const body = block.body;
    if (block.kind === "paragraph") {
      if (current !== null && continuesItem(current.text, body)) {
        current = extend(text, current, block, j, " ");
        continue;
      }
      if (items.length === 0 && current === null && INTRODUCTION.test(body)) continue;
      if (items.length === 0 && current === null && j === headingIndex + 1) {
        // A list-less section: the heading's one paragraph is the recommendation.
        current = { text: body, start: block.bodyStart, end: block.end, blocks: [j] };
        currentKind = block.kind;
        continue;
      }
      break;
    }
    if (NOTHING_TO_LIST.test(body)) continue;
    if (block.kind === "numbered" || block.kind === "bullet") {
      const introduces = INTRODUCTION.test(body) && !body.endsWith(":");
      if (items.length === 0 && current === null && introduces && !IMPERATIVE.test(body)) continue;
      if (block.kind === "numbered" && CLOSING.test(body)) break;
      // Sub-bullets of an item that ends with a colon: any bullet under a numbered item, lower-case
      // bullets under a bullet (nested bullets arrive flattened).
      const subBullet =
        block.kind === "bullet" &&
        current !== null &&
        (currentKind === "numbered" || /^[a-z]/u.test(body)) &&
        (/:\s*(\([^)]*\))?\s*(\n- .*)*$/u.test(current.text) ||
          (currentKind === "numbered" && /^[a-z]/u.test(body)));
      if (subBullet && current !== null) {
        current = extend(text, current, block, j, "\n");
        continue;
      }
      close();
      current = { text: body, start: block.bodyStart, end: block.end, blocks: [j] };
      currentKind = block.kind;
    }
  }
  close();
  return { items, next: j };
}

/** A line that is only an item's number: '27.'. */
const BARE_NUMBER = /^\d{1,3}\.?$/;

/**
 * The block as an item of a list when it is one: a numbered line read as a heading because it is short
 * and ends without a full stop ('28. Improve the timeliness of initial health assessments') is an item
 * when it reads as a recommendation or goes on from the item before ('27.' then '28.'), as SIF items do
 * that continue the document's paragraph numbering; so is the line after a number printed on its own.
 */
function asListItem(block: Block, lastNumber: number | null, numberApart: boolean): Block {
  const recommends = IMPERATIVE.test(block.body) || startsWithShould(block.body);
  if (numberApart && (block.kind === "paragraph" || (block.kind === "heading" && recommends))) {
    return { ...block, kind: "numbered" };
  }
  if (block.kind !== "heading" || block.number === null || !/^\d+$/.test(block.number)) return block;
  const next = lastNumber !== null && Number.parseInt(block.number, 10) === lastNumber + 1;
  return recommends || (next && block.body.length > 40) ? { ...block, kind: "numbered" } : block;
}

/** A heading inside a SIF list groups recommendations by area ('Leadership, management and governance'). */
function isThematicSubHeading(blocks: readonly Block[], index: number, to: number): boolean {
  const heading = blocks[index] as Block;
  if (heading.body.length > 70) return false;
  const following = blocks[index + 1];
  if (following === undefined || index + 1 >= to) return false;
  const next = asListItem(following, null, false);
  return (
    (next.kind === "numbered" || next.kind === "bullet") &&
    (IMPERATIVE.test(next.body) || startsWithShould(next.body))
  );
}

/** 'The local authority and partners should...', 'A leaving care plan should be developed.' */
function startsWithShould(body: string): boolean {
  const opening = (body.split(/[,;.]/)[0] ?? "").split(/\s+/).slice(0, 12).join(" ");
  return SHOULD.test(opening);
}

/** A paragraph continues an item interrupted by a page break: the item does not end a sentence, or it opens in lower case. */
function continuesItem(itemText: string, paragraph: string): boolean {
  return !/[.;:!?)]["'’”]?$/u.test(itemText) || /^[a-z]/u.test(paragraph);
}

function extend(
  text: string,
  item: Omit<RecommendationItem, "ordinal">,
  block: Block,
  index: number,
  joiner: string,
): Omit<RecommendationItem, "ordinal"> {
  const between = text.slice(item.end, block.start);
  const contiguous = /^\s*$/u.test(between) && !between.includes("\n\n");
  const itemText = contiguous ? text.slice(item.start, block.end) : `${item.text}${joiner}${block.text}`;
  return { text: itemText, start: item.start, end: block.end, blocks: [...item.blocks, index] };
}

/**
 * Recommendations given in running text, as news and council summaries do: the sentence that announces
 * them ('In order to improve, Ofsted recommends that X achieves A and consistently applying B.',
 * 'three areas for improvement in relation to: A; B; C.') and the sentences that add to it
 * ('Furthermore, the local authority should address C.'), split into their coordinated items.
 */
function inlineRecommendations(
  text: string,
  blocks: readonly Block[],
  region: { from: number; to: number },
): Omit<RecommendationItem, "ordinal">[] {
  for (let i = region.from; i < region.to; i++) {
    const block = blocks[i] as Block;
    if (block.kind === "heading" || block.kind === "row") continue;
    const sentences = splitSentences(text, block.bodyStart, block.end);
    const cueAt = sentences.findIndex((s) => INLINE_CUE.test(text.slice(s.start, s.end)));
    if (cueAt < 0) continue;
    const chosen = [sentences[cueAt] as { start: number; end: number }];
    const used = [i];
    for (const sentence of sentences.slice(cueAt + 1)) {
      if (!CONTINUATION_SENTENCE.test(text.slice(sentence.start, sentence.end))) break;
      chosen.push(sentence);
    }
    const next = blocks[i + 1];
    if (next && i + 1 < region.to && next.kind === "paragraph") {
      for (const sentence of splitSentences(text, next.bodyStart, next.end)) {
        if (!CONTINUATION_SENTENCE.test(text.slice(sentence.start, sentence.end))) break;
        chosen.push(sentence);
        if (!used.includes(i + 1)) used.push(i + 1);
      }
    }
    const items = chosen.flatMap((sentence) => coordinatedItems(text, sentence.start, sentence.end));
    if (items.length > 0) return items.map((item) => ({ ...item, blocks: used }));
  }
  return [];
}

/**
 * Splits a recommending sentence into its items: after a colon, at semicolons ('in relation to: A; B;
 * C'); otherwise at ' and ' before a gerund ('achieves A and consistently applying B'). Lead-ins
 * ('In order to improve, Ofsted recommends that', 'Furthermore,') are left out of the items' text.
 */
function coordinatedItems(
  text: string,
  start: number,
  end: number,
): Array<{ text: string; start: number; end: number }> {
  const sentence = text.slice(start, end);
  const colon = sentence.indexOf(":");
  const cuts: Array<[number, number]> = [];
  if (colon >= 0 && sentence.slice(colon).includes(";")) {
    let from = colon + 1;
    for (const match of sentence.slice(colon + 1).matchAll(/;\s*(?:and\s+)?/g)) {
      const at = colon + 1 + match.index;
      cuts.push([from, at]);
      from = at + match[0].length;
    }
    cuts.push([from, sentence.length]);
  } else {
    const leadIn = INLINE_LEAD_IN.exec(sentence)?.[0].length ?? 0;
    let from = leadIn;
    for (const match of sentence.matchAll(/\s+and\s+(?=(?:\w+ly\s+)?\w+ing\b)/g)) {
      if (match.index <= from) continue;
      cuts.push([from, match.index]);
      from = match.index + match[0].length;
    }
    cuts.push([from, sentence.length]);
  }
  return cuts.flatMap(([from, to]) => {
    const piece = sentence.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim().replace(/[.;]$/u, "").trimEnd();
    if (trimmed.split(/\s+/).length < 2) return [];
    const itemStart = start + from + lead;
    return [{ text: trimmed, start: itemStart, end: itemStart + trimmed.length }];
  });
}
