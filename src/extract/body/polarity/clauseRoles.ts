import type { WordToken } from "../../themes/wordTokens.ts";
import { WordPhrases } from "./WordPhrases.ts";

/**
 * What a stretch of a sentence does for the inspector's evaluation:
 * - `main`: the clause that carries the judgement;
 * - `concession`: conceded before or after it ('Although X, ...', '..., albeit X');
 * - `circumstance`: names when or where it holds ('When plans do not reduce risk, ...', 'given that ...'),
 *   so a problem named there is not what is judged;
 * - `purpose`: what an action is for ('... to improve sufficiency'), not how well it is done.
 */
export type ClauseRole = "main" | "concession" | "circumstance" | "purpose";

/** Words that open a clause of each role, as exact lower-case word sequences. */
export interface ClauseMarkers {
  concession: WordPhrases;
  /** Concessions whose main clause alone is the judgement ('Despite X, Y'). */
  overriddenConcession: WordPhrases;
  contrast: WordPhrases;
  circumstance: WordPhrases;
  purpose: WordPhrases;
  /** Verbs that, after 'to' (and perhaps an adverb), open a purpose: 'to hold', 'to routinely review'. */
  purposeVerbs: ReadonlySet<string>;
}

/** How a sentence sets two evaluations against each other, if it does. */
export interface ClauseStructure {
  /** Per token, its role. */
  roles: ClauseRole[];
  /** Per token, which side of a contrast it stands on (0 before the contrast word, 1 after). */
  side: number[];
  /**
   * - `contrast`: '..., but ...', '..., however, ...', '..., whereas ...': two sides;
   * - `concession`: 'Although/While X, Y' or 'Y, although X': the concession against the main clause;
   * - `override`: 'Despite X, Y': the main clause decides;
   * - `none`.
   */
  kind: "contrast" | "concession" | "override" | "none";
}

const CLAUSE_PUNCTUATION = /[,;:()–—]/u;
/** Words after which a 'to' clause is the verb's complement ('helped to', 'unable to'), not a purpose. */
const COMPLEMENT_TAKING = new Set([
  "enabled",
  "enables",
  "enable",
  "helped",
  "helps",
  "help",
  "supported",
  "supports",
  "encouraged",
  "able",
  "unable",
  "need",
  "needs",
  "needed",
  "required",
  "expected",
  "begun",
  "began",
  "started",
  "beginning",
  "continue",
  "continues",
  "continued",
  "failed",
  "fail",
  "fails",
  "struggle",
  "struggles",
  "used",
  "want",
  "wants",
  "likely",
]);
/** Finite verbs that an infinitive purpose does not contain: where one stands, the main clause resumes. */
const COPULAS = new Set(["is", "are", "was", "were", "remains", "remain"]);
/** Finite verbs: a purpose after one is not part of the subject ('there is more work to ensure X are ...'). */
const FINITE = new Set([
  ...COPULAS,
  "has",
  "have",
  "had",
  "do",
  "does",
  "did",
  "can",
  "will",
  "would",
  "should",
  "must",
  "may",
]);
/** Verbs whose object comes before a 'to' complement ('causes them to', 'allows staff to'). */
const OBJECT_COMPLEMENT = new Set([
  "cause",
  "causes",
  "caused",
  "allow",
  "allows",
  "allowed",
  "enable",
  "enables",
  "enabled",
  "help",
  "helps",
  "helped",
  "support",
  "supports",
  "supported",
  "encourage",
  "encourages",
  "encouraged",
  "require",
  "requires",
  "required",
  "want",
  "wants",
  "expect",
  "expects",
  "ask",
  "asks",
  "asked",
  "lead",
  "leads",
  "led",
]);
/** The people such a verb acts on ('them', 'staff', 'carers'). */
const PERSONS = new Set([
  "them",
  "him",
  "her",
  "us",
  "it",
  "staff",
  "people",
  "children",
  "families",
  "parents",
  "carers",
  "workers",
  "leavers",
  "managers",
  "practitioners",
]);
/** Words that end a purpose: what follows is set against it. */
const CONTRASTING = new Set(["but", "yet", "however", "whereas", "although", "though"]);
/** Words that open a parenthesis inside a clause ('the police, who chair the MARAC, ...'). */
const PARENTHETIC = new Set(["who", "which", "whose", "including", "such"]);

/** Whether the gap before token `index` holds clause punctuation. */
export function breaksBefore(sentence: string, tokens: readonly WordToken[], index: number): boolean {
  if (index <= 0) return false;
  const previous = tokens[index - 1] as WordToken;
  const token = tokens[index] as WordToken;
  return CLAUSE_PUNCTUATION.test(sentence.slice(previous.end, token.start));
}

/** Whether a finite verb stands before token `t` in its clause ('there *is* more work to ...'). */
function finiteBefore(sentence: string, tokens: readonly WordToken[], t: number): boolean {
  for (let u = t - 1; u >= 0; u--) {
    if (FINITE.has((tokens[u] as WordToken).lower)) return true;
    if (breaksBefore(sentence, tokens, u)) return false;
  }
  return false;
}

/** Words of a purpose opener at token `t`: 'in order to', 'so that', 'to (routinely) review'; else 0. */
function purposeAt(tokens: readonly WordToken[], t: number, markers: ClauseMarkers): number {
  const phrase = markers.purpose.at(tokens, t);
  if (phrase > 0) return phrase;
  if (tokens[t]?.lower !== "to") return 0;
  const next = tokens[t + 1]?.lower ?? "";
  if (markers.purposeVerbs.has(next)) return 2;
  const adverb = /ly$/u.test(next) && markers.purposeVerbs.has(tokens[t + 2]?.lower ?? "");
  return adverb ? 3 : 0;
}

/** First token after `from` that follows clause punctuation, or the end. */
function clauseEnd(sentence: string, tokens: readonly WordToken[], from: number): number {
  for (let t = from + 1; t < tokens.length; t++) if (breaksBefore(sentence, tokens, t)) return t;
  return tokens.length;
}

/**
 * Reads the clause structure of a sentence from its connectives and punctuation: an opening
 * concession or circumstance runs to the first clause break; a contrast word in mid-sentence ('but',
 * 'however', 'whereas', ', while') splits it in two sides; a later 'when/where/if' or purpose
 * ('to ensure', 'so that') clause runs to the next break. A sentence-opening 'However' contrasts with
 * the sentence before, not within, and is skipped.
 */
export function clauseStructure(
  sentence: string,
  tokens: readonly WordToken[],
  markers: ClauseMarkers,
): ClauseStructure {
  const roles: ClauseRole[] = tokens.map(() => "main");
  const side: number[] = tokens.map(() => 0);
  let kind: ClauseStructure["kind"] = "none";
  let start = 0;
  // 'However, ...' / 'In addition, ...' at the start: the connective belongs to the previous sentence.
  while (
    start < tokens.length &&
    ["however", "nevertheless", "nonetheless", "also", "additionally", "overall"].includes(
      (tokens[start] as WordToken).lower,
    )
  )
    start++;

  const mark = (from: number, to: number, role: ClauseRole) => {
    for (let t = from; t < to; t++) if (roles[t] === "main") roles[t] = role;
  };

  // An opening concession or circumstance: to the first clause break.
  const override = markers.overriddenConcession.at(tokens, start);
  const concession = override > 0 ? 0 : markers.concession.at(tokens, start);
  const circumstance = override + concession > 0 ? 0 : markers.circumstance.at(tokens, start);
  if (override + concession + circumstance > 0) {
    let end = clauseEnd(sentence, tokens, start);
    // 'Although the police, who chair the MARAC, report ...': a parenthesis does not end the clause.
    while (end < tokens.length && (end - start < 4 || PARENTHETIC.has((tokens[end] as WordToken).lower))) {
      // Past the parenthesis, the clause it interrupted runs on to its own break.
      if (PARENTHETIC.has((tokens[end] as WordToken).lower)) end = clauseEnd(sentence, tokens, end);
      end = clauseEnd(sentence, tokens, end);
    }
    if (end < tokens.length) {
      mark(start, end, override + concession > 0 ? "concession" : "circumstance");
      if (override > 0) kind = "override";
      else if (concession > 0) kind = "concession";
    }
  }

  for (let t = start + 1; t < tokens.length; t++) {
    if (roles[t] !== "main") continue;
    const token = tokens[t] as WordToken;
    const broken = breaksBefore(sentence, tokens, t);
    const gap = sentence.slice((tokens[t - 1] as WordToken).end, token.start);
    // 'but also' adds, it does not contrast ('not only X but also Y'); ', however,' links to the sentence
    // before, and contrasts within only after a semicolon.
    const contrast =
      markers.contrast.at(tokens, t) > 0 &&
      tokens[t + 1]?.lower !== "also" &&
      (token.lower !== "however" || gap.includes(";"));
    if (contrast && kind === "none" && (broken || token.lower === "but" || token.lower === "whereas")) {
      kind = "contrast";
      for (let u = t; u < tokens.length; u++) side[u] = 1;
      continue;
    }
    // ', although X' / ', while evident,' / 'that while X, ...': a concession to the next clause break.
    const opens = broken || tokens[t - 1]?.lower === "that";
    const concessive = opens ? markers.concession.at(tokens, t) : 0;
    const overriding = opens ? markers.overriddenConcession.at(tokens, t) : 0;
    if (concessive + overriding > 0 && kind === "none") {
      mark(t, clauseEnd(sentence, tokens, t), "concession");
      kind = overriding > 0 ? "override" : "concession";
      continue;
    }
    const circumstanceHere = markers.circumstance.at(tokens, t);
    if (circumstanceHere > 0) {
      mark(t, clauseEnd(sentence, tokens, t), "circumstance");
      continue;
    }
    // 'are helped to develop ...', 'are not enabled to develop ...': a complement, not a purpose.
    // ... or 'causes them to make slow progress': the verb's object stands between.
    const complement =
      COMPLEMENT_TAKING.has(tokens[t - 1]?.lower ?? "") ||
      (OBJECT_COMPLEMENT.has(tokens[t - 2]?.lower ?? "") && PERSONS.has(tokens[t - 1]?.lower ?? ""));
    const purpose = complement ? 0 : purposeAt(tokens, t, markers);
    if (purpose > 0) {
      // 'Delegation ... to enable carers to decide is clear': an infinitive purpose ends at the main verb;
      // any purpose ends where a contrast begins ('to improve X but does not set out clear actions').
      let end = clauseEnd(sentence, tokens, t);
      const contrastAt = tokens.findIndex((other, u) => u > t && u < end && CONTRASTING.has(other.lower));
      if (contrastAt > 0) end = contrastAt;
      const subject = !finiteBefore(sentence, tokens, t);
      if (token.lower === "to" && subject) {
        const verb = tokens.findIndex((other, u) => u > t && u < end && COPULAS.has(other.lower));
        if (verb > 0) end = verb;
      }
      mark(t, end, "purpose");
    }
  }
  return { roles, side, kind };
}
