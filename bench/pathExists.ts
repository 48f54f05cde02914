import { stat } from "node:fs/promises";

/** Whether anything is at `path` (a file or a folder). */
export function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
