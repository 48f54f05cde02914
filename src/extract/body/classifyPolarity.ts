import { z } from "zod";
import type { Polarity } from "../../domain/InspectionRecord.ts";
import { PhraseLexicon } from "../themes/PhraseLexicon.ts";
import { stemOf, type WordToken, wordTokens } from "../themes/wordTokens.ts";
import {
  type ClauseMarkers,
  type ClauseRole,
  type ClauseStructure,
  clauseStructure,
} from "./polarity/clauseRoles.ts";
import { type CueKind, type CueWords, type FoundCue, findCues } from "./polarity/findCues.ts";
import { WordPhrases } from "./polarity/WordPhrases.ts";
import cuesJson from "./polarityCues.json" with { type: "json" };

const words = z.array(z.string().min(1));
const PolarityCues = z.object({
  about: z.string(),
  positive: words,
  negative: words,
  neutral: words,
  negators: words,
  clauseNegators: words,
  idleNegations: words,
  reducers: words,
  wanting: words,
  amounts: z.object({ low: words, high: words, badThings: words, goodThings: words }),
  clauses: z.object({
    concession: words,
    overriddenConcession: words,
    contrast: words,
    circumstance: words,
    purpose: words,
    purposeVerbs: words,
  }),
});

/** One evaluative cue found in a sentence: the reason for its polarity. */
export interface PolarityCue {
  /** The words as written. */
  text: string;
  /** The cue's polarity after negation. */
  polarity: "positive" | "negative";
  /** Whether a negator or reducing verb reversed it ('not always *clear*', 'reduces *delay*'). */
  negated: boolean;
  /** The part of the sentence it stands in: only `main` cues judge when there are any. */
  role: ClauseRole;
}

/** A sentence's polarity with the cues that decided it. */
export interface PolarityReading {
  polarity: Polarity;
  cues: PolarityCue[];
  /** Whether the sentence sets two clauses against each other ('..., but ...', 'Although ..., ...'). */
  contrast: boolean;
}

const cues = PolarityCues.parse(cuesJson);
const lexicon = new PhraseLexicon<CueKind>([
  ...cues.positive.map((phrase) => ["positive", phrase] as const),
  ...cues.negative.map((phrase) => ["negative", phrase] as const),
  ...cues.neutral.map((phrase) => ["neutral", phrase] as const),
]);
const lower = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase()));
const stems = (list: readonly string[]) => new Set(list.map((word) => stemOf(word.toLowerCase())));
const cueWords: CueWords = {
  negators: lower(cues.negators),
  clauseNegators: lower(cues.clauseNegators),
  reducers: lower(cues.reducers),
  wanting: new WordPhrases(cues.wanting),
  low: lower(cues.amounts.low),
  high: lower(cues.amounts.high),
  badThings: stems(cues.amounts.badThings),
  goodThings: stems(cues.amounts.goodThings),
  idleNegations: new WordPhrases(cues.idleNegations),
  aims: stems(cues.clauses.purposeVerbs),
};
const clauseMarkers: ClauseMarkers = {
  concession: new WordPhrases(cues.clauses.concession),
  overriddenConcession: new WordPhrases(cues.clauses.overriddenConcession),
  contrast: new WordPhrases(cues.clauses.contrast),
  circumstance: new WordPhrases(cues.clauses.circumstance),
  purpose: new WordPhrases(cues.clauses.purpose),
  purposeVerbs: new Set(cues.clauses.purposeVerbs),
};
/** Statistics conceded ('While 15 care leavers are at university, ...') are facts, not praise. */
const DIGIT = /\d/u;

/**
 * Classifies an evaluative sentence by what the inspector evaluates:
 * 1. cues: lexicon phrases ('well established', 'could be improved'), reversed by a negator in reach
 *    ('not always clear', 'without delay') or by a reducing verb ('reduces delay'); amounts judged by
 *    their noun ('caseloads remain high'); a negator that reverses nothing ('has not explored');
 * 2. clauses: cues in a circumstance ('When plans do not reduce risk, ...') or a purpose ('... to improve
 *    sufficiency') do not judge while the main clause has cues of its own, so a problem named and the
 *    response praised is a STRENGTH, and an action described by its aim is NEUTRAL;
 * 3. contrast: two sides that judge in opposite directions are MIXED ('Although X is good, Y is not');
 *    a side with no cue set against a judging side counts as its opposite ('X takes place, but it is
 *    not recorded'), except a conceded statistic or a positive main clause after 'while'; after
 *    'Despite X, Y' the main clause decides unless X itself judges; a side that only denies harm
 *    ('although this did not lead to delays') mitigates, and the other side decides.
 * Otherwise the majority of the judging cues decides, a tie going the way of a reversed cue, else the
 * first; no cue is NEUTRAL. The reading lists the cues so that a classification can be explained
 * (rules in detail: `polarity/README.md`).
 *
 * @example
 * classifyPolarity("Supervision is not always sufficiently focused.").polarity; // "WEAKNESS"
 */
export function classifyPolarity(sentence: string): PolarityReading {
  const tokens = wordTokens(sentence);
  const structure = clauseStructure(sentence, tokens, clauseMarkers);
  const found = findCues(sentence, tokens, lexicon, cueWords, structure.roles);
  const polarity = decide(sentence, tokens, found, structure);
  return {
    polarity,
    cues: found.map((cue) => ({
      text: sentence.slice((tokens[cue.first] as WordToken).start, (tokens[cue.last] as WordToken).end),
      polarity: cue.polarity,
      negated: cue.negated,
      role: structure.roles[cue.first] ?? "main",
    })),
    contrast: structure.kind !== "none",
  };
}

type Leaning = "positive" | "negative" | null;

/** Which way a clause's cues lean: the majority, a tie going the way of the first; null without cues. */
function leaning(found: readonly FoundCue[]): Leaning {
  const polarity = byMajority(found);
  return polarity === "STRENGTH" ? "positive" : polarity === "WEAKNESS" ? "negative" : null;
}

/**
 * The cues that judge: those of main clauses, or all when no main clause has one. A purpose's aims
 * ('... a panel to improve sufficiency') are not achievements, and a problem it is to solve not a failing.
 */
function judging(found: readonly FoundCue[], roles: readonly ClauseRole[]): FoundCue[] {
  const main = found.filter((cue) => roles[cue.first] === "main");
  if (main.length > 0) return main;
  // Falling back on a circumstance: its words, not a bare 'not' ('when they no longer need care').
  return found.filter((cue) => roles[cue.first] !== "purpose" && !cue.bare);
}

/** A side that only denies harm ('although this did not lead to delays'): a mitigation, not praise. */
function mitigates(found: readonly FoundCue[]): boolean {
  return found.length > 0 && found.every((cue) => cue.polarity === "positive" && cue.denied);
}

function byMajority(found: readonly FoundCue[]): Polarity {
  const positive = found.filter((cue) => cue.polarity === "positive").length;
  const negative = found.length - positive;
  if (positive === 0 && negative === 0) return "NEUTRAL";
  if (positive !== negative) return positive > negative ? "STRENGTH" : "WEAKNESS";
  // A tie: a reversed cue is what the sentence asserts ('detailed assessments do not sufficiently
  // inform plans'); else the first cue usually belongs to the main clause ('... delays in effective help').
  const decisive = found.find((cue) => cue.negated) ?? found[0];
  return decisive?.polarity === "positive" ? "STRENGTH" : "WEAKNESS";
}

const opposite = (side: Leaning): Leaning =>
  side === "positive" ? "negative" : side === "negative" ? "positive" : null;

function combine(a: Leaning, b: Leaning): Polarity | null {
  if (a === null || b === null) return null;
  return a === b ? (a === "positive" ? "STRENGTH" : "WEAKNESS") : "MIXED";
}

function decide(
  sentence: string,
  tokens: readonly WordToken[],
  found: readonly FoundCue[],
  structure: ClauseStructure,
): Polarity {
  const { roles, side, kind } = structure;
  if (kind === "contrast") {
    const beforeCues = judging(
      found.filter((cue) => side[cue.first] === 0),
      roles,
    );
    const afterCues = judging(
      found.filter((cue) => side[cue.first] === 1),
      roles,
    );
    if (mitigates(afterCues) && beforeCues.length > 0) return byMajority(beforeCues);
    if (mitigates(beforeCues) && afterCues.length > 0) return byMajority(afterCues);
    const before = leaning(beforeCues);
    const after = leaning(afterCues);
    const decided = combine(before ?? opposite(after), after ?? opposite(before));
    if (decided !== null) return decided;
  }
  if (kind === "concession" || kind === "override") {
    const conceded = found.filter((cue) => roles[cue.first] === "concession");
    const main = judging(
      found.filter((cue) => roles[cue.first] !== "concession"),
      roles,
    );
    const mainLeaning = leaning(main);
    if (mitigates(conceded) && main.length > 0) return byMajority(main);
    let concededLeaning = leaning(conceded);
    const concessionText = tokens
      .filter((_, index) => roles[index] === "concession")
      .map((token) => token.surface)
      .join(" ");
    // Conceding without a cue: the writer sets it against the judgement ('While police attend, health
    // partners do not'), unless it is a statistic or only frames praise ('While in care, children ...').
    // 'Despite X, Y' concedes circumstances: only a judged X makes it mixed.
    if (
      kind === "concession" &&
      concededLeaning === null &&
      mainLeaning === "negative" &&
      !DIGIT.test(concessionText)
    )
      concededLeaning = "positive";
    // 'Y, although X is not consistent': a main clause without a cue is what the concession qualifies.
    const mainText = tokens
      .filter((_, index) => roles[index] === "main")
      .map((token) => token.surface)
      .join(" ");
    const qualified = mainLeaning === null && !DIGIT.test(mainText) ? opposite(concededLeaning) : mainLeaning;
    const decided = combine(concededLeaning, kind === "concession" ? qualified : mainLeaning);
    if (decided !== null) return decided;
    if (main.length > 0) return byMajority(main);
  }
  return byMajority(judging(found, roles));
}
