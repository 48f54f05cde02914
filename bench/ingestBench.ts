import { execFile, spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import pLimit from "p-limit";
import { AppError } from "../src/domain/AppError.ts";
import { listDocumentFiles } from "../src/extract/listDocumentFiles.ts";
import { readDocumentFile } from "../src/extract/readDocumentFile.ts";
import { DEFAULT_WORKERS } from "../src/cli/ingestCommand.ts";
import { openBenchExecutor, warmUpBenchDatabase } from "./benchDatabase.ts";
import type { PhaseResult } from "./ingestPhase.ts";
import { type ChildMeasurement, measureInChild, timed } from "./measure.ts";

/** One row of the ingestion table. */
export interface IngestFigure {
  name: string;
  workers: number;
  wallMs: number;
  /** Peak RSS in bytes; for pdftotext, the sum of the largest `parallelism` per-file peaks (an upper bound). */
  peakRssBytes: number | null;
  /**
   * CPU time spent, in milliseconds: the phase's process, plus the Neo4j server's for phases that write;
   * for pdftotext, all its processes. Unlike wall time, it does not depend on what else the machine runs.
   */
  cpuMs: number | null;
  documents: number;
  failed: number;
  output: number;
}

export interface IngestBenchResult {
  corpus: string;
  readable: number;
  unreadable: string[];
  parallelism: number;
  pdftotext: IngestFigure | null;
  /** Why pdftotext was not measured, when it was not. */
  pdftotextMissing: string | null;
  phases: IngestFigure[];
}

export const PDFTOTEXT_INSTALL = "apt-get install -y poppler-utils";

/**
 * The documents of the corpus that are readable PDFs (the bench runs every phase on the same files), and
 * the others with the reason. Throws AppError BAD_INPUT when the corpus folder does not exist.
 */
export async function readableCorpus(dir: string): Promise<{ files: string[]; unreadable: string[] }> {
  const files: string[] = [];
  const unreadable: string[] = [];
  for (const file of await listDocumentFiles(dir)) {
    try {
      await readDocumentFile(file);
      files.push(file);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      unreadable.push(error.message);
    }
  }
  return { files, unreadable };
}

/** The installed pdftotext's version line, or null when it is not on PATH. */
export async function pdftotextVersion(): Promise<string | null> {
  try {
    const { stderr, stdout } = await promisify(execFile)("pdftotext", ["-v"]);
    return `${stderr}${stdout}`.split("\n")[0]?.trim() ?? "pdftotext";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    // Older poppler prints the version and exits non-zero.
    const output = `${(error as { stderr?: string }).stderr ?? ""}`;
    return output.split("\n")[0]?.trim() || "pdftotext";
  }
}

/** Peak RSS (KiB) and CPU time (ms) of one command, through GNU time when it is installed. */
function runMeasured(
  command: string,
  args: string[],
  withTime: boolean,
): Promise<{ peakKiB: number; cpuMs: number } | null> {
  return new Promise((resolve, reject) => {
    const child = withTime
      ? spawn("/usr/bin/time", ["-f", "BENCH_MAXRSS %M %U %S", command, ...args], {
          stdio: ["ignore", "ignore", "pipe"],
        })
      : spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", () => {
      const match = /BENCH_MAXRSS (\d+) ([\d.]+) ([\d.]+)/.exec(stderr);
      resolve(
        match ? { peakKiB: Number(match[1]), cpuMs: (Number(match[2]) + Number(match[3])) * 1000 } : null,
      );
    });
  });
}

/** pdftotext over the files, `parallelism` processes at a time, text thrown away as ours is. */
async function measurePdftotext(files: string[], parallelism: number): Promise<IngestFigure> {
  const withTime = await promisify(execFile)("/usr/bin/time", ["-f", "%M", "true"]).then(
    () => true,
    () => false,
  );
  const limit = pLimit(parallelism);
  const peaks: number[] = [];
  let cpuMs = 0;
  const { ms } = await timed(() =>
    Promise.all(
      files.map((file) =>
        limit(async () => {
          const measured = await runMeasured(
            "pdftotext",
            ["-q", "-enc", "UTF-8", file, "/dev/null"],
            withTime,
          );
          if (measured) {
            peaks.push(measured.peakKiB);
            cpuMs += measured.cpuMs;
          }
        }),
      ),
    ),
  );
  peaks.sort((a, b) => b - a);
  return {
    name: "pdftotext (reference)",
    workers: parallelism,
    wallMs: ms,
    peakRssBytes: peaks.length > 0 ? peaks.slice(0, parallelism).reduce((a, b) => a + b, 0) * 1024 : null,
    cpuMs: peaks.length > 0 ? cpuMs : null,
    documents: files.length,
    failed: 0,
    output: 0,
  };
}

const PHASE = new URL("./ingestPhase.ts", import.meta.url);

/**
 * Ingestion figures over the corpus's readable PDFs, each phase in a fresh process: pdftotext (the
 * reference, `parallelism` processes at a time); our PDF text extraction alone and extraction to records,
 * each with `parallelism` worker threads; the `ingest` command into the bench Neo4j (emptied and warmed up
 * first) with its defaults, with `parallelism` worker threads and, for comparison, on the main thread; and
 * the graph writes alone (documents extracted before the clock starts), to show where the ingest's time goes.
 */
export async function runIngestBench(options: {
  corpusDir: string;
  uri: string;
  /** The bench Neo4j's process, whose CPU time the writing phases count. */
  neo4jPid: number;
  parallelism: number;
  outDir: string;
  limit?: number;
  /** Also measure the full ingest with extraction on the main thread (`ofsted-graph ingest --workers 0`). */
  withMainThread: boolean;
  log: (message: string) => void;
}): Promise<IngestBenchResult> {
  const { parallelism, log } = options;
  const corpus = await readableCorpus(options.corpusDir);
  const files = options.limit ? corpus.files.slice(0, options.limit) : corpus.files;
  const listFile = join(options.outDir, "ingest-files.txt");
  await writeFile(listFile, `${files.join("\n")}\n`);
  log(`ingest: ${files.length} readable PDFs (${corpus.unreadable.length} unreadable left out)`);

  const version = await pdftotextVersion();
  let pdftotext: IngestFigure | null = null;
  let pdftotextMissing: string | null = null;
  if (version) {
    log(`ingest: pdftotext (${version}), ${parallelism} at a time`);
    pdftotext = await measurePdftotext(files, parallelism);
  } else {
    pdftotextMissing = `pdftotext is not installed: no reference for the ingest ratios (install it with \`${PDFTOTEXT_INSTALL}\`)`;
    log(`ingest: ${pdftotextMissing}`);
  }

  /** `workers: "default"` runs the command with its own default, DEFAULT_WORKERS. */
  const phase = async (name: string, which: string, workers: number | "default", extra: string[] = []) => {
    const threads = workers === "default" ? DEFAULT_WORKERS : workers;
    log(`ingest: ${name}, ${threads === 0 ? "on the main thread" : `${threads} worker threads`}`);
    // The command's phase gets its database emptied and warmed up here, so that its process's peak
    // memory and time are the command's alone; its per-document lines are kept back.
    if (which === "ingest") await warmUp(options.uri, files);
    const m: ChildMeasurement<PhaseResult> = await measureInChild(
      PHASE,
      [which, listFile, String(workers), ...extra],
      { quiet: which === "ingest" },
    );
    const figure: IngestFigure = {
      name,
      workers: threads,
      wallMs: m.wallMs,
      // The writes phase extracts before its clock starts: its process's peak is extraction's, not the writes'.
      peakRssBytes: which === "writes" ? null : m.peakRssBytes,
      cpuMs: m.cpuMs,
      ...m.result,
    };
    return figure;
  };
  const written = [options.uri, String(options.neo4jPid)];
  const phases = [
    await phase("(a) PDF text extraction alone", "text", parallelism),
    await phase("(b) extraction to records", "records", parallelism),
  ];
  // A freshly started Neo4j spends its first corpus's ingest compiling (25-30 s more CPU, even after 15
  // documents had warmed it up), which would fall on whichever (c) row came first: an untimed run takes it.
  log("ingest: warming Neo4j up with the whole ingest, not timed");
  await phase("warm-up", "ingest", "default", written);
  phases.push(
    // First of the (c) rows: the targets are checked on the command as a user runs it.
    await phase("(c) full ingest: `ofsted-graph ingest`, its defaults", "ingest", "default", written),
    await phase(
      `(c) full ingest: \`ofsted-graph ingest --workers ${parallelism}\``,
      "ingest",
      parallelism,
      written,
    ),
  );
  if (options.withMainThread) {
    phases.push(await phase("(c) full ingest: `ofsted-graph ingest --workers 0`", "ingest", 0, written));
  }
  // Last, so that the database is left holding the corpus as the full ingest writes it.
  phases.push(
    await phase("(d) graph writes alone (pre-extracted)", "writes", parallelism, [
      options.uri,
      String(options.neo4jPid),
    ]),
  );
  return {
    corpus: options.corpusDir,
    readable: files.length,
    unreadable: corpus.unreadable,
    parallelism,
    pdftotext,
    pdftotextMissing,
    phases,
  };
}

/** Empties the bench database and warms it up (`warmUpBenchDatabase`) on a connection of its own. */
async function warmUp(uri: string, files: string[]): Promise<void> {
  const executor = await openBenchExecutor(uri);
  try {
    await warmUpBenchDatabase(executor, files);
  } finally {
    await executor.close();
  }
}
