const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  hellip: "\u2026",
  bull: "\u2022",
  pound: "\u00a3",
};

/**
 * Removes inline Markdown and HTML from one line of text, keeping the words: `**bold**`, `*italic*`,
 * `__bold__`, `` `code` ``, `[link](url)` → its text, HTML tags (a list item's `<li>` and a paragraph's
 * `<p>` become a space), and character entities (`&amp;`, `&#8217;`) decoded.
 * @example stripMarkup("<b>Overall effectiveness</b>") // "Overall effectiveness"
 */
export function stripMarkup(line: string): string {
  return decodeEntities(
    line
      .replace(/<\/?(?:li|p|br|div|tr|td|th|ul|ol)\b[^>]*>/gi, " ")
      .replace(/<\/?[a-z][a-z0-9]*\b[^>]*>/gi, "")
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
      .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, "$1")
      .replace(/`([^`]+)`/g, "$1")
      .replace(/\*\*/g, ""),
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
