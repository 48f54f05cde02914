import { once } from "node:events";
import { access, constants } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../config/config.ts";
import { AppError } from "../domain/AppError.ts";
import { exportGraph } from "../ingest/exportGraph.ts";
import { importGraph } from "../ingest/importGraph.ts";
import { createLogger } from "../log/createLogger.ts";
import { openGraph } from "./openGraph.ts";

/**
 * Adds `export <file>` (every stored document as JSON lines: the backup, and the way to move a graph to
 * another server) and `import <file>` (rebuilds the graph from such a file, idempotently, reading no PDF).
 */
export function registerBackupCommands(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("export")
    .description("Write every stored document's record and text to <file> as JSON lines")
    .argument("<file>", "the file to write ('-' for standard output)")
    .action(async (file: string) => {
      const config = loadConfig();
      const graph = await openGraph(config, createLogger(config.logLevel));
      try {
        const out = file === "-" ? process.stdout : createWriteStream(file);
        const summary = await exportGraph(graph.executor, out);
        if (out !== process.stdout) {
          out.end();
          await once(out, "finish");
        }
        console.error(`exported ${summary.exported} documents${file === "-" ? "" : ` to ${file}`}`);
        if (summary.withoutRecord.length > 0) {
          console.error(
            `not exported: ${summary.withoutRecord.length} documents stored before records were kept (ingest their files again): ${summary.withoutRecord.join(", ")}`,
          );
          setExitCode(1);
        }
      } finally {
        await graph.close();
      }
    });
  program
    .command("import")
    .description("Rebuild the graph from an export file (documents already stored are left alone)")
    .argument("<file>", "a file written by 'ofsted-graph export'")
    .action(async (file: string) => {
      await access(file, constants.R_OK).catch((error: unknown) => {
        throw new AppError("BAD_INPUT", `Cannot read ${file}: ${(error as Error).message}`, { cause: error });
      });
      const config = loadConfig();
      const graph = await openGraph(config, createLogger(config.logLevel));
      try {
        const summary = await importGraph(graph.executor, file);
        for (const { line, reason } of summary.refused) console.error(`${file}:${line}: refused: ${reason}`);
        console.error(
          `imported: ${summary.ingested} ingested, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ${summary.refused.length} refused`,
        );
        if (summary.refused.length > 0) setExitCode(1);
      } finally {
        await graph.close();
      }
    });
}
