import { open } from "node:fs/promises";
import { AppError } from "../domain/AppError.ts";
import { SNIFF_BYTES, sniffDocument } from "./sniffDocument.ts";

/** Larger files are refused before they are read. */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

/**
 * Reads a document file's bytes, failing fast: its first bytes are checked (see sniffDocument) before the
 * rest is read, so a large file of the wrong kind costs one small read. Throws AppError
 * UNREADABLE_DOCUMENT for a file that is missing, empty, too large or of the wrong kind.
 */
export async function readDocumentFile(path: string): Promise<Uint8Array> {
  const handle = await open(path, "r").catch((error: NodeJS.ErrnoException) => {
    throw new AppError("UNREADABLE_DOCUMENT", `${path}: cannot open (${error.code ?? error.message})`, {
      cause: error,
    });
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_DOCUMENT_BYTES) {
      throw new AppError("UNREADABLE_DOCUMENT", `${path}: too large (${Math.round(size / 1048576)} MB)`);
    }
    const head = new Uint8Array(Math.min(size, SNIFF_BYTES));
    await handle.read(head, 0, head.length, 0);
    sniffDocument(path, head);
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
