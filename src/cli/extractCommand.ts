import type { Command } from "commander";
import { AppError } from "../domain/AppError.ts";
import { extractDocument } from "../extract/extractDocument.ts";
import { listDocumentFiles } from "../extract/listDocumentFiles.ts";
import { readDocumentFile } from "../extract/readDocumentFile.ts";

interface ExtractOptions {
  format: string;
  strict?: boolean;
}

/**
 * `ofsted-graph extract [--format json] [--strict] <files or folders...>`: extracts the inspection record
 * of each document and prints it as one JSON object per line on stdout. Needs no database. A file that
 * cannot be read gets one line on stderr naming it and the reason, and the run goes on; the exit code is
 * non-zero for such files only with `--strict`.
 */
export function registerExtractCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("extract")
    .description(
      "extract inspection records from PDF or text documents, one JSON record per line (no database)",
    )
    .argument("<paths...>", "document files, or folders of .pdf and .txt files")
    .option("--format <format>", "output format (json: one record per line)", "json")
    .option("--strict", "exit with a non-zero code if any document cannot be extracted")
    .action(async (paths: string[], options: ExtractOptions) => {
      if (options.format !== "json")
        throw new AppError("BAD_INPUT", `unknown format '${options.format}' (json)`);
      let failed = 0;
      const fail = (message: string) => {
        failed++;
        process.stderr.write(`ofsted-graph extract: ${message}\n`);
      };
      for (const path of paths) {
        let files: string[];
        try {
          files = await listDocumentFiles(path);
        } catch (error) {
          fail(error instanceof AppError ? error.message : `${path}: ${(error as Error).message}`);
          continue;
        }
        for (const file of files) {
          try {
            const { record } = await extractDocument({ source: file, bytes: await readDocumentFile(file) });
            process.stdout.write(`${JSON.stringify(record)}\n`);
          } catch (error) {
            fail(
              error instanceof AppError
                ? error.message
                : `${file}: unexpected error: ${(error as Error).message}`,
            );
          }
        }
      }
      if (failed > 0 && options.strict) setExitCode(1);
    });
}
