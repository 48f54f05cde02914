import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Executor } from "../db/Executor.ts";
import { AppError } from "../domain/AppError.ts";
import { parseExportLine } from "./ExportLine.ts";
import { ingestDocument } from "./ingestDocument.ts";

/** What an import did; each refused line with its number (from 1) and why. */
export interface ImportSummary {
  ingested: number;
  replaced: number;
  unchanged: number;
  refused: Array<{ line: number; reason: string }>;
}

/**
 * Rebuilds the graph from an export file, one document per line, each in its own write transaction as
 * an ingest is, without reading any PDF. A document already stored from the same extractor version is
 * left alone, so importing twice changes nothing. A line that is truncated, edited or invalid is
 * refused with its number and nothing of it is written; the other lines are still imported. Blank
 * lines are skipped. Throws only when the database is unavailable.
 */
export async function importGraph(executor: Executor, file: string): Promise<ImportSummary> {
  const summary: ImportSummary = { ingested: 0, replaced: 0, unchanged: 0, refused: [] };
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim() === "") continue;
    const parsed = parseExportLine(text);
    if (!parsed.ok) {
      summary.refused.push({ line: number, reason: parsed.reason });
      continue;
    }
    const { record, text: documentText, extractorVersion } = parsed.value;
    try {
      const result = await ingestDocument(
        executor,
        { record, text: documentText },
        undefined,
        extractorVersion,
      );
      if (result.status === "INGESTED") summary.ingested += 1;
      else if (result.status === "REPLACED") summary.replaced += 1;
      else summary.unchanged += 1;
    } catch (error) {
      if (error instanceof AppError && error.code !== "DATABASE_UNAVAILABLE") {
        summary.refused.push({ line: number, reason: error.message });
        continue;
      }
      throw error;
    }
  }
  return summary;
}
