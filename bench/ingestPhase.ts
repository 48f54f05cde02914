/**
 * One ingestion phase, run by `ingestBench.ts` in a process of its own (see `measureInChild`):
 *
 *   ingestPhase.ts text    <file list> <workers>          PDF text extraction alone (readPdf)
 *   ingestPhase.ts records <file list> <workers>          extraction to validated records (extractDocument)
 *   ingestPhase.ts ingest  <file list> <workers> <uri> <neo4j pid>   the `ofsted-graph ingest` command itself,
 *                                                         into a database emptied and warmed up beforehand
 *   ingestPhase.ts writes  <file list> <workers> <uri> <neo4j pid>   the graph writes alone: documents extracted first
 *                                                         (not timed), then written one by one and their
 *                                                         authorities relinked once (timed), as ingest does
 *
 * `<file list>` is a file naming one document per line; `<workers>` is the number of worker threads
 * (0: everything on the main thread, as `ofsted-graph ingest --workers 0` does; for `ingest`, `default`:
 * the command's own default). Each phase imports only what it runs, so that its peak memory holds no other
 * phase's code.
 */
import { readFile } from "node:fs/promises";
import pLimit from "p-limit";
import type { ExtractedDocument } from "../src/extract/extractDocument.ts";
import type { ExtractionPool } from "../src/ingest/extractInWorkers.ts";
import { documentsInFlight } from "../src/ingest/documentsInFlight.ts";
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
/** Worker threads asked for; for the ingest phase `default` leaves the command its own (and counts as 0 here). */
const workers = workersArg === "default" ? 0 : Number(workersArg ?? 0);
const files = (await readFile(listFile as string, "utf8")).split("\n").filter(Boolean);

/** Documents in flight: enough to keep every worker busy while another document is being written. */
const inFlight = documentsInFlight(workers);

/**
 * Runs `work` on every file, `inFlight` at a time, with extraction in worker threads when `workers` > 0;
 * `work` returns how much output a document gave. Counts the documents that failed.
 */
async function eachFile(
  work: (pool: ExtractionPool | null, file: string, bytes: Uint8Array) => Promise<number>,
): Promise<PhaseResult> {
  const { extractInWorkers } = await import("../src/ingest/extractInWorkers.ts");
  const { readDocumentFile } = await import("../src/extract/readDocumentFile.ts");
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
async function textPhase(): Promise<PhaseResult> {
  const { readPdf } = await import("../src/extract/pdf/readPdf.ts");
  return eachFile(async (pool, file, bytes) => {
    const doc = await (pool
      ? pool.readPdfText({ source: file, id: file, bytes })
      : readPdf(file, file, bytes));
    return doc.text.length;
  });
}

/** (b) Extraction to records: findings extracted. */
async function recordsPhase(): Promise<PhaseResult> {
  const { extractDocument } = await import("../src/extract/extractDocument.ts");
  return eachFile(async (pool, file, bytes) => {
    const { record } = await (pool ?? { extract: extractDocument }).extract({ source: file, bytes });
    return record.findings.length;
  });
}

/**
 * The `ingest` command as a user runs it (default concurrency, `workers` threads), against the bench
 * database, which `ingestBench.ts` has emptied and warmed up; its output is kept back by the bench.
 */
async function ingestPhase(): Promise<void> {
  process.env.NEO4J_URI = uri;
  delete process.env.NEO4J_DATABASE;
  const { main } = await import("../src/cli/main.ts");
  const { createExecutor } = await import("../src/db/createExecutor.ts");
  await reportFromChild(async (): Promise<PhaseResult> => {
    const code = await main([
      "ingest",
      ...(workersArg === "default" ? [] : ["--workers", String(workers)]),
      ...files,
    ]);
    // Counted in the graph (the command prints its summary rather than returning it): the corpus's readable
    // files are distinct documents, so each one missing is one that failed.
    const executor = await createExecutor({ uri: uri as string, user: "neo4j", password: "" });
    try {
      const [row] = await executor.readTransaction((tx) => tx.run("graph/count-nodes"));
      const nodes = (row?.nodes ?? []) as Array<{ label: string; count: number }>;
      const count = (label: string) => nodes.find((n) => n.label === label)?.count ?? 0;
      // A command that stored nothing failed as a whole (its reason is in the output the bench shows).
      if (code !== 0 && count("Document") === 0)
        throw new Error(`ofsted-graph ingest exited with code ${code}`);
      return { documents: files.length, failed: files.length - count("Document"), output: count("Finding") };
    } finally {
      await executor.close();
    }
  }, neo4jPid);
}

/** The writes alone: every document extracted before the clock starts, then written in turn. */
async function writesPhase(): Promise<void> {
  const { extractInWorkers } = await import("../src/ingest/extractInWorkers.ts");
  const { readDocumentFile } = await import("../src/extract/readDocumentFile.ts");
  const { ingestDocument } = await import("../src/ingest/ingestDocument.ts");
  const { EXTRACTOR_VERSION } = await import("../src/extract/extractorVersion.ts");
  const { relinkPendingAuthorities } = await import("../src/store/relinkPendingAuthorities.ts");
  const { openBenchExecutor, warmUpBenchDatabase } = await import("./benchDatabase.ts");
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
  await warmUpBenchDatabase(executor, files);
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
