import type { DocumentKind } from "../../domain/InspectionRecord.ts";
import type { Block } from "./documentBlocks.ts";

/**
 * Which blocks of a document are its body (the inspectors' evaluation, or a summary of it) and the
 * heading each block stands under. Letterheads, addresses, contents, statistics, boilerplate sections
 * and Ofsted's back matter are outside the body; so is everything of a web page around its article.
 */
export interface ReadingPlan {
  /** The blocks a news article's text occupies (the whole document for other kinds): [from, to). */
  region: { from: number; to: number };
  /** Per block: the heading it stands under (without its number), or null before the first heading. */
  sections: Array<string | null>;
  /** Per block: whether findings may be read from it. */
  inBody: boolean[];
}

/** Sections that describe the inspection, the area or the framework rather than evaluate practice. */
const NON_EVALUATIVE_SECTIONS = [
  /^contents$/i,
  /^about this (inspection|visit|report)/i,
  /^information about (this|the)\b/i,
  /^the inspection judgements? and what they mean/i,
  /^what the inspection judge?ments mean/i,
  /^service information/i,
  /^summary for children and young people/i,
  /^record of main findings/i,
  /^(the )?inspection team$/i,
  /^(children|child protection|children looked after) (living )?in this area/i,
  /^(other|previous) ofsted inspections/i,
  /^other information about this area/i,
  /^local leadership$/i,
  /^areas covered by the visit/i,
  /^the judgements on areas of the service/i,
  /^what needs to improve\b/i,
  /^what does the (local authority|lscb) need to improve/i,
  /^recommendations?$/i,
  /^areas? for (improvement|development)$/i,
  /^priority and immediate action$/i,
  /^priority actions$/i,
];
/** Lines of a report's or letter's header and sign-off: they neither start nor end a section. */
const METADATA =
  /^(inspection dates?|lead inspector|reporting inspector|(her|his) majesty['’]s inspector|report published|age group|published|website|deputy lead inspectors?|team inspectors?|quality assurance manager|senior data analyst|[TEW]:|textphone|piccadilly gate|store st(reet)?|manchester$|m1 2wd$|© crown)/i;
/** Where Ofsted's back matter starts: nothing after it is evaluation. */
const BACK_MATTER =
  /^(the office for standards in education|ofsted has a duty|any complaints about the inspection|if you would like a copy of this document|you may (re)?use this information|you may copy all or parts|© crown copyright|interested in our work|to receive regular email alerts)/i;
/** Council report sections that summarise the inspectors' findings (all others are the council's own). */
const COUNCIL_FINDING_SECTIONS =
  /\b(summary|findings|judgement area|what inspectors|inspectors (found|noted)|strengths)\b/i;
/** A web page's furniture after its article. */
const NEWS_END =
  /^(read (full story|more)|related (articles|news|stories|posts)|knowledge (&|and) resources|share (this|on)|more news|latest news|you may also like|tags?:|comments?$|leave a (reply|comment)|subscribe)/i;
const NEWS_TEASER = /^read (full story|more)\b/i;

/**
 * Plans the reading of a document's blocks for its kind: the region of a news article (from its first
 * paragraph about the inspection to the page furniture after it: 'Knowledge & Resources', 'Read Full
 * Story' teasers), each block's section, and which blocks are body. For a council report only the
 * sections that summarise the inspection count (numbered sub-sections inherit their section's choice).
 */
export function readingPlan(blocks: readonly Block[], kind: DocumentKind, authorityId: string): ReadingPlan {
  const region =
    kind === "NEWS_ARTICLE" ? articleRegion(blocks, authorityId) : { from: 0, to: blocks.length };
  const sections: Array<string | null> = [];
  const inBody: boolean[] = [];
  let section: string | null = null;
  let sectionExcluded = false;
  let councilTopIncluded = false;
  let ended = false;
  let brokenHeadingTail = -1;
  blocks.forEach((block, index) => {
    const metadata = METADATA.test(block.body);
    const judgementLine = block.kind === "paragraph" && JUDGEMENT_LINE.test(block.body);
    const brokenHeading =
      index === brokenHeadingTail
        ? null
        : judgementLine
          ? block.body.replace(/\.$/u, "")
          : brokenHeadingAt(blocks, index);
    if (brokenHeading !== null && !judgementLine) brokenHeadingTail = index + 1;
    const heading = block.kind === "heading" || brokenHeading !== null || index === brokenHeadingTail;
    if (brokenHeading !== null) {
      section = brokenHeading;
      sectionExcluded = NON_EVALUATIVE_SECTIONS.some((re) => re.test(brokenHeading));
    } else if (block.kind === "heading" && !metadata && !(sectionExcluded && block.body.endsWith(":"))) {
      // A lead-in within a data section ('In the last 12 months:') leaves it a data section.
      section = block.body.replace(/(?<=[?:a-z])\d{1,2}$/u, "").trim();
      sectionExcluded = NON_EVALUATIVE_SECTIONS.some((re) => re.test(section ?? ""));
      if (kind === "COUNCIL_REPORT" && isTopLevel(block))
        councilTopIncluded = COUNCIL_FINDING_SECTIONS.test(section);
    }
    // Older reports print the copyright notice on their cover too: only in the second half does it end the body.
    const backMatter = BACK_MATTER.test(block.body);
    if (backMatter && index > blocks.length / 2) ended = true;
    sections.push(section);
    const inRegion = index >= region.from && index < region.to;
    const councilOk = kind !== "COUNCIL_REPORT" || councilTopIncluded;
    const readable = !heading && block.kind !== "row" && !backMatter && !metadata;
    inBody.push(inRegion && !ended && !sectionExcluded && councilOk && readable);
  });
  return { region, sections, inBody };
}

/**
 * An ILACS judgement printed as a one-line sentence ('The experiences and progress of children who need
 * help and protection requires improvement to be good.'): a heading all the same, which ends the
 * recommendation list before it.
 */
const JUDGEMENT_LINE =
  /^(the )?(experiences? and progress of|impact of leaders|overall effectiveness)[^.;:]{0,120}(\b(is|are)|:)\s*(good|outstanding|inadequate|adequate|requires? improvement( to be good)?)\.?$|^(the )?(experiences? and progress of|impact of leaders)[^.;:]{0,120}\brequires? improvement( to be good)?\.?$/iu;

/** A heading line that ends on a connective ('The experiences and progress of'): the start of a broken heading. */
const HEADING_HEAD = /^[\p{Lu}][^.!?;:]{0,80}\s(of|and|for|to|in|the|with|who)$/u;
/** Its lower-case continuation, perhaps with the judgement ('children who need help and protection Good'). */
const HEADING_TAIL = /^[a-z][^.!?;:]{0,110}$/u;

/**
 * A heading that the PDF reader broke over two lines, both read as paragraphs (or the second as a
 * judgement row): the heading's text without its judgement, or null. Without it, the section before
 * (a SIF report's 'Summary for children and young people') would run on over the evaluation.
 */
function brokenHeadingAt(blocks: readonly Block[], index: number): string | null {
  const head = blocks[index];
  const tail = blocks[index + 1];
  if (head?.kind !== "paragraph" || tail === undefined || (tail.kind !== "paragraph" && tail.kind !== "row"))
    return null;
  if (!HEADING_HEAD.test(head.body) || !HEADING_TAIL.test(tail.body.replace(/\s*\|.*$/u, ""))) return null;
  const text = `${head.body} ${tail.body.replace(/\s*\|.*$/u, "")}`;
  return text
    .replace(/\s+(good|outstanding|inadequate|requires improvement( to be good)?|adequate)$/iu, "")
    .trim();
}

/** A council report's top-level heading: unnumbered, or numbered '2.' / '7.0'. */
function isTopLevel(block: Block): boolean {
  return block.number === null || /^\d+(\.0)?$/.test(block.number);
}

/**
 * A news page's article: from the first substantial paragraph that speaks of the authority, Ofsted or an
 * inspection, to the first piece of page furniture or teaser after it.
 */
function articleRegion(blocks: readonly Block[], authorityId: string): { from: number; to: number } {
  const authority = new RegExp(`\\b${authorityId.replace(/-/g, "[\\s-]+")}\\b`, "i");
  const about = (body: string) => authority.test(body) || /\b(ofsted|inspect(ion|ors?|ed))\b/i.test(body);
  let from = blocks.findIndex(
    (b) => b.kind === "paragraph" && b.body.split(/\s+/).length >= 15 && about(b.body),
  );
  if (from < 0) return { from: 0, to: blocks.length };
  const headline = blocks[from - 1];
  if (headline !== undefined && headline.kind === "heading") from -= 1;
  let to = blocks.length;
  for (let i = from + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (NEWS_END.test(block.body)) {
      to = i;
      break;
    }
    const teaserAhead = blocks.slice(i + 1, i + 4).some((b) => NEWS_TEASER.test(b.body));
    if (block.kind === "heading" && teaserAhead) {
      to = i;
      break;
    }
  }
  return { from, to };
}
