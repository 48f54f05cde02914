/**
 * Characters that open a list item when they start a line: typographic bullets, squares, arrows, dashes
 * (and the combining stroke U+0336 some PDFs draw as one) and the private-use glyphs of symbol fonts
 * (U+F06E, U+F0A7, ...) that PDFs print as bullets.
 */
const BULLET =
  /^(?:[\u2022\u2023\u2043\u2219\u25aa\u25ab\u25a0\u25a1\u25cf\u25cb\u25e6\u25fb\u25fc\u25fe\u27a2\u25ba\u25b6\u2713\u2714\u00b7\u2500\uf000-\uf0ff*]|\u0336|[-\u2013\u2014\u2015](?=\s))\s*/u;

/** Zero-width characters, soft hyphens and stray private-use glyphs: nothing a reader sees as text. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\ue000-\uf8ff]/gu;

/** Control characters other than tab and line breaks. */
const CONTROL = /[^\P{Cc}\t\n\r]/gu;

/**
 * Normalises the inside of one line: invisible and control characters removed, every whitespace run
 * (tabs, no-break spaces, ...) collapsed to one space, ends trimmed. Typographic quotes and dashes stay.
 */
export function cleanInline(text: string): string {
  return text.replace(CONTROL, "").replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
}

/**
 * If `text` starts with a bullet glyph, returns the text after it; otherwise null.
 * @example stripBullet("\uf06e Achieving the right balance") // "Achieving the right balance"
 */
export function stripBullet(text: string): string | null {
  const match = BULLET.exec(text);
  if (!match) return null;
  return text.slice(match[0].length);
}

/** True when the whole string is a bullet glyph (a PDF often prints the bullet as its own text run). */
export function isBulletGlyph(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length === 1 && stripBullet(`${trimmed} x`) !== null;
}
