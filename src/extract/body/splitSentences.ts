/** Offsets [start, end) of one sentence in the document's text, surrounding space excluded. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter("en-GB", { granularity: "sentence" });
/** Words after which a full stop does not end a sentence ('Ms. Coles', 'para. 27'). */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Miss|Dr|Prof|St|Cllr|No|Nos|para|paras|approx|incl|ref|vs|cf)\.$/iu;

/**
 * Splits text[start, end) into sentences with the platform's Unicode sentence segmenter (Intl.Segmenter),
 * then rejoins what it split too eagerly: after a title or abbreviation ('Ms. Coles'), before a
 * lower-case continuation, or before a bracketed reference ('(page 13, paragraph 27)').
 */
export function splitSentences(text: string, start: number, end: number): SentenceSpan[] {
  const passage = text.slice(start, end).replace(/\n/g, " ");
  const spans: SentenceSpan[] = [];
  for (const segment of segmenter.segment(passage)) {
    const raw = segment.segment;
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const span = { start: start + segment.index + lead, end: start + segment.index + lead + trimmed.length };
    const previous = spans[spans.length - 1];
    if (previous !== undefined && joinsPrevious(text.slice(previous.start, previous.end), trimmed)) {
      previous.end = span.end;
    } else {
      spans.push(span);
    }
  }
  return spans;
}

function joinsPrevious(previous: string, sentence: string): boolean {
  if (ABBREVIATION.test(previous)) return true;
  if (/^[a-z]/u.test(sentence)) return true;
  return /^\((?:page|pages|paragraph|paragraphs|para|see)\b/iu.test(sentence);
}
