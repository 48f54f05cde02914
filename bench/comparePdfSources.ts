/**
 * Extracts every PDF of the shared corpus twice, once with the text runs of pdf.js (the reader's source
 * until PDFium replaced it, bench/pdfjsPages.ts) and once with PDFium's (src/extract/pdf/pdfiumPages.ts),
 * and compares the two records field by field: `npm run compare:pdf-sources`.
 *
 * Prints how many documents and which fields differ, then the first differences of each field (the path
 * in the record and both values). A document one source refuses and the other reads is a difference
 * too; a document both refuse is compared by its message. Options:
 *   --text          also compare the normalised text and print the first differing lines of each document
 *   --only=<text>   only the files whose name contains <text>
 *   --show=<n>      how many differences to print per field (default 5)
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { AppError } from "../src/domain/AppError.ts";
import { type ExtractedDocument, extractDocument } from "../src/extract/extractDocument.ts";
import type { PdfRunReader } from "../src/extract/pdf/PageRuns.ts";
import { pdfiumPages } from "../src/extract/pdf/pdfiumPages.ts";
import { pdfjsPages } from "./pdfjsPages.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const folder = resolve(repoRoot, "../shared/corpus/ilacs");
const args = process.argv.slice(2);
const option = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
const compareText = args.includes("--text");
const only = option("only");
const show = Number(option("show") ?? 5);

type Outcome = { extracted: ExtractedDocument } | { refused: string };

async function extract(file: string, bytes: Uint8Array, readPdfRuns: PdfRunReader): Promise<Outcome> {
  try {
    return { extracted: await extractDocument({ source: file, bytes, readPdfRuns }) };
  } catch (error) {
    if (error instanceof AppError) return { refused: `${error.code}: ${error.message}` };
    throw error;
  }
}

/** Paths in `a` and `b` whose values differ: an array element by its index, an object by its key. */
function differences(
  a: unknown,
  b: unknown,
  path: string,
  out: Array<{ path: string; a: unknown; b: unknown }>,
) {
  if (isDeepStrictEqual(a, b)) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push({ path: `${path}.length`, a: a.length, b: b.length });
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys)
      differences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
        out,
      );
    return;
  }
  out.push({ path, a, b });
}

/** The field a difference belongs to: the record's top-level key, and for lists what of an element differs. */
function fieldOf(path: string): string {
  return path.replace(/\[\d+\]/g, "[]").replace(/^(\.[^.[]+(?:\[\])?(?:\.[^.[]+)?).*$/, "$1");
}

const brief = (value: unknown) => {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

const files = readdirSync(folder)
  .filter((name) => name.endsWith(".pdf") && (!only || name.includes(only)))
  .sort();
const byField = new Map<string, Array<{ file: string; path: string; a: unknown; b: unknown }>>();
const differingDocuments = new Set<string>();
const differingTexts: Array<{ file: string; a: string[]; b: string[] }> = [];
let readable = 0;
let refusedByBoth = 0;
const seconds = { pdfjs: 0, pdfium: 0 };

for (const name of files) {
  const file = join(folder, name);
  const bytes = new Uint8Array(readFileSync(file));
  let started = performance.now();
  const a = await extract(file, bytes, pdfjsPages);
  seconds.pdfjs += (performance.now() - started) / 1000;
  started = performance.now();
  const b = await extract(file, bytes, pdfiumPages);
  seconds.pdfium += (performance.now() - started) / 1000;
  const found: Array<{ path: string; a: unknown; b: unknown }> = [];
  if ("refused" in a || "refused" in b) {
    if ("refused" in a && "refused" in b) refusedByBoth += 1;
    differences("refused" in a ? a.refused : "read", "refused" in b ? b.refused : "read", ".outcome", found);
  } else {
    readable += 1;
    differences(a.extracted.record, b.extracted.record, "", found);
    if (compareText && a.extracted.text !== b.extracted.text) {
      differingTexts.push({ file: name, a: a.extracted.text.split("\n"), b: b.extracted.text.split("\n") });
    }
  }
  if (found.length > 0) differingDocuments.add(name);
  for (const difference of found) {
    const field = fieldOf(difference.path);
    const list = byField.get(field) ?? [];
    list.push({ file: name, ...difference });
    byField.set(field, list);
  }
  process.stderr.write(`${found.length === 0 ? "." : "x"}`);
}
process.stderr.write("\n");

console.log(`${files.length} files in ${folder}: ${readable} read by both, ${refusedByBoth} refused by both`);
console.log(`extraction time: pdf.js ${seconds.pdfjs.toFixed(1)} s, PDFium ${seconds.pdfium.toFixed(1)} s`);
console.log(`documents whose records differ: ${differingDocuments.size}`);
if (compareText) console.log(`documents whose normalised text differs: ${differingTexts.length}`);
const fields = [...byField.entries()].sort((x, y) => y[1].length - x[1].length);
for (const [field, list] of fields) {
  const documents = new Set(list.map((item) => item.file)).size;
  console.log(`\n${field}: ${list.length} differences in ${documents} documents`);
  for (const item of list.slice(0, show)) {
    console.log(`  ${item.file} ${item.path}\n    pdf.js: ${brief(item.a)}\n    PDFium: ${brief(item.b)}`);
  }
}
for (const { file, a, b } of differingTexts.slice(0, show * 4)) {
  const index = a.findIndex((line, i) => line !== b[i]);
  console.log(`\ntext of ${file} differs from line ${index + 1}:`);
  console.log(`  pdf.js: ${brief(a.slice(index, index + 2).join(" ⏎ "))}`);
  console.log(`  PDFium: ${brief(b.slice(index, index + 2).join(" ⏎ "))}`);
}
process.exitCode = differingDocuments.size === 0 ? 0 : 1;
