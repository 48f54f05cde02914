import { z } from "zod";
import type { Polarity } from "../../domain/InspectionRecord.ts";
import { PhraseLexicon, type PhraseMatch } from "../themes/PhraseLexicon.ts";
import { type WordToken, wordTokens } from "../themes/wordTokens.ts";
import cuesJson from "./polarityCues.json" with { type: "json" };

const PolarityCues = z.object({
  about: z.string(),
  positive: z.array(z.string().min(1)),
  negative: z.array(z.string().min(1)),
  neutral: z.array(z.string().min(1)),
  negators: z.array(z.string().min(1)),
  contrast: z.array(z.string().min(1)),
});

/** One evaluative cue found in a sentence: the reason for its polarity. */
export interface PolarityCue {
  /** The words as written. */
  text: string;
  /** The cue's polarity after negation. */
  polarity: "positive" | "negative";
  /** Whether a negator reversed it ('not always *clear*'). */
  negated: boolean;
}

/** A sentence's polarity with the cues that decided it. */
export interface PolarityReading {
  polarity: Polarity;
  cues: PolarityCue[];
  /** Whether the sentence contrasts two clauses ('..., but ...', 'While ..., ...'). */
  contrast: boolean;
}

type CueKind = "positive" | "negative" | "neutral";

const cues = PolarityCues.parse(cuesJson);
const lexicon = new PhraseLexicon<CueKind>([
  ...cues.positive.map((phrase) => ["positive", phrase] as const),
  ...cues.negative.map((phrase) => ["negative", phrase] as const),
  ...cues.neutral.map((phrase) => ["neutral", phrase] as const),
]);
const negators = new Set(cues.negators.map((word) => word.toLowerCase()));
const contrastWords = new Set(cues.contrast);
/** Contrast words that, opening a sentence, contrast its own clauses ('While most..., some...'). */
const OPENING_CONTRAST = new Set([
  "while",
  "whilst",
  "although",
  "though",
  "despite",
  "whereas",
  "albeit",
  "except",
]);
/** Words that open a new clause and so end a negation's reach. */
const CLAUSE_OPENERS = new Set([...cues.contrast, "because", "when", "where", "so", "until", "unless"]);
const CLAUSE_PUNCTUATION = /[,;:()–—]/;
/** How near a negator must stand to reverse a negative cue ('without delay', 'no drift'). */
const NEGATIVE_REACH = 2;

/**
 * Classifies an evaluative sentence from a lexicon of positive and negative cues, with negation:
 * STRENGTH (only positive cues, or more), WEAKNESS (only negative, or more), a tie going the way of
 * the first cue; MIXED (both, in a sentence that contrasts its clauses: 'however', 'but', 'although'...);
 * NEUTRAL (no cue). The reading lists the cues so that a classification can be explained.
 *
 * @example
 * classifyPolarity("Supervision is not always sufficiently focused.").polarity; // "WEAKNESS"
 */
export function classifyPolarity(sentence: string): PolarityReading {
  const tokens = wordTokens(sentence);
  const accepted = longestFirst(lexicon.matchAll(tokens));
  const silenced = new Set<number>();
  for (const match of accepted) {
    for (let t = match.first; t <= match.last; t++) silenced.add(t);
  }
  const negatorAt = tokens.map(
    (token, index) => negators.has(token.lower) && !isSilencedNeutral(index, accepted),
  );

  const found: PolarityCue[] = [];
  for (const match of accepted) {
    if (match.key === "neutral") continue;
    const distance = distanceFromNegator(sentence, tokens, negatorAt, match.first);
    const negated = distance !== null && (match.key === "positive" || distance <= NEGATIVE_REACH);
    const base = match.key;
    const polarity = negated ? (base === "positive" ? "negative" : "positive") : base;
    const text = sentence.slice(
      (tokens[match.first] as WordToken).start,
      (tokens[match.last] as WordToken).end,
    );
    found.push({ text, polarity, negated });
  }

  const contrast = tokens.some(
    (token, index) =>
      (index > 0 && contrastWords.has(token.lower)) || (index === 0 && OPENING_CONTRAST.has(token.lower)),
  );
  return { polarity: decide(found, contrast), cues: found, contrast };
}

function decide(found: readonly PolarityCue[], contrast: boolean): Polarity {
  const positive = found.filter((cue) => cue.polarity === "positive").length;
  const negative = found.length - positive;
  if (positive === 0 && negative === 0) return "NEUTRAL";
  if (negative === 0) return "STRENGTH";
  if (positive === 0) return "WEAKNESS";
  if (contrast) return "MIXED";
  if (positive !== negative) return positive > negative ? "STRENGTH" : "WEAKNESS";
  // A tie: the first cue usually belongs to the main clause ('... experience delays in effective help').
  return found[0]?.polarity === "positive" ? "STRENGTH" : "WEAKNESS";
}

/** Keeps the longest of overlapping cues (ties: the earlier), in text order. */
function longestFirst(matches: PhraseMatch<CueKind>[]): PhraseMatch<CueKind>[] {
  const byLength = [...matches].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken: PhraseMatch<CueKind>[] = [];
  for (const match of byLength) {
    if (!taken.some((other) => other.first <= match.last && match.first <= other.last)) taken.push(match);
  }
  return taken.sort((a, b) => a.first - b.first);
}

function isSilencedNeutral(index: number, accepted: readonly PhraseMatch<CueKind>[]): boolean {
  return accepted.some((match) => match.key === "neutral" && match.first <= index && index <= match.last);
}

/**
 * Words between the nearest preceding negator in the same clause and the token, or null when no
 * negator reaches it. A cue that starts with a negator ('not always') counts as negated by it.
 */
function distanceFromNegator(
  sentence: string,
  tokens: readonly WordToken[],
  negatorAt: readonly boolean[],
  index: number,
): number | null {
  for (let t = index - 1; t >= 0; t--) {
    if (negatorAt[t]) return index - t;
    const token = tokens[t] as WordToken;
    const next = tokens[t + 1] as WordToken;
    if (CLAUSE_PUNCTUATION.test(sentence.slice(token.end, next.start))) return null;
    if (CLAUSE_OPENERS.has(token.lower)) return null;
  }
  return null;
}
