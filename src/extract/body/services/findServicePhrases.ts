import type { Block } from "../documentBlocks.ts";
import { SERVICE_PHRASE_GRAMMAR as grammar } from "./ServicePhraseGrammar.ts";

/** A noun phrase of a block that names a service by its head noun: 'the multi-agency Compass service'. */
export interface ServicePhrase {
  /** Offsets [start, end) in the document's text, from the first word of the name to the head. */
  start: number;
  end: number;
  /** The name as written, spaces collapsed, quotes dropped: 'multi-agency Compass service'. */
  name: string;
  /** The head noun in lower case: 'service'. */
  head: string;
  /** An acronym the phrase defines inside it: 'Integrated Early Support (IES) service' → 'IES'. */
  acronym: string | null;
  /**
   * The proper name in it, from the capitalised run of its first distinctive word to the word before the head
   * ('Compass' in 'multi-agency Compass service'), else null for a generic phrase ('fostering team').
   */
  properName: string | null;
  /** The capitalised run that opens the proper name ('Compass' in 'Compass front door'), else null. */
  properCore: string | null;
  /** The kind, where the finder knows it better than the name's words tell ('Tees Valley Adoption'). */
  kind?: string;
}

type TokenKind = "word" | "acronym" | "quote" | "punct";
interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  surface: string;
  lower: string;
  /** First word of its sentence, where a capital says nothing. */
  initial: boolean;
}

const TOKEN = /\([A-Z][A-Za-z&+-]{0,10}\)|[A-Z]&[A-Z]|[\p{L}\p{N}]+(?:['’/-][\p{L}\p{N}]+)*\+?|\S/gu;
const QUOTES = new Set(["‘", "’", "'", '"', "“", "”"]);
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "•", "-", "–"]);
const CONJUNCTIONS = new Set(["and", "and/or", "&", "/"]);
const NAME_LINKS = new Set(["to", "of", "for", "in", "on", "my", "and", "&"]);
const MAX_WORDS = 9;

/**
 * The service phrases of a block: a head noun ('team', 'panel', ...) and the words before it, walked
 * leftwards until a determiner, preposition, verb or punctuation ('by the emergency duty team' →
 * 'emergency duty team'). Kept when the phrase holds a proper name ('Compass service') or a word that
 * says what the service does ('fostering team'), unless its words are all too vague ('social work
 * teams'). Whether it is a service at all (not a board, not an organisation) is the caller's check.
 */
export function findServicePhrases(text: string, block: Block): ServicePhrase[] {
  const tokens = tokenise(block.text);
  const phrases: ServicePhrase[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (head.kind !== "word" || !isHead(headWord(head))) continue;
    const next = tokens[h + 1];
    // 'the emergency duty team service': the name goes on to the last head.
    if (next?.kind === "word" && isHead(next.lower)) continue;
    const quoted = quotedNameBefore(tokens, h);
    const first = leftEdge(tokens, quoted ?? h);
    if (first === h) continue;
    const phrase = phraseOf(text, block, tokens, first, h, quoted);
    if (phrase === null) continue;
    const split = phrase.properName === null ? splitCoordinated(text, block, tokens, first, h) : null;
    phrases.push(...(split ?? [phrase]));
  }
  return phrases;
}

/**
 * Two services named by one plural head, 'the emergency duty and youth offending teams' → 'emergency
 * duty teams' and 'youth offending teams'; null when the head is singular ('the fostering and adoption
 * panel' is one panel) or the 'and' is inside a compound ('drug and alcohol'). A side too vague to
 * name a service is dropped ('fieldwork and care teams' → 'fieldwork teams').
 */
function splitCoordinated(
  text: string,
  block: Block,
  tokens: readonly Token[],
  first: number,
  h: number,
): ServicePhrase[] | null {
  const head = tokens[h] as Token;
  if (!/[^s]s$/u.test(headWord(head))) return null;
  const joins: number[] = [];
  for (let j = first; j < h; j++) {
    const compound = compoundStartingAt(tokens, j);
    if (compound > 0) j += compound - 1;
    else if (CONJUNCTIONS.has((tokens[j] as Token).lower)) joins.push(j);
  }
  if (joins.length !== 1) return null;
  const join = joins[0] as number;
  const leftTokens = [...tokens.slice(0, join), head];
  const left = phraseOf(text, block, leftTokens, first, join, null);
  const right = phraseOf(text, block, tokens, join + 1, h, null);
  if (left === null && right === null) return null;
  if (left === null) return [right as ServicePhrase];
  const leftEnd = block.start + (tokens[join - 1] as Token).end;
  const leftName = `${clean(text.slice(left.start, leftEnd))} ${head.surface}`;
  return [{ ...left, end: leftEnd, name: leftName }, ...(right === null ? [] : [right])];
}

/** Length of a compound ('edge of care') whose first word is token j, else 0. */
function compoundStartingAt(tokens: readonly Token[], j: number): number {
  for (const words of grammar.compounds) {
    if (j + words.length > tokens.length) continue;
    if (words.every((word, k) => tokens[j + k]?.kind === "word" && tokens[j + k]?.lower === word))
      return words.length;
  }
  return 0;
}

const OPENING_QUOTES = new Set(["‘", "“"]);
const CLOSING_QUOTES = new Set(["’", "”"]);

/**
 * Index of the opening quote of a quoted name right before head `h` ('the ‘sleep on it’ project'), or
 * null. Inside quotes every word belongs to the name, small words included.
 */
function quotedNameBefore(tokens: readonly Token[], h: number): number | null {
  const close = tokens[h - 1];
  if (close === undefined || !CLOSING_QUOTES.has(close.surface)) return null;
  for (let j = h - 2; j >= Math.max(0, h - 8); j--) {
    const token = tokens[j] as Token;
    if (OPENING_QUOTES.has(token.surface)) return j < h - 2 ? j : null;
    if (token.kind !== "word") return null;
  }
  return null;
}

function isHead(lower: string): boolean {
  return grammar.heads.has(lower) || grammar.conditionalHeads.has(lower);
}

/** The head noun without a possessive: 'the Independent Review Unit's chair' → 'unit'. */
function headWord(token: Token): string {
  return token.lower.replace(/['’]s$/u, "");
}

function tokenise(line: string): Token[] {
  const tokens: Token[] = [];
  let initial = true;
  for (const match of line.matchAll(TOKEN)) {
    const surface = match[0];
    const kind: TokenKind =
      surface.startsWith("(") && surface.length > 2
        ? "acronym"
        : QUOTES.has(surface)
          ? "quote"
          : /[\p{L}\p{N}]/u.test(surface)
            ? "word"
            : "punct";
    tokens.push({
      kind,
      start: match.index,
      end: match.index + surface.length,
      surface,
      lower: surface.toLowerCase(),
      initial: initial && kind === "word",
    });
    if (kind === "word") initial = false;
    else if (kind === "punct" && SENTENCE_END.has(surface)) initial = true;
  }
  return tokens;
}

/** Index of the first token of the name ending at head `h` (h itself when there is none). */
function leftEdge(tokens: readonly Token[], h: number): number {
  let first = h;
  let words = 0;
  let j = h - 1;
  while (j >= 0 && words < MAX_WORDS) {
    const token = tokens[j] as Token;
    if (token.kind === "quote" || token.kind === "acronym") {
      j--;
      continue;
    }
    if (token.kind === "punct") break;
    const compound = compoundEndingAt(tokens, j);
    if (compound > 0) {
      first = j - compound + 1;
      words += compound;
      j -= compound;
      continue;
    }
    // A head noun names a service of its own unless it stands right before the head ('duty team service').
    if (j < h - 1 && grammar.heads.has(token.lower)) break;
    if (!belongsToName(tokens, j, first)) break;
    first = j;
    words++;
    j--;
  }
  // Quotes and acronyms left of the first word are not part of the name.
  while (first < h && (tokens[first] as Token).kind !== "word") first++;
  // An owner's possessive and what comes before it are not part of the name: 'Devon's fostering team',
  // 'Windsor and Maidenhead's services'; 'Vulnerable Children's Panel' keeps its service word.
  for (let k = h - 1; k >= first; k--) {
    const token = tokens[k] as Token;
    if (
      token.kind === "word" &&
      isCapitalised(token) &&
      /['’]s$/u.test(token.surface) &&
      !isServiceWord(token.lower)
    ) {
      first = k + 1;
      break;
    }
  }
  // Links at the left edge are not part of the name.
  while (first < h) {
    const token = tokens[first] as Token;
    if (NAME_LINKS.has(token.lower) || CONJUNCTIONS.has(token.lower)) first++;
    else if (isCapitalised(token) && /['’]s$/u.test(token.surface) && !isServiceWord(token.lower)) first++;
    else break;
  }
  return first;
}

/** Length of a compound ('edge of care') whose last word is token j, else 0. */
function compoundEndingAt(tokens: readonly Token[], j: number): number {
  for (const words of grammar.compounds) {
    const from = j - words.length + 1;
    if (from < 0) continue;
    let same = true;
    for (let k = 0; k < words.length && same; k++) {
      const token = tokens[from + k] as Token;
      same = token.kind === "word" && token.lower === words[k];
    }
    if (same) return words.length;
  }
  return 0;
}

/** Whether word j, left of the name that starts at `first`, belongs to it. */
function belongsToName(tokens: readonly Token[], j: number, first: number): boolean {
  const token = tokens[j] as Token;
  const left = tokens[j - 1];
  const right = tokens[first];
  const lower = token.lower;
  if (CONJUNCTIONS.has(lower) || NAME_LINKS.has(lower)) {
    // Inside a proper name ('Access to Resources team', 'Voice and Influence team') or joining two
    // descriptions of a service ('fostering and adoption panel').
    if (left === undefined || left.kind !== "word" || right === undefined) return false;
    if (isCapitalised(left) && isCapitalised(right) && !grammar.stops.has(left.lower)) return true;
    const describes = (word: Token) => isServiceWord(word.lower) || grammar.keepWords.has(word.lower);
    return CONJUNCTIONS.has(lower) && describes(left) && describes(right);
  }
  if (grammar.stops.has(lower)) return false;
  if (/(?:ed|ing|ly)$/u.test(lower) && !grammar.keepWords.has(lower) && !isServiceWord(lower)) {
    return isCapitalised(token) && !token.initial;
  }
  return true;
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.surface);
}

function isServiceWord(lower: string): boolean {
  if (grammar.serviceWords.has(lower) || /^\d+\+$/u.test(lower)) return true;
  // 'edge-of-care', 'post-adoption': a hyphenated word is one when a part is.
  return lower.includes("-") && lower.split("-").some((part) => grammar.serviceWords.has(part));
}

/** A capitalised word that names rather than describes: not a service word, not sentence-initial. */
function isDistinctive(token: Token): boolean {
  if (token.kind !== "word" || !isCapitalised(token)) return false;
  const allCaps = token.surface.length > 1 && token.surface === token.surface.toUpperCase();
  if (token.initial && !allCaps) return false;
  const bare = token.lower.replace(/['’]s$/u, "");
  return (
    !isServiceWord(token.lower) &&
    !isServiceWord(bare) &&
    !grammar.heads.has(bare) &&
    !grammar.stops.has(bare) &&
    !NAME_LINKS.has(bare) &&
    !/^multi-?agency$/u.test(bare) &&
    !/^\d/u.test(bare)
  );
}

function phraseOf(
  text: string,
  block: Block,
  tokens: readonly Token[],
  first: number,
  h: number,
  quoted: number | null,
): ServicePhrase | null {
  const inside = tokens.slice(first, h);
  const words = inside.filter((token) => token.kind === "word");
  const after = tokens[h + 1];
  const trailing = after?.kind === "acronym" ? after : undefined;
  const acronym =
    (inside.find((token) => token.kind === "acronym") ?? trailing)?.surface.slice(1, -1) ?? null;
  const quotedWords = quoted === null ? [] : tokens.slice(quoted + 1, h - 1);
  // A quoted name opens the proper name unless a capitalised name comes before it ('Compass ‘front door’ service').
  const capitalised = runStart(words, words.findIndex(isDistinctive));
  const quotedFirst = quoted === null ? -1 : words.indexOf(quotedWords[0] as Token);
  const distinctive =
    capitalised >= 0 && (quotedFirst < 0 || capitalised < quotedFirst) ? capitalised : quotedFirst;
  const described = words.some(
    (token) => isServiceWord(token.lower) || isServiceWord(stripPossessive(token.lower)),
  );
  const modifiers = words.map((token) => token.lower).join(" ");
  if (distinctive < 0 && (!described || grammar.genericNames.has(modifiers))) return null;
  const head = tokens[h] as Token;
  const start = block.start + (tokens[first] as Token).start;
  // A possessive head ends the name before its ''s': 'the Independent Review Unit's report'.
  const headEnd = head.end - (head.surface.length - head.surface.replace(/['’]s$/u, "").length);
  const tail = capitalisedTail(tokens, h);
  const nameEnd = tail === null ? headEnd : (tokens[tail] as Token).end;
  const end = block.start + (trailing ? trailing.end : nameEnd);
  const lastNameWord = quoted === null ? words.length - 1 : words.indexOf(quotedWords.at(-1) as Token);
  let properName = distinctive < 0 ? null : nameBetween(text, block, words, distinctive, lastNameWord);
  let coreEnd = distinctive;
  while (coreEnd + 1 < words.length && isCapitalised(words[coreEnd + 1] as Token)) coreEnd++;
  const properCore = distinctive < 0 ? null : nameBetween(text, block, words, distinctive, coreEnd);
  const name = clean(text.slice(start, block.start + nameEnd));
  // 'the Joint Service for Disabled Children': the whole name is the proper name.
  if (tail !== null && properName !== null)
    properName = clean(text.slice(block.start + (words[distinctive] as Token).start, block.start + nameEnd));
  return { start, end, name, head: headWord(head), acronym, properName, properCore };
}

/**
 * Index of the last word of a capitalised continuation after a capitalised head ('Service' + ' for
 * Disabled Children'), or null.
 */
function capitalisedTail(tokens: readonly Token[], h: number): number | null {
  const head = tokens[h] as Token;
  const link = tokens[h + 1];
  if (!isCapitalised(head) || link === undefined || (link.lower !== "for" && link.lower !== "of"))
    return null;
  let last: number | null = null;
  for (let j = h + 2; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (token.kind === "word" && isCapitalised(token) && !grammar.stops.has(token.lower)) last = j;
    else if (token.kind === "word" && (token.lower === "and" || token.lower === "&") && last !== null)
      continue;
    else break;
  }
  return last;
}

/**
 * The first word of the capitalised run that holds word i: 'Family and Accommodation Support' for
 * 'Support', so that a title-case name is its own proper name, not its one unusual word.
 */
function runStart(words: readonly Token[], i: number): number {
  if (i < 0) return i;
  let start = i;
  while (start > 0) {
    const previous = words[start - 1] as Token;
    const beyond = words[start - 2];
    if (isCapitalised(previous) && !grammar.stops.has(previous.lower)) start--;
    else if (NAME_LINKS.has(previous.lower) && beyond !== undefined && isCapitalised(beyond)) start -= 2;
    else break;
  }
  return start;
}

function nameBetween(text: string, block: Block, words: readonly Token[], from: number, to: number): string {
  return clean(
    text.slice(block.start + (words[from] as Token).start, block.start + (words[to] as Token).end),
  );
}

function stripPossessive(lower: string): string {
  return lower.replace(/['’]s?$/u, "");
}

function clean(surface: string): string {
  return surface
    .replace(/[‘’“”"]/gu, (quote) => (quote === "’" ? "’" : ""))
    .replace(/(^|\s)’|’(?=\s|$)/gu, "$1")
    .replace(/\s+/gu, " ")
    .trim();
}
