import type { PhraseLexicon, PhraseMatch } from "../../themes/PhraseLexicon.ts";
import type { WordToken } from "../../themes/wordTokens.ts";
import { breaksBefore, type ClauseRole } from "./clauseRoles.ts";
import type { WordPhrases } from "./WordPhrases.ts";

export type CueKind = "positive" | "negative" | "neutral";

/** One reason for a sentence's polarity, at a token. */
export interface FoundCue {
  /** Tokens [first, last] of the cue. */
  first: number;
  last: number;
  polarity: "positive" | "negative";
  /** Whether a negator or a reducing verb reversed it ('not always *clear*', 'reduces *delay*'). */
  negated: boolean;
  /** A negative cue denied ('did not lead to *delays*'): the absence of harm rather than praise. */
  denied: boolean;
  /** A negator that reverses nothing ('has *not* explored'). */
  bare: boolean;
}

/** The word lists that turn lexicon matches into cues. */
export interface CueWords {
  negators: ReadonlySet<string>;
  /** Negators that deny a whole clause ('No child has been ...', 'There is never ...'). */
  clauseNegators: ReadonlySet<string>;
  /** Verbs that reverse what they act on: 'reduces delay' is good, 'undermines the quality' is bad. */
  reducers: ReadonlySet<string>;
  /** Words after which a positive cue is what is missing ('needs to be clearer', 'could be stronger'). */
  wanting: WordPhrases;
  /** Amount words of the two directions and the nouns they judge ('caseloads remain high'). */
  low: ReadonlySet<string>;
  high: ReadonlySet<string>;
  badThings: ReadonlySet<string>;
  goodThings: ReadonlySet<string>;
  /** Stems of the verbs that state an aim ('ensure', 'improve'), as in a purpose clause. */
  aims: ReadonlySet<string>;
  /** Word pairs in which a negator denies nothing ('not only', 'whether or not'). */
  idleNegations: WordPhrases;
}

const CLAUSE_OPENERS = new Set([
  "but",
  "however",
  "although",
  "though",
  "while",
  "whilst",
  "whereas",
  "because",
  "when",
  "where",
  "so",
  "until",
  "unless",
  "and",
  "which",
  "who",
]);
const NUMBER = /^(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/u;
const MINIMISERS = new Set(["only", "just"]);
const LIST_WORDS = new Set(["or", "and", "nor", "to"]);
/** How near a negator must stand to reverse a negative cue ('without delay', 'not subject to drift'). */
const NEGATIVE_REACH = 3;
/** How near a reducing verb must stand to what it reduces ('reducing the impact of turnover'). */
const REDUCER_REACH = 4;
/** Adverbs of manner: they say how a thing is done, not what is reduced. */
const MANNER = /^(well|\w+ly)$/u;
/** Words that introduce the means of a reducing verb, not its object ('minimised *through* consistent ...'). */
const MEANS = new Set(["through", "by", "via", "with", "because"]);
/** Words before an amount said of the subject ('are higher', 'have reduced', 'remain high'). */
const PREDICATIVE = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "remain",
  "remains",
  "remained",
  "become",
  "becoming",
  "now",
  "still",
  "has",
  "have",
  "had",
  "much",
  "very",
  "too",
  "significantly",
  "considerably",
  "relatively",
  "comparatively",
  "generally",
  "consistently",
  "persistently",
  "particularly",
]);
/** Words that name a measure of the noun after them ('the number of', 'levels of'). */
const MEASURE_WORDS = new Set([
  "the",
  "number",
  "numbers",
  "of",
  "proportion",
  "level",
  "levels",
  "rate",
  "rates",
]);
/** How far back the subject of a predicative amount may stand. */
const SUBJECT_REACH = 8;
/** How near an amount word must stand to the noun it measures. */
const AMOUNT_REACH = 3;

/** Keeps the longest of overlapping matches (ties: the earlier), in text order. */
export function longestFirst<K>(matches: PhraseMatch<K>[]): PhraseMatch<K>[] {
  const byLength = [...matches].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken: PhraseMatch<K>[] = [];
  for (const match of byLength) {
    if (!taken.some((other) => other.first <= match.last && match.first <= other.last)) taken.push(match);
  }
  return taken.sort((a, b) => a.first - b.first);
}

/** Verbs that end an opening subject phrase ('Ensuring enough homes *remains* a challenge'). */
const SUBJECT_ENDS = new Set([
  "is",
  "are",
  "was",
  "were",
  "remains",
  "remain",
  "remained",
  "has",
  "have",
  "had",
]);

/**
 * The evaluative cues of a sentence: lexicon phrases, reversed by a negator or reducing verb in reach;
 * an amount said of a noun whose amount is judged ('low caseloads', 'turnover remains high'); and a
 * negator that reverses nothing, which says something is not done ('has not explored', 'do not receive').
 */
export function findCues(
  sentence: string,
  tokens: readonly WordToken[],
  lexicon: PhraseLexicon<CueKind>,
  words: CueWords,
  roles: readonly ClauseRole[],
): FoundCue[] {
  // Reversals stay within their clause and its role: 'without X being done to help understand' does
  // not reverse the purpose's cue.
  const nearest = (index: number, test: (t: number) => boolean, reach: number) =>
    nearestInClause(sentence, tokens, roles, index, test, reach);
  // A sentence that opens on an aim's -ing form names its subject ('Ensuring sufficiency ... is a
  // challenge'): what it is about, not a judgement of it.
  const opening = tokens[0];
  const aimAsSubject = opening !== undefined && /ing$/u.test(opening.lower) && words.aims.has(opening.stem);
  const verb = aimAsSubject ? tokens.findIndex((token) => SUBJECT_ENDS.has(token.lower)) : 0;
  const accepted = longestFirst(lexicon.matchAll(tokens)).filter((match) => match.first >= verb);
  const covered = new Set<number>();
  const silenced = new Set<number>();
  for (const match of accepted) {
    for (let t = match.first; t <= match.last; t++) {
      covered.add(t);
      if (match.key === "neutral") silenced.add(t);
    }
  }
  const idle = idleNegators(tokens, words.idleNegations);
  const isNegator = tokens.map(
    (token, index) => words.negators.has(token.lower) && !silenced.has(index) && !idle.has(index),
  );
  const isReducer = tokens.map((token, index) => words.reducers.has(token.lower) && !covered.has(index));
  const wanting = wantingAt(tokens, words.wanting);
  // What needs to be ('records need to be clearer', 'leaders need to be more engaged') is wanting now.
  const wanted = (cue: FoundCue): FoundCue =>
    wanting.has(cue.first) && cue.polarity === "positive"
      ? { ...cue, polarity: "negative", negated: true }
      : cue;
  // A negated reducer ('has not tempered the drive') reverses neither way: both are spent.
  const spent = new Set<number>();
  const cueStarts = new Set(accepted.filter((m) => m.key !== "neutral").map((m) => m.first));
  tokens.forEach((_, index) => {
    if (!isReducer[index]) return;
    let actsOnCue = false;
    for (let t = index + 1; t <= index + REDUCER_REACH; t++) if (cueStarts.has(t)) actsOnCue = true;
    if (!actsOnCue) return;
    for (let t = index - 1; t >= Math.max(0, index - 3); t--) {
      if (isNegator[t]) {
        spent.add(t);
        spent.add(index);
        return;
      }
    }
  });

  const found: FoundCue[] = [];
  const reversing = new Set<number>();
  /** Negators that reversed a negative cue ('no evidence of *drift*'). */
  const denying = new Set<number>();
  for (const match of accepted) {
    if (match.key === "neutral") continue;
    // A run of cues reads as one phrase ('did not lead to unnecessary delays'), and so does a list
    // ('do not feel listened to, valued or respected'): the same reversal as the cue before.
    const previous = found[found.length - 1];
    const previousMatch = accepted.find((m) => m.last === previous?.last && m.key === match.key);
    if (
      previous !== undefined &&
      previousMatch !== undefined &&
      (previous.negated || previous.last === match.first - 1) &&
      roles[previous.last] === roles[match.first] &&
      listed(sentence, tokens, previous.last, match.first, match.last)
    ) {
      found.push({ ...previous, first: match.first, last: match.last });
      continue;
    }
    // 'Only five children ...': a number qualified, a statistic rather than a judgement.
    if (
      match.first === match.last &&
      NUMBER.test(tokens[match.last + 1]?.lower ?? "") &&
      MINIMISERS.has((tokens[match.first] as WordToken).lower)
    )
      continue;
    let polarity: "positive" | "negative" = match.key;
    let negated = false;
    const reducer = nearest(match.first, (t) => isReducer[t] === true && !spent.has(t), REDUCER_REACH);
    // A reducer acts on its object ('reduces delay'), not on how it is done ('addressed well').
    const manner =
      (match.first === match.last && MANNER.test((tokens[match.first] as WordToken).lower)) ||
      (reducer !== null && tokens.slice(reducer + 1, match.first).some((t) => MEANS.has(t.lower)));
    if (reducer !== null && !(polarity === "positive" && manner)) {
      polarity = polarity === "positive" ? "negative" : "positive";
      negated = true;
      reversing.add(reducer);
    }
    const reach = polarity === "positive" ? Number.POSITIVE_INFINITY : NEGATIVE_REACH;
    const negator = nearest(match.first, (t) => isNegator[t] === true && !spent.has(t), reach);
    const clauseNegator = nearest(
      match.first,
      (t) =>
        isNegator[t] === true && !spent.has(t) && words.clauseNegators.has((tokens[t] as WordToken).lower),
      Number.POSITIVE_INFINITY,
    );
    const by = negator ?? clauseNegator;
    if (by !== null) {
      if (polarity === "negative") denying.add(by);
      polarity = polarity === "positive" ? "negative" : "positive";
      negated = !negated;
      reversing.add(by);
    }
    const denied = match.key === "negative" && by !== null && reducer === null;
    found.push(wanted({ first: match.first, last: match.last, polarity, negated, denied, bare: false }));
  }

  // A negative phrase whose negator reversed another cue served as that negation ('no evidence of
  // drift' is good news, 'no evidence of robust planning' bad), not as a cue of its own.
  for (let i = found.length - 1; i >= 0; i--) {
    const cue = found[i] as FoundCue;
    if (cue.negated || cue.polarity !== "negative") continue;
    for (let t = cue.first; t <= cue.last; t++) {
      if (denying.has(t)) {
        found.splice(i, 1);
        break;
      }
    }
  }

  // An amount replaces the cue of the noun it measures ('turnover is now low' is good news).
  for (const cue of amountCues(sentence, tokens, covered, words)) {
    const measured = found.findIndex((other) => other.first <= cue.last && cue.first <= other.last);
    if (measured >= 0) found.splice(measured, 1);
    found.push(wanted(cue));
  }

  // An adverb before a negative cue intensifies it ('consistently poor', 'routinely late'): no praise.
  for (let i = found.length - 1; i >= 0; i--) {
    const cue = found[i] as FoundCue;
    const next = found.find((other) => other.first === cue.last + 1 || other.first === cue.last + 2);
    const adverb = cue.first === cue.last && /ly$/u.test((tokens[cue.first] as WordToken).lower);
    if (
      adverb &&
      !cue.negated &&
      cue.polarity === "positive" &&
      next?.polarity === "negative" &&
      !next.negated
    )
      found.splice(i, 1);
  }

  // 'no disruptions', 'do not experience many placement moves': a negator before a noun whose amount
  // is judged.
  tokens.forEach((_, index) => {
    if (!isNegator[index] || reversing.has(index) || spent.has(index)) return;
    for (let t = index + 1; t <= index + 4 && t < tokens.length; t++) {
      if (breaksBefore(sentence, tokens, t)) return;
      if (words.badThings.has((tokens[t] as WordToken).stem) && !covered.has(t)) {
        found.push({ first: index, last: t, polarity: "positive", negated: true, denied: true, bare: false });
        reversing.add(index);
        return;
      }
    }
  });

  // A negator that reverses no cue says that something is not done, or not done enough.
  tokens.forEach((token, index) => {
    if (!isNegator[index] || spent.has(index) || reversing.has(index) || covered.has(index)) return;
    // A determiner ("no children were ...") states a fact as often as a failing: the lexicon says which.
    const determiner = token.lower !== "never" && tokens[index + 1]?.lower !== "longer";
    if (words.clauseNegators.has(token.lower) && determiner) return;
    // 'cases, which are not progressing, ...', 'children who are not in school': describes, not judges.
    if (inRelativeClause(sentence, tokens, index)) return;
    found.push({
      first: index,
      last: index,
      polarity: "negative",
      negated: false,
      denied: false,
      bare: true,
    });
  });
  return found.sort((a, b) => a.first - b.first);
}

/** The nearest token before `index` in its clause, within `reach` words, for which `test` holds. */
function nearestInClause(
  sentence: string,
  tokens: readonly WordToken[],
  roles: readonly ClauseRole[],
  index: number,
  test: (t: number) => boolean,
  reach: number,
): number | null {
  for (let t = index - 1; t >= 0 && index - t <= reach; t--) {
    if (breaksBefore(sentence, tokens, t + 1) || roles[t] !== roles[index]) return null;
    if (test(t)) return t;
    if (CLAUSE_OPENERS.has((tokens[t] as WordToken).lower)) return null;
  }
  return null;
}

function idleNegators(tokens: readonly WordToken[], pairs: WordPhrases): Set<number> {
  const idle = new Set<number>();
  for (let t = 0; t < tokens.length; t++) {
    const length = pairs.at(tokens, t);
    for (let w = 0; w < length; w++) idle.add(t + w);
  }
  return idle;
}

/** Tokens within four words after a 'wanting' phrase ('needs to be', 'could be'). */
function wantingAt(tokens: readonly WordToken[], phrases: WordPhrases): Set<number> {
  const at = new Set<number>();
  for (let t = 0; t < tokens.length; t++) {
    const length = phrases.at(tokens, t);
    if (length === 0) continue;
    for (let u = t + length; u < Math.min(tokens.length, t + length + 4); u++) at.add(u);
  }
  return at;
}

/** 'low caseloads', 'turnover remains high', 'attendance is low': an amount judged by its noun. */
function amountCues(
  sentence: string,
  tokens: readonly WordToken[],
  covered: ReadonlySet<number>,
  words: CueWords,
): FoundCue[] {
  const cues: FoundCue[] = [];
  tokens.forEach((token, index) => {
    if (covered.has(index)) return;
    const direction = words.low.has(token.lower) ? -1 : words.high.has(token.lower) ? 1 : 0;
    if (direction === 0) return;
    // A comparative of a judging word ('caseloads are more manageable'): that word judges, not an amount
    // (unlike a thing counted, 'fewer delays').
    const next = tokens[index + 1];
    if (next && covered.has(index + 1) && !words.badThings.has(next.stem) && !words.goodThings.has(next.stem))
      return;
    // Said of the clause's subject ('workloads in the leaving care service are higher'): reach back further.
    const predicative = PREDICATIVE.has(tokens[index - 1]?.lower ?? "");
    const reachBack = predicative ? SUBJECT_REACH : AMOUNT_REACH;
    // 'increased the number of foster carers': the measure words between do not count as distance.
    let reachAhead = AMOUNT_REACH;
    for (let t = index + 1; t <= index + reachAhead && t < tokens.length; t++)
      if (MEASURE_WORDS.has((tokens[t] as WordToken).lower)) reachAhead++;
    for (let t = index - reachBack; t <= index + reachAhead; t++) {
      const other = tokens[t];
      if (other === undefined || t === index) continue;
      const [from, to] = t < index ? [t + 1, index] : [index + 1, t];
      let broken = false;
      for (let u = from; u <= to; u++) if (breaksBefore(sentence, tokens, u)) broken = true;
      if (broken) continue;
      const value = words.badThings.has(other.stem) ? -1 : words.goodThings.has(other.stem) ? 1 : 0;
      if (value === 0) continue;
      const polarity = direction * value > 0 ? "positive" : "negative";
      cues.push({
        first: Math.min(t, index),
        last: Math.max(t, index),
        polarity,
        negated: false,
        denied: false,
        bare: false,
      });
      return;
    }
  });
  return cues;
}

/** Whether the token stands in a relative clause ('who are not ...', ', which are not ...'). */
function inRelativeClause(sentence: string, tokens: readonly WordToken[], index: number): boolean {
  for (let t = index - 1; t >= 0 && index - t <= 4; t--) {
    const lower = (tokens[t] as WordToken).lower;
    if (lower === "who" || lower === "which" || lower === "whose") return true;
    if (breaksBefore(sentence, tokens, t)) return false;
  }
  return false;
}

/**
 * Whether two cues stand in one list: only separators (',', 'or', 'and', 'nor', 'to') between them, and
 * after a bare comma the list goes on ('listened to, valued or respected', not 'embedded, clear plans').
 */
function listed(
  sentence: string,
  tokens: readonly WordToken[],
  last: number,
  first: number,
  end: number,
): boolean {
  if (first - last > 3) return false;
  let conjoined = false;
  for (let t = last + 1; t < first; t++) {
    const lower = (tokens[t] as WordToken).lower;
    if (!LIST_WORDS.has(lower)) return false;
    if (lower !== "to") conjoined = true;
  }
  const gap = sentence.slice((tokens[last] as WordToken).end, (tokens[first] as WordToken).start);
  if (/[;:()–—]/u.test(gap)) return false;
  const after = tokens[end + 1]?.lower ?? "";
  const comma = gap.includes(",");
  return (
    !comma ||
    conjoined ||
    LIST_WORDS.has(after) ||
    /^\s*,/u.test(sentence.slice((tokens[end] as WordToken).end))
  );
}
