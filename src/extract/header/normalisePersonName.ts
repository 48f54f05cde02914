/** Honorifics before a name. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+/i;
/** Titles and marks after a name: 'HMI', 'Senior HMI', '(OI)', ', His Majesty's Inspector'. */
const AFTER_NAME =
  /(?:,?\s*(?:\(?\s*(?:Senior\s+)?HMI\s*\)?|\(OI\)|\((?:Senior )?HMI\)|(?:Her|His)\s+Majesty[’']s\s+Inspector(?:\s+of\s+\w+)?|Ofsted\s+Inspector))+\s*$/i;
const NAME_WORD =
  /^(?:[A-Z][a-zà-ÿ]*(?:[’'][A-Z]?[a-zà-ÿ]+)?|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|[A-Z][a-z]*[’'][A-Z][a-z]+)(?:-[A-Z][a-zà-ÿ’']+)*$/;

/**
 * A person's name in one canonical form, so that the same person compares equal across documents:
 * honorifics ('Mr', 'Dr'), post-nominal marks ('HMI', '(OI)', 'His Majesty's Inspector') and middle
 * initials removed, spaces around hyphens closed. Returns null when what is left does not look like a
 * name of two to four capitalised words.
 * @example normalisePersonName("Jane A. Smith HMI") // "Jane Smith"
 * @example normalisePersonName("Paula Thomson -Jones") // "Paula Thomson-Jones"
 */
export function normalisePersonName(raw: string): string | null {
  const cleaned = raw
    .replace(/\s+/g, " ")
    .replace(/\s*-\s*/g, "-")
    .trim()
    .replace(AFTER_NAME, "")
    .replace(HONORIFIC, "")
    .replace(/[.,;:]+$/, "")
    .trim();
  const words = cleaned.split(" ").filter((word, index, all) => {
    const initial = /^[A-Z]\.?$/.test(word);
    return !(initial && index > 0 && index < all.length - 1);
  });
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((word) => NAME_WORD.test(word))) return null;
  return words.join(" ");
}
