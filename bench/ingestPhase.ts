/**
 * One ingestion phase, run by `ingestBench.ts` in a process of its own (see `measureInChild`):
 *
 *   ingestPhase.ts text    <file list> <workers>          PDF text extraction alone (readPdf)
 *   ingestPhase.ts records <file list> <workers>          extraction to validated records (extractDocument)
 *   ingestPhase.ts ingest  <file list> <workers> <uri> <neo4j pid>   the full ingest into an emptied Neo4j
 *   ingestPhase.ts writes  <file list> <workers> <uri> <neo4j pid>   the graph writes alone: documents extracted first
 *                                                         (not timed), then written one by one and their
 *                                                         authorities relinked once (timed), as ingest does
 *
 * `<file list>` is a file naming one document per line; `<workers>` is the number of worker threads
 * (0: everything on the main thread, as `ofsted-graph ingest --workers 0` does).
 */
import { readFile } from "node:fs/promises";
import pLimit from "p-limit";
import type { Executor } from "../src/db/Executor.ts";
import { type ExtractedDocument, extractDocument } from "../src/extract/extractDocument.ts";
import { readPdf } from "../src/extract/pdf/readPdf.ts";
import { EXTRACTOR_VERSION } from "../src/extract/extractorVersion.ts";
import { readDocumentFile } from "../src/extract/readDocumentFile.ts";
import { type ExtractionPool, extractInWorkers } from "../src/ingest/extractInWorkers.ts";
import { ingestDocument } from "../src/ingest/ingestDocument.ts";
import { ingestSources } from "../src/ingest/ingestSources.ts";
import { relinkPendingAuthorities } from "../src/store/relinkPendingAuthorities.ts";
import { openBenchExecutor, wipeBenchDatabase } from "./benchDatabase.ts";
import { reportFromChild } from "./measure.ts";

/** What a phase reports besides time and memory. */
export interface PhaseResult {
  documents: number;
  failed: number;
  /** Characters of text (text phase), or findings extracted (records and ingest phases). */
  output: number;
}

const [phase, listFile, workersArg, uri, neo4jPidArg] = process.argv.slice(2);
/** The Neo4j server's process, whose CPU time the writing phases count with their own. */
const neo4jPid = neo4jPidArg ? Number(neo4jPidArg) : undefined;
const workers = Number(workersArg ?? 0);
const files = (await readFile(listFile as string, "utf8")).split("\n").filter(Boolean);

/** Documents ingested (and wiped) to warm the database up before a timed phase that writes. */
const WARM_UP_DOCUMENTS = 3;

/** Documents in flight: enough to keep every worker busy while another document is being written. */
const inFlight = Math.max(2, workers * 2);

/**
 * Runs `work` on every file, `inFlight` at a time, with extraction in worker threads when `workers` > 0;
 * `work` returns how much output a document gave. Counts the documents that failed.
 */
async function eachFile(
  work: (pool: ExtractionPool | null, file: string, bytes: Uint8Array) => Promise<number>,
): Promise<PhaseResult> {
  const pool = workers > 0 ? extractInWorkers(workers) : null;
  const limit = pLimit(inFlight);
  let output = 0;
  let failed = 0;
  try {
    await Promise.all(
      files.map((file) =>
        limit(async () => {
          try {
            // Awaited first: `output += await ...` would read `output` before the wait and lose the
            // other documents' counts added meanwhile.
            const produced = await work(pool, file, await readDocumentFile(file));
            output += produced;
          } catch {
            failed += 1;
          }
        }),
      ),
    );
  } finally {
    await pool?.close();
  }
  return { documents: files.length, failed, output };
}

/** (a) PDF text alone: characters of normalised text. */
function textPhase(): Promise<PhaseResult> {
  return eachFile(async (pool, file, bytes) => {
    const doc = await (pool
      ? pool.readPdfText({ source: file, id: file, bytes })
      : readPdf(file, file, bytes));
    return doc.text.length;
  });
}

/** (b) Extraction to records: findings extracted. */
function recordsPhase(): Promise<PhaseResult> {
  return eachFile(async (pool, file, bytes) => {
    const { record } = await (pool ?? { extract: extractDocument }).extract({ source: file, bytes });
    return record.findings.length;
  });
}

/**
 * Warms the database up as a running service would be: a few documents ingested (so the statements are
 * planned and compiled) and wiped again. Not timed.
 */
async function warmUp(executor: Executor): Promise<void> {
  await wipeBenchDatabase(executor);
  await ingestSources(
    executor,
    files.slice(0, WARM_UP_DOCUMENTS).map((path) => ({ path, read: () => readDocumentFile(path) })),
  );
  await wipeBenchDatabase(executor);
}

/** The full ingest into an emptied, warmed-up database; the warm-up is not timed, starting the workers is. */
async function ingestPhase(): Promise<void> {
  const executor = await openBenchExecutor(uri as string);
  await warmUp(executor);
  try {
    await reportFromChild(async (): Promise<PhaseResult> => {
      const pool = workers > 0 ? extractInWorkers(workers) : null;
      try {
        const summary = await ingestSources(
          executor,
          files.map((path) => ({ path, read: () => readDocumentFile(path) })),
          { concurrency: inFlight, ...(pool ? { extract: pool.extract } : {}) },
        );
        const [row] = await executor.readTransaction((tx) => tx.run("graph/count-nodes"));
        const nodes = (row?.nodes ?? []) as Array<{ label: string; count: number }>;
        return {
          documents: files.length,
          failed: summary.failed,
          output: nodes.find((n) => n.label === "Finding")?.count ?? 0,
        };
      } finally {
        await pool?.close();
      }
    }, neo4jPid);
  } finally {
    await executor.close();
  }
}

/** The writes alone: every document extracted before the clock starts, then written in turn. */
async function writesPhase(): Promise<void> {
  const pool = extractInWorkers(Math.max(1, workers));
  const extractions: ExtractedDocument[] = [];
  try {
    const limit = pLimit(inFlight);
    await Promise.all(
      files.map((file) =>
        limit(async () => {
          try {
            extractions.push(await pool.extract({ source: file, bytes: await readDocumentFile(file) }));
          } catch {
            // counted as failed below
          }
        }),
      ),
    );
  } finally {
    await pool.close();
  }
  const executor = await openBenchExecutor(uri as string);
  await warmUp(executor);
  try {
    await reportFromChild(async (): Promise<PhaseResult> => {
      let failed = files.length - extractions.length;
      let output = 0;
      // As ingestSources writes them: each document in its own transaction, its authority left pending,
      // then every pending authority relinked once.
      for (const extraction of extractions) {
        try {
          await ingestDocument(executor, extraction, undefined, EXTRACTOR_VERSION, "batch");
          output += extraction.record.findings.length;
        } catch {
          failed += 1;
        }
      }
      await relinkPendingAuthorities(executor);
      return { documents: files.length, failed, output };
    }, neo4jPid);
  } finally {
    await executor.close();
  }
}

if (phase === "text") await reportFromChild(textPhase);
else if (phase === "records") await reportFromChild(recordsPhase);
else if (phase === "ingest") await ingestPhase();
else if (phase === "writes") await writesPhase();
else throw new Error(`unknown phase '${phase}' (text, records, ingest, writes)`);
