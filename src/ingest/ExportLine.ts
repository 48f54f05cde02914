import { createHash } from "node:crypto";
import { z } from "zod";
import { formatIssues } from "../domain/formatIssues.ts";
import { InspectionRecord } from "../domain/InspectionRecord.ts";

/** The format of an export line; a line of another format is refused. */
export const EXPORT_FORMAT = "ofsted-graph-export/1";

/** One line of an export file: a stored document, everything needed to write it again, and a checksum. */
export const ExportLine = z.object({
  format: z.literal(EXPORT_FORMAT),
  documentId: z.string().regex(/^[0-9a-f]{64}$/, "a sha256 in hex"),
  source: z.string(),
  extractorVersion: z.string(),
  record: z.unknown(),
  text: z.string(),
  /** sha256 of the other fields (see `exportChecksum`): an edited line no longer matches it. */
  sha256: z.string(),
});
export type ExportLine = z.infer<typeof ExportLine>;

/** What an export line gives back: a validated record, its text and the version that extracted it. */
export interface ImportedDocument {
  record: InspectionRecord;
  text: string;
  extractorVersion: string;
}

/** The checksum of a line's content: sha256 of its fields, as JSON, in a fixed order. */
export function exportChecksum(line: Omit<ExportLine, "sha256" | "format">): string {
  const content = JSON.stringify([
    line.documentId,
    line.source,
    line.extractorVersion,
    line.record,
    line.text,
  ]);
  return createHash("sha256").update(content).digest("hex");
}

/** The export line (JSON, no newline) of one stored document. */
export function toExportLine(document: Omit<ExportLine, "sha256" | "format">): string {
  const line: ExportLine = { format: EXPORT_FORMAT, ...document, sha256: exportChecksum(document) };
  return JSON.stringify(line);
}

/**
 * Reads one export line back, or says why it cannot: not JSON (a truncated line), not of this format,
 * a checksum that does not match (an edited line), or a record the schema refuses. Never throws.
 */
export function parseExportLine(
  text: string,
): { ok: true; value: ImportedDocument } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not a complete JSON line (truncated?)" };
  }
  const line = ExportLine.safeParse(json);
  if (!line.success) {
    return {
      ok: false,
      reason: `not an export line: ${formatIssues(line.error, { whole: "(line)", limit: 3 })}`,
    };
  }
  const { sha256, format: _format, ...content } = line.data;
  if (exportChecksum(content) !== sha256) {
    return { ok: false, reason: "its checksum does not match its content (edited?)" };
  }
  const record = InspectionRecord.safeParse(content.record);
  if (!record.success)
    return {
      ok: false,
      reason: `invalid record: ${formatIssues(record.error, { whole: "(line)", limit: 3 })}`,
    };
  if (record.data.document.id !== content.documentId || record.data.source !== content.source) {
    return { ok: false, reason: "its record is not the document it names" };
  }
  return {
    ok: true,
    value: { record: record.data, text: content.text, extractorVersion: content.extractorVersion },
  };
}
