import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { AppError } from "../domain/AppError.ts";

const DOCUMENT_EXTENSIONS = new Set([".pdf", ".txt"]);

/**
 * Expands command-line paths into document files: a file is taken as it is; a folder gives its `.pdf`
 * and `.txt` files, recursively, sorted. Throws AppError BAD_INPUT naming a path that does not exist.
 */
export async function listDocumentFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new AppError("BAD_INPUT", `${path}: no such file or folder`);
    });
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase()))
        .map((e) => join(e.parentPath, e.name))
        .sort(),
    );
  }
  return files;
}
