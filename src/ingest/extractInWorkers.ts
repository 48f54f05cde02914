import { fileURLToPath, pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { AppError, type ErrorCode } from "../domain/AppError.ts";
import type { ExtractDocument, ExtractedDocument } from "../extract/extractDocument.ts";
import type { NormalisedDocument } from "../extract/NormalisedDocument.ts";
import { type PdfiumModule, pdfiumModule } from "../extract/pdf/pdfiumModule.ts";
import { cachedBundle } from "../build/cachedBundle.js";

/** Extraction in worker threads: `extract` has the signature of `extractDocument`. */
export interface ExtractionPool {
  extract: ExtractDocument;
  /** A PDF's normalised text alone, as `readPdf` gives it. */
  readPdfText(input: { source: string; id: string; bytes: Uint8Array }): Promise<NormalisedDocument>;
  close(): Promise<void>;
}

/** What extractionWorker.js answers for one document. */
type WorkerOutcome = { extracted: ExtractedDocument } | { failure: { code: ErrorCode; message: string } };

/** How long one document may take to extract before it is refused (its worker thread is stopped). */
export const DOCUMENT_TIME_LIMIT_MS = 120_000;

/**
 * Each thread's JavaScript heap: its old generation and its young generation, in MiB. Without limits a
 * thread's heap grows far past what it holds (V8 sizes it from the machine's memory): two threads' peak was
 * about 100 MiB more. The corpus's largest report reads within a 24 MiB old generation; 16 MiB runs out on
 * some documents. A document that needs more is read again by a thread without these limits (see below).
 */
export const WORKER_OLD_GENERATION_MB = 64;
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * The extraction modules as one plain-JavaScript bundle, built at the first pool's first document and kept
 * in `node_modules/.cache` while the sources are unchanged (see cachedBundle.ts); undefined when it cannot
 * be built or written, and the threads then load the sources through tsx. Through tsx each thread would
 * hold tsx, its transforms and their source maps besides the code: tens of MiB a thread.
 */
let bundle: Promise<string | undefined> | undefined;
function extractionBundle(): Promise<string | undefined> {
  bundle ??= cachedBundle({
    entry: fileURLToPath(new URL("./extractionWorkerModules.ts", import.meta.url)),
    root: fileURLToPath(new URL("../../", import.meta.url)),
    name: "extraction",
  }).then(
    (file) => pathToFileURL(file).href,
    () => undefined,
  );
  return bundle;
}

/**
 * Runs extraction in `workers` worker threads (piscina), so that documents are parsed on several cores
 * at once: reading a PDF is CPU-bound and single-threaded. A document the extractor refuses rejects its call with
 * the extractor's AppError (code and message, which names the file and the reason). A document that
 * takes longer than `timeLimitMs` (a hostile PDF that sends the PDF parser into a loop) is refused with
 * UNREADABLE_DOCUMENT and its thread is stopped, so it can neither hang a batch nor the service. A document
 * that runs a thread out of its heap (`heapLimitMb`) is read again, within the same time limit, by one
 * thread without limits, started for it and stopped when idle: the limits keep the usual documents' memory
 * low without refusing a large one. Close the pool when done.
 */
export function extractInWorkers(
  workers: number,
  options: { timeLimitMs?: number; heapLimitMb?: number } = {},
): ExtractionPool {
  const timeLimitMs = options.timeLimitMs ?? DOCUMENT_TIME_LIMIT_MS;
  const heapLimitMb = options.heapLimitMb ?? WORKER_OLD_GENERATION_MB;
  const poolOf = (file: string | undefined, pdfium: PdfiumModule, limited: boolean): Threads => {
    const pool = new Piscina({
      filename: new URL("./extractionWorker.js", import.meta.url).href,
      workerData: { bundle: file, pdfium },
      // Threads start with the first document and stop after a minute idle: a service whose mutations
      // are never used starts none, and a batch keeps its threads from one document to the next.
      minThreads: 0,
      maxThreads: limited ? workers : 1,
      idleTimeout: 60_000,
      ...(limited && {
        resourceLimits: {
          maxOldGenerationSizeMb: heapLimitMb,
          maxYoungGenerationSizeMb: Math.min(WORKER_YOUNG_GENERATION_MB, heapLimitMb),
        },
      }),
    });
    const running = new Set<AbortController>();
    // A thread that runs out of heap is reported on the pool, and its task is left waiting (piscina, with
    // threads started on demand): every task running is stopped, to be read again by a roomy thread.
    pool.on("error", (error: unknown) => {
      if (outOfHeap(error)) for (const task of running) task.abort(error);
    });
    return { pool, running };
  };
  let limited: Promise<Threads> | undefined;
  let roomy: Promise<Threads> | undefined;
  const start = async (limits: boolean) => poolOf(await extractionBundle(), await pdfiumModule(), limits);
  const limitedThreads = () => (limited ??= start(true));
  const roomyThreads = () => (roomy ??= start(false));
  /** Runs one task, again without heap limits if it ran out of heap; refused when it passes the time limit. */
  const runTimed = async <T>(name: string, input: { source: string }): Promise<T> => {
    const timeout = AbortSignal.timeout(timeLimitMs);
    try {
      try {
        return await runIn<T>(await limitedThreads(), name, input, timeout);
      } catch (error) {
        if (timeout.aborted || !outOfHeap(error)) throw error;
        return await runIn<T>(await roomyThreads(), name, input, timeout);
      }
    } catch (error) {
      if (!timeout.aborted) throw error;
      throw new AppError(
        "UNREADABLE_DOCUMENT",
        `${input.source}: took longer than ${Math.round(timeLimitMs / 1000)} s to read: refused`,
        { cause: error },
      );
    }
  };
  return {
    extract: async (input) => {
      const outcome = await runTimed<WorkerOutcome>("extractDocument", input);
      if ("failure" in outcome) throw new AppError(outcome.failure.code, outcome.failure.message);
      return outcome.extracted;
    },
    readPdfText: (input) => runTimed<NormalisedDocument>("readPdfText", input),
    close: async () => {
      await Promise.all([limited, roomy].map(async (threads) => (await threads)?.pool.destroy()));
    },
  };
}

/** A pool and the tasks it is running, each stoppable. */
interface Threads {
  pool: Piscina;
  running: Set<AbortController>;
}

/** Runs a task on `threads`, stopped by `timeout` or by a thread of the pool running out of heap. */
async function runIn<T>(threads: Threads, name: string, input: unknown, timeout: AbortSignal): Promise<T> {
  const task = new AbortController();
  threads.running.add(task);
  try {
    return (await threads.pool.run(input, { name, signal: AbortSignal.any([timeout, task.signal]) })) as T;
  } catch (error) {
    throw task.signal.aborted ? task.signal.reason : error;
  } finally {
    threads.running.delete(task);
  }
}

const outOfHeap = (error: unknown) => (error as { code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY";
