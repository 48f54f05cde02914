import { z } from "zod";
import type { Executor } from "../../db/Executor.ts";
import { FindingRow, RecommendationRow } from "../rows.ts";

const HitRow = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("FINDING"), node: FindingRow, score: z.number() }),
  z.object({ kind: z.literal("RECOMMENDATION"), node: RecommendationRow, score: z.number() }),
]);
export type SearchHitRow = z.infer<typeof HitRow>;

/** Characters that Lucene's query syntax gives a meaning to. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The words of a user's text as a Lucene query: every special character escaped, so any text is a valid
 * query and matches its words (any of them, best first); AND, OR and NOT are words, not operators. Returns '' when the text has no words.
 */
export function toLuceneQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) =>
      /^(AND|OR|NOT)$/.test(word) ? word.toLowerCase() : word.replace(LUCENE_SPECIAL, (c) => `\\${c}`),
    )
    .join(" ");
}

/** Full-text search over findings and recommendations, best first, at most `limit` hits. */
export async function searchEvidence(
  executor: Executor,
  text: string,
  limit: number,
): Promise<SearchHitRow[]> {
  const query = toLuceneQuery(text);
  if (query === "") return [];
  return executor.read("insights/search", { query, limit }, HitRow);
}
