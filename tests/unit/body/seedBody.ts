import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DocumentKind } from "../../../src/domain/InspectionRecord.ts";
import { type BodyExtraction, extractBody } from "../../../src/extract/body/extractBody.ts";
import type { NormalisedDocument } from "../../../src/extract/NormalisedDocument.ts";
import { normaliseText } from "../../../src/extract/text/normaliseText.ts";

/** The five seed documents, with what the body extractor needs to know of each. */
export const SEEDS = {
  focusedVisit2021: { file: "000_aa5e2f3db9255759.txt", kind: "OFSTED_LETTER", authorityId: "hertfordshire" },
  letter2011: { file: "001_a643c10b153d5cb1.txt", kind: "OFSTED_LETTER", authorityId: "hertfordshire" },
  news2018: { file: "002_a80193cf62a1e509.txt", kind: "NEWS_ARTICLE", authorityId: "hertfordshire" },
  council2019: { file: "003_56be7b61e08d6d3a.txt", kind: "COUNCIL_REPORT", authorityId: "hertfordshire" },
  monitoringVisit2024: {
    file: "004_9cc7dc072bc3e040.txt",
    kind: "OFSTED_LETTER",
    authorityId: "herefordshire",
  },
} as const satisfies Record<string, { file: string; kind: DocumentKind; authorityId: string }>;

export type SeedName = keyof typeof SEEDS;

const seedDir = fileURLToPath(new URL("../../../seed/", import.meta.url));

/** A seed read and normalised as the extract pipeline does, with its body extracted. */
export function seedBody(name: SeedName): { doc: NormalisedDocument; body: BodyExtraction } {
  const seed = SEEDS[name];
  const doc = normaliseText(seed.file, "0".repeat(64), readFileSync(`${seedDir}${seed.file}`, "utf8"));
  return { doc, body: extractBody(doc, { kind: seed.kind, authorityId: seed.authorityId }) };
}

/** Whether `text` is what the span points at: the slice itself, or (whitespace aside) contained in it. */
export function spanHolds(
  doc: NormalisedDocument,
  span: { start: number; end: number },
  text: string,
): boolean {
  const slice = doc.text.slice(span.start, span.end);
  if (slice === text) return true;
  const squash = (value: string) => value.replace(/\s+/g, " ").trim();
  return squash(slice).includes(squash(text));
}
