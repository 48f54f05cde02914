import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ExtractedDocument, extractDocument } from "../../../src/extract/extractDocument.ts";

/** Where the seed documents and the corpus PDF fixtures are kept in the repository. */
export const SEED_DIR = fileURLToPath(new URL("../../../seed/", import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL("../../fixtures/", import.meta.url));

export const readSeed = (file: string): Uint8Array => new Uint8Array(readFileSync(`${SEED_DIR}${file}`));
export const readFixture = (file: string): Uint8Array =>
  new Uint8Array(readFileSync(`${FIXTURE_DIR}${file}`));

/** Extracts a seed or fixture document by its file name, as the CLI would. */
export function extractSeed(file: string): Promise<ExtractedDocument> {
  return extractDocument({ source: file, bytes: readSeed(file) });
}
export function extractFixture(file: string): Promise<ExtractedDocument> {
  return extractDocument({ source: file, bytes: readFixture(file) });
}
