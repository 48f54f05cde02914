import type { Authority } from "../../domain/InspectionRecord.ts";
import data from "./authorities.json" with { type: "json" };

interface AuthorityEntry {
  id: string;
  name: string;
  aliases: string[];
}

const AUTHORITIES: AuthorityEntry[] = data.authorities;

/** Every way of writing each name: as listed, in capitals, and with 'upon', 'and', 'of' capitalised. */
function spellings(name: string): string[] {
  const titled = name.replace(
    /\b(upon|and|of|with|on|the)\b/g,
    (word) => word[0]?.toUpperCase() + word.slice(1),
  );
  return [...new Set([name, name.toUpperCase(), titled])];
}

const BY_SPELLING = new Map<string, AuthorityEntry>();
for (const entry of AUTHORITIES) {
  for (const name of [entry.name, ...entry.aliases])
    for (const spelling of spellings(name)) BY_SPELLING.set(spelling, entry);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** All spellings, longest first, so that 'North Somerset' wins over 'Somerset' at the same place. */
const NAME_PATTERN = new RegExp(
  `(?<![\\w-])(?:${[...BY_SPELLING.keys()]
    .sort((a, b) => b.length - a.length)
    .map((spelling) => escapeRegExp(spelling).replace(/ /g, "\\s+"))
    .join("|")})(?![\\w-])`,
  "g",
);

/** A UK postcode just after a place name marks a postal address ('Manchester M1 2WD'), not the subject. */
const POSTCODE_AFTER = /^,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

/** How many characters of the text are searched, and the head (title, subject line) whose mentions count thrice. */
const SEARCHED = 20_000;
const HEAD = 600;

/**
 * The local authority a document is about, from a curated list of English children's services
 * authorities (authorities.json): every name and alias mentioned in the text is counted, mentions in the
 * first lines (the title, a letter's subject) count thrice, and place names in postal addresses (Ofsted's
 * own 'Manchester M1 2WD') are left out; ties go to the earliest named. 'Hertfordshire County Council'
 * and 'Hertfordshire' are one authority; 'Herefordshire' is another. Null when no listed authority is named.
 * @example resolveAuthority("Inspection of Kingston Upon Hull City Council ...") // { id: "kingston-upon-hull", name: "Kingston upon Hull" }
 */
export function resolveAuthority(text: string): Authority | null {
  const scores = new Map<AuthorityEntry, { score: number; first: number }>();
  const searched = text.slice(0, SEARCHED);
  for (const match of searched.matchAll(NAME_PATTERN)) {
    const end = match.index + match[0].length;
    if (POSTCODE_AFTER.test(searched.slice(end, end + 12))) continue;
    const entry = BY_SPELLING.get(match[0].replace(/\s+/g, " "));
    if (!entry) continue;
    const current = scores.get(entry) ?? { score: 0, first: match.index };
    current.score += match.index < HEAD ? 3 : 1;
    scores.set(entry, current);
  }
  let best: AuthorityEntry | undefined;
  let bestScore = { score: 0, first: 0 };
  for (const [entry, score] of scores) {
    if (
      !best ||
      score.score > bestScore.score ||
      (score.score === bestScore.score && score.first < bestScore.first)
    ) {
      best = entry;
      bestScore = score;
    }
  }
  return best ? { id: best.id, name: best.name } : null;
}

/**
 * The authority a file name gives, as Ofsted names its downloads ('80475_hertfordshire__19-november-2018.pdf',
 * '80546_windsor-maidenhead__...'): a fallback for a document whose text names none. Null if none matches.
 */
export function authorityFromFileName(source: string): Authority | null {
  const name = source.split(/[\\/]/).pop()?.toLowerCase() ?? "";
  const words = (slug: string) => slug.replace(/-and-/g, "-");
  const part = /^\d+_([a-z-]+?)__/.exec(name)?.[1];
  if (!part) return null;
  const entry = AUTHORITIES.find((candidate) => words(candidate.id) === words(part));
  return entry ? { id: entry.id, name: entry.name } : null;
}
