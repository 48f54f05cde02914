/** Words that name the kind of council rather than the place: 'Bristol, City of' is Bristol. */
const GENERIC = new Set([
  "and",
  "the",
  "of",
  "city",
  "county",
  "council",
  "borough",
  "royal",
  "metropolitan",
]);

/**
 * A name reduced to the words that tell places apart: lower case, '&' read as 'and', punctuation and
 * generic words dropped, so that 'Telford & Wrekin', 'telford-wrekin' and 'Telford and Wrekin Council'
 * agree. A name of generic words only keeps them, so it never becomes empty.
 */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’.]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const distinctive = words.filter((w) => !GENERIC.has(w));
  return (distinctive.length > 0 ? distinctive : words).join(" ");
}
