/**
 * A lower-case kebab-case id from a name: `Jane A. Smith` → `jane-a-smith`,
 * `Children's Services` → `childrens-services`. Accents are folded; returns '' for a name with no letters
 * or digits.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
