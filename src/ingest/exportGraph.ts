import type { Writable } from "node:stream";
import type { Executor } from "../db/Executor.ts";
import { readExportPage } from "../store/readExportPage.ts";
import { toExportLine } from "./ExportLine.ts";

const PAGE_SIZE = 50;

/** What an export wrote, and the documents it could not (stored before records were kept on them). */
export interface ExportSummary {
  exported: number;
  /** Ids of documents that have no stored record: re-ingest their files to include them. */
  withoutRecord: string[];
}

/**
 * Writes every stored document to `out` as one JSON line each (see ExportLine), in id order, reading
 * the graph a page at a time. Does not end `out`.
 */
export async function exportGraph(executor: Executor, out: Writable): Promise<ExportSummary> {
  const summary: ExportSummary = { exported: 0, withoutRecord: [] };
  let after = "";
  for (;;) {
    const page = await readExportPage(executor, after, PAGE_SIZE);
    for (const row of page) {
      if (row.recordJson === null || row.extractorVersion === null) {
        summary.withoutRecord.push(row.id);
        continue;
      }
      const line = toExportLine({
        documentId: row.id,
        source: row.source,
        extractorVersion: row.extractorVersion,
        record: JSON.parse(row.recordJson) as unknown,
        text: row.text,
      });
      if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once("drain", resolve));
      summary.exported += 1;
    }
    if (page.length < PAGE_SIZE) return summary;
    after = page[page.length - 1]!.id;
  }
}
