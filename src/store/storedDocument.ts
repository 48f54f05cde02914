import { z } from "zod";
import type { Executor, StatementRunner } from "../db/Executor.ts";

/** What the graph keeps about a stored document to decide whether ingesting it again changes anything. */
export const StoredDocument = z.object({
  id: z.string(),
  extractorVersion: z.string().nullable(),
  visitId: z.string(),
});
export type StoredDocument = z.infer<typeof StoredDocument>;

/** The stored document with that id (the sha256 of its bytes), read inside the caller's transaction; null when there is none. */
export async function readStoredDocument(
  tx: StatementRunner,
  documentId: string,
): Promise<StoredDocument | null> {
  const [row] = await tx.run("ingest/get-document", { documentId });
  return row ? StoredDocument.parse(row) : null;
}

/**
 * The visit of a document already stored by `extractorVersion`, or null when ingesting it would change
 * something: lets a re-run skip extraction for documents it has.
 */
export async function findCurrentDocument(
  executor: Executor,
  documentId: string,
  extractorVersion: string,
): Promise<{ documentId: string; visitId: string } | null> {
  const stored = await executor.readTransaction((tx) => readStoredDocument(tx, documentId));
  return stored?.extractorVersion === extractorVersion ? { documentId, visitId: stored.visitId } : null;
}
