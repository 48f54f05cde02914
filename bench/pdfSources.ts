/**
 * Compares the candidate PDF text sources on the corpus's readable PDFs, each in a fresh process, one
 * document after another: wall time, CPU time and peak RSS (the Node process's, plus poppler's largest
 * process where poppler runs). Prints a Markdown table; `bench/RESULTS.md` records a run.
 *
 *   node bin/run.js bench/pdfSources.ts [corpus folder] [limit]
 *
 * See `pdfSourcePhase.ts` for what each source does.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readableCorpus } from "./ingestBench.ts";
import { formatDuration, formatMiB, formatRatio, measureInChild } from "./measure.ts";
import type { SourceResult } from "./pdfSourcePhase.ts";

const [corpusArg, limitArg] = process.argv.slice(2);
const corpus = await readableCorpus(
  corpusArg ?? new URL("../../shared/corpus/ilacs", import.meta.url).pathname,
);
const files = limitArg ? corpus.files.slice(0, Number(limitArg)) : corpus.files;
const listFile = join(await mkdtemp(join(tmpdir(), "pdf-sources-")), "files.txt");
await writeFile(listFile, `${files.join("\n")}\n`);

const PHASE = new URL("./pdfSourcePhase.ts", import.meta.url);
const SOURCES: Array<[string, string]> = [
  ["pdftotext", "plain pdftotext, no positions (the bench's reference)"],
  ["poppler", "poppler's words with boxes (`pdftotext -bbox-layout`, parsed in Node)"],
  ["pdfjs", "pdf.js 5 legacy build: text items with matrices (the reader's source before PDFium)"],
  ["pdfium", "PDFium in WebAssembly (@embedpdf/pdfium): characters with origin and font size"],
  ["pdfium-runs", "PDFium's characters grouped into the reader's runs (src/extract/pdf/pdfiumPages.ts)"],
  [
    "reader",
    "our whole PDF reader (PDFium runs + lines, blocks, running lines removed), main thread under tsx",
  ],
  ["reader-worker", "the same in a worker thread (how ingest runs it)"],
];

console.error(
  `${files.length} readable PDFs (${corpus.unreadable.length} unreadable left out), one at a time`,
);
const rows: string[] = [];
let reference: { wall: number; cpu: number } | null = null;
for (const [source, what] of SOURCES) {
  console.error(`source: ${source}`);
  const m = await measureInChild<SourceResult>(PHASE, [source, listFile]);
  const cpu = m.cpuMs + m.result.childCpuMs;
  const peak = m.peakRssBytes + m.result.childPeakRssBytes;
  reference ??= { wall: m.wallMs, cpu };
  rows.push(
    `| ${source} | ${what} | ${formatDuration(m.wallMs)} | ${formatRatio(m.wallMs, reference.wall)} | ${formatDuration(cpu)} | ${formatRatio(cpu, reference.cpu)} | ${formatMiB(peak)} | ${m.result.characters.toLocaleString("en-GB")} | ${m.result.documents - m.result.failed}/${m.result.documents} |`,
  );
}
console.log(
  [
    "| source | what | wall | wall × pdftotext | CPU | CPU × pdftotext | peak RSS | characters | documents read |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n"),
);
