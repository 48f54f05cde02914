import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { AppError } from "../domain/AppError.ts";

const DOCUMENT_EXTENSIONS = new Set([".pdf", ".txt"]);

/**
 * Expands a file or folder path into document files: a file is returned as it is (whatever its
 * extension, so that a mislabelled file still gets a clear verdict); a folder gives its `.pdf` and `.txt`
 * files, searched recursively, sorted by path. Throws AppError BAD_INPUT if the path does not exist.
 */
export async function listDocumentFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new AppError("BAD_INPUT", `${path}: no such file or folder`, { cause: error });
  });
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
