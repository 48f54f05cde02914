import { z } from "zod";
import type { Executor } from "../db/Executor.ts";

/** A stored document as the export reads it; `recordJson` is null for documents stored before it was kept. */
export const ExportRow = z.object({
  id: z.string(),
  source: z.string(),
  extractorVersion: z.string().nullable(),
  recordJson: z.string().nullable(),
  text: z.string(),
});
export type ExportRow = z.infer<typeof ExportRow>;

/** Up to `limit` stored documents whose ids sort after `after` (start with ""), in id order. */
export function readExportPage(executor: Executor, after: string, limit: number): Promise<ExportRow[]> {
  return executor.read("graph/export-documents", { after, limit }, ExportRow);
}
