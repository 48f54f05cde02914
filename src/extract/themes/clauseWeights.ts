import type { WordToken } from "./wordTokens.ts";

/**
 * How central each word of a passage is, by the clause it stands in: 1 in a sentence's main clause,
 * less after a cue that opens a purpose or an example ('so that', 'to ensure', 'for example'). A
 * recommendation's main clause names what must change; its purpose clause says why, and the themes
 * it mentions there are passing ones ('... so that managers have timely performance information').
 * The reduced weight lasts to the end of the sentence (or to a semicolon).
 */

/** Weight of words after a purpose cue, or an 'including' / 'in particular' list. */
export const PURPOSE_WEIGHT = 0.6;
/** Weight of words after a cue that opens an illustration ('for example', 'such as'). */
export const EXAMPLE_WEIGHT = 0.45;

interface Cue {
  words: readonly string[];
  weight: number;
  /** Counts only right after a comma (', which ...'; a bare 'which' may start a noun's own clause). */
  afterComma?: boolean;
}

const CUES: readonly Cue[] = [
  { words: ["so", "that"], weight: PURPOSE_WEIGHT },
  { words: ["in", "order", "to"], weight: PURPOSE_WEIGHT },
  { words: ["to", "ensure"], weight: PURPOSE_WEIGHT },
  { words: ["to", "make", "sure"], weight: PURPOSE_WEIGHT },
  { words: ["ensuring"], weight: PURPOSE_WEIGHT },
  { words: ["to", "enable"], weight: PURPOSE_WEIGHT },
  { words: ["to", "allow"], weight: PURPOSE_WEIGHT },
  { words: ["to", "help"], weight: PURPOSE_WEIGHT },
  { words: ["including"], weight: PURPOSE_WEIGHT },
  { words: ["in", "particular"], weight: PURPOSE_WEIGHT },
  { words: ["particularly"], weight: PURPOSE_WEIGHT },
  { words: ["which"], weight: PURPOSE_WEIGHT, afterComma: true },
  { words: ["for", "example"], weight: EXAMPLE_WEIGHT },
  { words: ["for", "instance"], weight: EXAMPLE_WEIGHT },
  { words: ["such", "as"], weight: EXAMPLE_WEIGHT },
];

/** Punctuation between two words that ends a sentence or an independent clause. */
const CLAUSE_END = /[.!?;]/u;

/**
 * The centrality weight of each token (same indexes as `tokens`), read from the passage's cues.
 * A later cue can only lower the weight of the words after it, never raise it.
 *
 * @example
 * clauseWeights(text, wordTokens(text)) // 1 for 'Improve supervision', 0.6 after 'so that'
 */
export function clauseWeights(passage: string, tokens: readonly WordToken[]): number[] {
  const weights: number[] = [];
  let current = 1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as WordToken;
    const before = i === 0 ? "" : passage.slice((tokens[i - 1] as WordToken).end, token.start);
    if (CLAUSE_END.test(before)) current = 1;
    const cue = CUES.find(
      (c) =>
        (!c.afterComma || before.includes(",")) && c.words.every((word, k) => tokens[i + k]?.lower === word),
    );
    if (cue !== undefined) current = Math.min(current, cue.weight);
    weights.push(current);
  }
  return weights;
}
