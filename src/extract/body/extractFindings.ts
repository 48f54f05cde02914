import type { Polarity } from "../../domain/InspectionRecord.ts";
import { matchThemes } from "../themes/matchThemes.ts";
import { classifyPolarity } from "./classifyPolarity.ts";
import type { Block } from "./documentBlocks.ts";
import type { ReadingPlan } from "./readingPlan.ts";
import { type SentenceSpan, splitSentences } from "./splitSentences.ts";

/** A finding before its services are attached. */
export interface FindingItem {
  ordinal: number;
  text: string;
  start: number;
  end: number;
  section: string | null;
  polarity: Polarity;
  themes: string[];
}

/** The procedure of a visit or letter, not its evaluation. */
const BOILERPLATE = [
  /^this (letter|report) (summarises|sets out|describes)/i,
  /^(her|his) majesty['’]s chief inspector/i,
  /(her|his) majesty['’]s inspectors? for this (visit|inspection)/i,
  /^(the )?inspectors? (looked at|considered|focused on|reviewed|sampled|spoke|met|evaluated|tracked|scrutinised|also (spoke|met|looked|considered|reviewed))\b/i,
  /^(this|the) (focused |monitoring )?(visit|inspection|review) (was|is|will be) (carried out|conducted|undertaken|led)/i,
  /\bcarried out (under section|in line with|on site|under the)/i,
  /^the lead inspector and the/i,
  /delivery model was adapted/i,
  /^ofsted will take/i,
  /^i am copying this letter/i,
  /^(yours|your) sincerely/i,
  /^copy:/i,
  /^(any )?areas for development identified above/i,
  /^i would like to thank/i,
  /^it will contribute to the annual/i,
  /^the inspection (sampled|identified areas of strength|was carried out|team)/i,
  /^from the evidence gathered/i,
  /^inspectors reviewed the progress made/i,
  /ofsted produces this report|under its power to combine reports|section 1(36|38|52) of the education and inspections act|section 15a of the children act/i,
  /^this was the (\w+) monitoring visit/i,
  /^dear\b/i,
  /^(the )?(purpose of this report|cabinet panel (are|is) asked)/i,
];
const CONTACT = /@|www\.|https?:\/\/|\b(0\d{3}|0\d{4}) ?\d{3} ?\d{3,4}\b|\bTel:/i;
/** Sentences that only illustrate or follow from the one before belong with it. */
const FOLLOWS_ON = /^(for example|for instance|as a result|consequently|this means|in that sense|e\.g\.)/i;
/** Shorter is a fragment ('16.', 'Summary of findings'). */
const MIN_WORDS = 3;
/** From this length a body sentence is a finding whether or not it evaluates. */
const FULL_SENTENCE_WORDS = 5;
const CROSS_REFERENCE = /\s*\(recommendations?\)\s*$/iu;

/**
 * The findings of a document: each evaluative sentence of its body (a sentence that illustrates or
 * follows from the previous one — 'For example, ...', 'This means ...' — stays with it), with the heading
 * it stands under, its polarity (see classifyPolarity) and themes. Every body sentence of five words or
 * more is a finding (a descriptive one is NEUTRAL); a shorter one only when it carries an evaluative cue,
 * a practice theme or names a service ('PEPs are good.'), so fragments stay out. Procedural boilerplate
 * ('This letter summarises...', 'Ofsted will take the findings...'), contact details and blocks
 * already read as recommendations are left out. Ordinals are 1-based in document order.
 */
export function extractFindings(
  text: string,
  blocks: readonly Block[],
  plan: ReadingPlan,
  options: { skipBlocks: ReadonlySet<number>; namesService: (start: number, end: number) => boolean },
): FindingItem[] {
  const findings: Omit<FindingItem, "ordinal">[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (!plan.inBody[i] || options.skipBlocks.has(i) || CONTACT.test(block.body)) continue;
    let end = block.end;
    // A paragraph cut by a page break in plain text: it runs on into a lower-case paragraph.
    while (
      !/[.!?:;)]["'’”]?$/u.test(text.slice(block.start, end)) &&
      blocks[i + 1]?.kind === "paragraph" &&
      /^[a-z]/u.test(blocks[i + 1]?.body ?? "") &&
      plan.inBody[i + 1]
    ) {
      i++;
      end = (blocks[i] as Block).end;
    }
    for (const sentence of findingSentences(text, block.bodyStart, end)) {
      // A SIF paragraph's closing '(Recommendation)' cross-refers to the list; it is not part of the finding.
      const marker = CROSS_REFERENCE.exec(text.slice(sentence.start, sentence.end));
      if (marker) sentence.end = sentence.start + marker.index;
      const sentenceText = text.slice(sentence.start, sentence.end).replace(/\s+/g, " ");
      const words = sentenceText.split(" ").length;
      if (words < MIN_WORDS || sentenceText.endsWith(":")) continue;
      if (BOILERPLATE.some((re) => re.test(sentenceText))) continue;
      const { polarity } = classifyPolarity(sentenceText);
      const themes = matchThemes(sentenceText);
      // A body sentence is the inspectors' finding even when it only describes (the labelled sets count
      // 'Only five children ... are accessing alternative provision' as a neutral finding); a very short
      // one must still say something ('PEPs are good.'), or it is a fragment.
      if (
        words < FULL_SENTENCE_WORDS &&
        polarity === "NEUTRAL" &&
        themes.length === 0 &&
        !options.namesService(sentence.start, sentence.end)
      )
        continue;
      findings.push({
        text: sentenceText,
        start: sentence.start,
        end: sentence.end,
        section: plan.sections[i] ?? null,
        polarity,
        themes,
      });
    }
  }
  return findings.map((finding, index) => ({ ...finding, ordinal: index + 1 }));
}

function findingSentences(text: string, start: number, end: number): SentenceSpan[] {
  const units: SentenceSpan[] = [];
  for (const sentence of splitSentences(text, start, end)) {
    const previous = units[units.length - 1];
    if (previous !== undefined && FOLLOWS_ON.test(text.slice(sentence.start, sentence.end)))
      previous.end = sentence.end;
    else units.push({ ...sentence });
  }
  return units;
}
