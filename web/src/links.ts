/** Shareable paths of the explorer's pages; ids are encoded whole (visit ids hold a slash). */
export const links = {
  home: () => "/",
  authority: (id: string) => `/authority/${encodeURIComponent(id)}`,
  visit: (id: string) => `/visit/${encodeURIComponent(id)}`,
  recommendation: (id: string) => `/recommendation/${encodeURIComponent(id)}`,
  document: (id: string, passage?: { start: number; end: number }) =>
    `/document/${encodeURIComponent(id)}${passage ? `#${passageAnchor(passage.start, passage.end)}` : ""}`,
  theme: (id: string) => `/theme/${encodeURIComponent(id)}`,
  serviceKind: (id: string) => `/service-kind/${encodeURIComponent(id)}`,
  graph: (kind: string, id: string) => `/graph/${encodeURIComponent(`${kind}:${id}`)}`,
};

/** The id of a passage's element on a document page: `passage-<start>-<end>` (offsets into the text). */
export function passageAnchor(start: number, end: number): string {
  return `passage-${start}-${end}`;
}

/** `2018-10-15` as `15 October 2018`, `2018-10` as `October 2018`. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "date unknown";
  const [y, m, d] = date.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : "", month ?? "", y].filter(Boolean).join(" ");
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `REQUIRES_IMPROVEMENT` as `Requires improvement`. */
export function humanise(value: string): string {
  const text = value.replace(/_/g, " ").toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
