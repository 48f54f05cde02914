/** Honorifics before a name. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+/i;
/** Titles and marks after a name: 'HMI', 'Senior HMI', 'HMI Designate', '(OI)', 'Associate Inspector', ', His Majesty's Inspector'. */
const AFTER_NAME =
  /(?:,?\s*(?:\(?\s*(?:Senior\s+)?HMI(?:\s+Designate)?\s*\)?|\(OI\)|\((?:Senior )?HMI\)|(?:Her|His)\s+Majesty[’']s\s+Inspector(?:\s+of\s+\w+)?|(?:Ofsted|Associate)\s+Inspector))+\s*$/i;
/** 'OI' (Ofsted Inspector) and 'AI' (Associate Inspector) after a name, in capitals only. */
const AFTER_NAME_ABBREVIATION = /\s+\(?(?:OI|AI)\)?$/;
const NAME_WORD =
  /^(?:[A-Z][a-zà-ÿ]*(?:[’'][A-Z]?[a-zà-ÿ]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|[A-Z][a-z]*[’'][A-Z][a-z]+)(?:-[A-Z][a-zà-ÿ’']+)*$/;
/**
 * A first name may be hyphenated with its second part in lower case, as printed: 'Jenny-ellen'; not a
 * prefixed word ('Multi-agency', 'Co-ordinated'), which would make a service's name pass for a person's.
 */
const FIRST_NAME_WORD =
  /^(?!(?:Multi|Co|Non|Self|Anti|Pre|Post|Inter|Cross|Well|Sub|Re|Tri|Pan|Out|Over|Under|Mid|Semi)-)[A-Z][a-zà-ÿ]+(?:-[A-Za-zà-ÿ][a-zà-ÿ’']+)+$/;

/**
 * A person's name in one canonical form, so that the same person compares equal across documents:
 * honorifics ('Mr', 'Dr'), post-nominal marks ('HMI', '(OI)', 'His Majesty's Inspector') and middle
 * initials removed, spaces around hyphens closed; letters otherwise kept as printed ('Jenny-ellen Smith').
 * Returns null when what is left does not look like a name of two to four capitalised words.
 * @example normalisePersonName("Jane A. Smith HMI") // "Jane Smith"
 * @example normalisePersonName("Paula Thomson -Jones") // "Paula Thomson-Jones"
 */
export function normalisePersonName(raw: string): string | null {
  const cleaned = raw
    .replace(/\s+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .trim()
    .replace(/\.$/, "")
    .replace(AFTER_NAME, "")
    .replace(AFTER_NAME_ABBREVIATION, "")
    .replace(HONORIFIC, "")
    .replace(/[.,;:]+$/, "")
    .trim();
  const words = cleaned.split(" ").filter((word, index, all) => {
    const initial = /^[A-Z]\.?$/.test(word);
    return !(initial && index > 0 && index < all.length - 1);
  });
  if (words.length < 2 || words.length > 4) return null;
  const nameLike = (word: string, index: number) =>
    NAME_WORD.test(word) || (index === 0 && FIRST_NAME_WORD.test(word));
  if (!words.every(nameLike)) return null;
  return words.join(" ");
}
