/**
 * One candidate PDF text source over a list of PDFs, run by `pdfSources.ts` in a process of its own
 * (see `measureInChild`), one document after another:
 *
 *   pdfSourcePhase.ts pdfjs   <file list>   pdf.js (legacy build) text items with their matrices, as readPdf read them
 *                                           before PDFium
 *   pdfSourcePhase.ts reader  <file list>   the project's whole PDF reader (readPdf: PDFium's runs and the rebuilt text)
 *   pdfSourcePhase.ts reader-worker <file list>  the same in a worker thread, as ingest and the service run it
 *   pdfSourcePhase.ts pdfium  <file list>   PDFium compiled to WebAssembly (@embedpdf/pdfium): every character
 *                                           with its origin and font size
 *   pdfSourcePhase.ts pdfium-runs <file list>  the same characters grouped into the reader's runs (pdfiumPages)
 *   pdfSourcePhase.ts poppler <file list>   `pdftotext -bbox-layout` (poppler's words with their boxes), parsed
 *   pdfSourcePhase.ts pdftotext <file list> plain `pdftotext` (no positions): the bench's reference
 *
 * Each source gives the same thing the reader needs, text with positions and sizes, and reports how many
 * characters it gave. For poppler the CPU time and peak memory of its processes are added to Node's.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pdfiumPages } from "../src/extract/pdf/pdfiumPages.ts";
import { readPdf } from "../src/extract/pdf/readPdf.ts";
import { extractInWorkers } from "../src/ingest/extractInWorkers.ts";
import { reportFromChild } from "./measure.ts";
import { PDFJS_OPTIONS } from "./pdfjsPages.ts";

/** What one source reports besides time and memory. */
export interface SourceResult {
  documents: number;
  failed: number;
  /** Characters of text the source gave (for reader: of the normalised text). */
  characters: number;
  /** For poppler: the peak RSS of its largest process and the CPU time of all of them. */
  childPeakRssBytes: number;
  childCpuMs: number;
}

const [source, listFile] = process.argv.slice(2);
const files = (await readFile(listFile as string, "utf8")).split("\n").filter(Boolean);

type Reader = (bytes: Uint8Array, file: string) => Promise<number>;

async function pdfjsSource(): Promise<Reader> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  return async (bytes) => {
    const loading = getDocument({ data: bytes, ...PDFJS_OPTIONS });
    const pdf = await loading.promise;
    let characters = 0;
    try {
      for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        for (const item of content.items) if ("str" in item) characters += item.str.length;
        page.cleanup();
      }
    } finally {
      await loading.destroy();
    }
    return characters;
  };
}

async function readerSource(): Promise<Reader> {
  return async (bytes, file) => (await readPdf(file, file, bytes)).text.length;
}

/** The same reader in a worker thread, as ingest runs it (see extractionWorker.js). */
async function readerWorkerSource(): Promise<Reader> {
  const pool = extractInWorkers(1);
  closeAfter = () => pool.close();
  return async (bytes, file) => (await pool.readPdfText({ source: file, id: file, bytes })).text.length;
}

let closeAfter: (() => Promise<void>) | null = null;

async function pdfiumSource(): Promise<Reader> {
  const { init } = await import("@embedpdf/pdfium");
  const wasmPath = createRequire(import.meta.url).resolve("@embedpdf/pdfium/pdfium.wasm");
  const wasmBinary = await readFile(wasmPath);
  const lib = await init({ wasmBinary: wasmBinary.buffer as ArrayBuffer });
  lib.PDFiumExt_Init();
  const module = lib.pdfium as typeof lib.pdfium & { HEAPU8: Uint8Array; HEAPF64: Float64Array };
  const { malloc, free } = module.wasmExports;
  const xy = malloc(16);
  return async (bytes) => {
    const data = malloc(bytes.length);
    module.HEAPU8.set(bytes, data);
    const doc = lib.FPDF_LoadMemDocument(data, bytes.length, "");
    if (!doc) {
      free(data);
      throw new Error(`PDFium cannot open the file (error ${lib.FPDF_GetLastError()})`);
    }
    let characters = 0;
    let checksum = 0;
    try {
      const count = lib.FPDF_GetPageCount(doc);
      for (let index = 0; index < count; index++) {
        const page = lib.FPDF_LoadPage(doc, index);
        const text = lib.FPDFText_LoadPage(page);
        const chars = lib.FPDFText_CountChars(text);
        for (let c = 0; c < chars; c++) {
          const code = lib.FPDFText_GetUnicode(text, c);
          lib.FPDFText_GetCharOrigin(text, c, xy, xy + 8);
          const size = lib.FPDFText_GetFontSize(text, c);
          // Read what a reader would read, so that none of it is optimised away.
          checksum += (module.HEAPF64[xy >> 3] ?? 0) + (module.HEAPF64[(xy + 8) >> 3] ?? 0) + size;
          if (code > 32) characters += 1;
        }
        lib.FPDFText_ClosePage(text);
        lib.FPDF_ClosePage(page);
      }
    } finally {
      lib.FPDF_CloseDocument(doc);
      free(data);
    }
    return Number.isNaN(checksum) ? 0 : characters;
  };
}

let childPeakKiB = 0;
let childCpuMs = 0;

/** Words of `pdftotext -bbox-layout`: `<word xMin=".." yMin=".." xMax=".." yMax="..">text</word>`. */
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

function popplerSource(withBoxes: boolean): () => Promise<Reader> {
  const args = ["-q", "-enc", "UTF-8", ...(withBoxes ? ["-bbox-layout"] : [])];
  return async () => (_bytes, file) =>
    new Promise((resolve, reject) => {
      execFile(
        "/usr/bin/time",
        ["-f", "BENCH_MAXRSS %M %U %S", "pdftotext", ...args, file, "-"],
        { maxBuffer: 256 * 1024 * 1024 },
        (error, stdout, stderr) => {
          if (error) {
            reject(error);
            return;
          }
          const match = /BENCH_MAXRSS (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
          if (match) {
            childPeakKiB = Math.max(childPeakKiB, Number(match[1]));
            childCpuMs += (Number(match[2]) + Number(match[3])) * 1000;
          }
          let characters = 0;
          let checksum = 0;
          for (const word of stdout.matchAll(WORD)) {
            checksum += Number(word[1]) + Number(word[2]) + Number(word[3]) + Number(word[4]);
            characters += (word[5] ?? "").length;
          }
          if (!withBoxes) characters = stdout.replace(/\s/g, "").length;
          resolve(Number.isNaN(checksum) ? 0 : characters);
        },
      );
    });
}

/** PDFium's characters grouped into runs, as the reader reads them. */
async function pdfiumRunsSource(): Promise<Reader> {
  return async (bytes) => {
    let characters = 0;
    for (const page of await pdfiumPages(bytes)) for (const run of page.runs) characters += run.text.length;
    return characters;
  };
}

const sources: Record<string, () => Promise<Reader>> = {
  pdfjs: pdfjsSource,
  "pdfium-runs": pdfiumRunsSource,
  reader: readerSource,
  "reader-worker": readerWorkerSource,
  pdfium: pdfiumSource,
  poppler: popplerSource(true),
  pdftotext: popplerSource(false),
};
const make = sources[source as string];
if (!make) throw new Error(`unknown source '${source}' (${Object.keys(sources).join(", ")})`);

await reportFromChild(async (): Promise<SourceResult> => {
  const read = await make();
  let characters = 0;
  let failed = 0;
  for (const file of files) {
    try {
      characters += await read(new Uint8Array(await readFile(file)), file);
    } catch {
      failed += 1;
    }
  }
  await closeAfter?.();
  return {
    documents: files.length,
    failed,
    characters,
    childPeakRssBytes: childPeakKiB * 1024,
    childCpuMs,
  };
});
