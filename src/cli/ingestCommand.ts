import type { Command } from "commander";
import { loadConfig } from "../config/config.ts";
import { listDocumentFiles } from "../extract/listDocumentFiles.ts";
import { readDocumentFile } from "../extract/readDocumentFile.ts";
import { extractInWorkers } from "../ingest/extractInWorkers.ts";
import { ingestSources } from "../ingest/ingestSources.ts";
import { createLogger } from "../log/createLogger.ts";
import { openGraph } from "./openGraph.ts";
import { reportIngest } from "./reportIngest.ts";

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
    .option("--concurrency <n>", "documents extracted at once", "2")
    // Worker threads by default: documents are read on several cores, and one that takes too long to read
    // is refused and its thread stopped (see extractInWorkers.ts).
    .option("--workers <n>", "worker threads to extract in (0: extract on the main thread)", "2")
    .action(async (paths: string[], options: { concurrency: string; workers: string }) => {
      const config = loadConfig();
      const logger = createLogger(config.logLevel);
      const files = (await Promise.all(paths.map(listDocumentFiles))).flat();
      const graph = await openGraph(config, logger);
      const workers = Math.max(0, Math.floor(Number(options.workers) || 0));
      const pool = workers > 0 ? extractInWorkers(workers) : null;
      try {
        const report = reportIngest();
        const summary = await ingestSources(
          graph.executor,
          files.map((path) => ({ path, read: () => readDocumentFile(path) })),
          {
            concurrency: Math.max(1, Number(options.concurrency) || 1),
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
