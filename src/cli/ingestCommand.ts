import { availableParallelism } from "node:os";
import { type Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config/config.ts";
import { listDocumentFiles } from "../extract/listDocumentFiles.ts";
import { readDocumentFile } from "../extract/readDocumentFile.ts";
import { documentsInFlight } from "../ingest/documentsInFlight.ts";
import { extractInWorkers } from "../ingest/extractInWorkers.ts";
import { ingestSources } from "../ingest/ingestSources.ts";
import { createLogger } from "../log/createLogger.ts";
import { keepHeapSmall } from "./keepHeapSmall.ts";
import { openGraph } from "./openGraph.ts";
import { reportIngest } from "./reportIngest.ts";

/**
 * Extraction threads unless told: a core each but one, which is left to this thread's writes and
 * relinking and to a local Neo4j (on 2 cores a second thread took as long, with 50 MiB more); at most 4.
 */
export const DEFAULT_WORKERS = Math.max(1, Math.min(availableParallelism() - 1, 4));

/**
 * Adds `ingest <paths…>`: extracts each document and writes it to the graph in one transaction.
 * Exit code 0 when every document was stored or unchanged, 1 when any failed.
 */
export function registerIngestCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("ingest")
    .description(
      "Extract documents (PDF or text; folders are searched) and write each to the graph in one transaction",
    )
    .argument("<paths...>", "files or folders")
    .option(
      "--concurrency <n>",
      "documents in flight (default: twice the workers, at least 2)",
      wholeNumber(1),
    )
    // Worker threads by default: documents are read on several cores, and one that takes too long to read
    // is refused and its thread stopped (see extractInWorkers.ts).
    .option(
      "--workers <n>",
      "worker threads to extract in (0: extract on the main thread)",
      wholeNumber(0),
      DEFAULT_WORKERS,
    )
    .action(async (paths: string[], options: { concurrency?: number; workers: number }) => {
      keepHeapSmall();
      const config = loadConfig();
      const logger = createLogger(config.logLevel);
      const files = (await Promise.all(paths.map(listDocumentFiles))).flat();
      const graph = await openGraph(config, logger);
      const { workers } = options;
      const concurrency = options.concurrency ?? documentsInFlight(workers);
      const pool = workers > 0 ? extractInWorkers(workers) : null;
      try {
        const report = reportIngest();
        const summary = await ingestSources(
          graph.executor,
          files.map((path) => ({ path, read: () => readDocumentFile(path) })),
          {
            concurrency,
            onOutcome: report.onOutcome,
            ...(pool ? { extract: pool.extract } : {}),
          },
        );
        report.finish(summary);
        if (summary.failed > 0) setExitCode(1);
      } finally {
        await pool?.close();
        await graph.close();
      }
    });
}

/** Parses an option's value as a whole number of at least `min`, refusing anything else by name. */
function wholeNumber(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min) {
      throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    }
    return n;
  };
}
