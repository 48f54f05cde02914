import { stemOf, type WordToken, wordTokens } from "./wordTokens.ts";

/** How one word of a lexicon phrase is compared with a word of the passage. */
type PhraseWord =
  | { kind: "stem"; stem: string }
  | { kind: "exact"; lower: string }
  | { kind: "cased"; surface: string }
  | { kind: "gap" };

interface CompiledPhrase<K> {
  key: K;
  phrase: string;
  words: PhraseWord[];
}

/** A phrase of the lexicon found in a passage: tokens [first, last] of the passage. */
export interface PhraseMatch<K> {
  key: K;
  phrase: string;
  first: number;
  last: number;
}

/** Words a `*` may stand for. */
const MAX_GAP = 3;

/**
 * A set of phrases, each tagged with a key, matched word by word against tokenised passages.
 *
 * Notation of a phrase: words are compared by Porter stem ('supervised' matches 'supervision');
 * a word containing a capital letter must match with that capitalisation, a plural -s allowed ('MASH',
 * 'IROs'); a word written `=word` must match exactly that form; `*` skips up to three words.
 *
 * @example
 * const lexicon = new PhraseLexicon([["oversight", "management oversight"]]);
 * lexicon.matchAll(wordTokens("Managers' oversight is strong")); // one match, key "oversight"
 */
export class PhraseLexicon<K> {
  private readonly byFirstStem = new Map<string, CompiledPhrase<K>[]>();

  constructor(entries: Iterable<readonly [K, string]>) {
    for (const [key, phrase] of entries) {
      const words = compilePhrase(phrase);
      const head = words[0];
      if (head === undefined || head.kind === "gap") {
        throw new Error(`lexicon phrase '${phrase}' must start with a word`);
      }
      const indexKey =
        head.kind === "stem"
          ? head.stem
          : stemOf(head.kind === "exact" ? head.lower : head.surface.toLowerCase());
      const bucket = this.byFirstStem.get(indexKey) ?? [];
      bucket.push({ key, phrase, words });
      this.byFirstStem.set(indexKey, bucket);
    }
  }

  /** Every occurrence of every phrase in the tokens (overlapping matches included), in token order. */
  matchAll(tokens: readonly WordToken[]): PhraseMatch<K>[] {
    const matches: PhraseMatch<K>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as WordToken;
      const candidates = this.byFirstStem.get(token.stem);
      if (candidates === undefined) continue;
      for (const candidate of candidates) {
        const last = matchFrom(candidate.words, 0, tokens, i);
        if (last !== null) matches.push({ key: candidate.key, phrase: candidate.phrase, first: i, last });
      }
    }
    return matches;
  }
}

function compilePhrase(phrase: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    if (piece === "*") {
      words.push({ kind: "gap" });
      continue;
    }
    const exact = piece.startsWith("=");
    for (const token of wordTokens(exact ? piece.slice(1) : piece)) {
      if (exact) words.push({ kind: "exact", lower: token.lower });
      else if (token.surface !== token.lower) words.push({ kind: "cased", surface: token.surface });
      else words.push({ kind: "stem", stem: token.stem });
    }
  }
  return words;
}

function wordMatches(word: PhraseWord, token: WordToken): boolean {
  switch (word.kind) {
    case "stem":
      return word.stem === token.stem;
    case "exact":
      return word.lower === token.lower;
    case "cased":
      return token.surface === word.surface || token.surface === `${word.surface}s`;
    case "gap":
      return true;
  }
}

/** Index of the last token matched when `words[w..]` matches from token `t`, else null. */
function matchFrom(
  words: readonly PhraseWord[],
  w: number,
  tokens: readonly WordToken[],
  t: number,
): number | null {
  const word = words[w];
  if (word === undefined) return t - 1;
  if (word.kind === "gap") {
    for (let skip = 0; skip <= MAX_GAP; skip++) {
      const last = matchFrom(words, w + 1, tokens, t + skip);
      if (last !== null) return last;
    }
    return null;
  }
  const token = tokens[t];
  if (token === undefined || !wordMatches(word, token)) return null;
  return matchFrom(words, w + 1, tokens, t + 1);
}
