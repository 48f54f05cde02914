import type { WordToken } from "../../themes/wordTokens.ts";

/**
 * A list of exact lower-case word sequences ('in cases where', 'not only'), indexed by first word so
 * that trying them at every token of every sentence stays cheap.
 */
export class WordPhrases {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = phrase.toLowerCase().split(/\s+/);
      const first = words[0] as string;
      const bucket = this.byFirst.get(first) ?? [];
      bucket.push(words);
      this.byFirst.set(first, bucket);
    }
  }

  /** Words of the first phrase that starts at token `index`, or 0 when none does. */
  at(tokens: readonly WordToken[], index: number): number {
    const candidates = this.byFirst.get(tokens[index]?.lower ?? "");
    if (candidates === undefined) return 0;
    for (const words of candidates) {
      if (words.every((word, w) => tokens[index + w]?.lower === word)) return words.length;
    }
    return 0;
  }
}
