import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AppError } from "../domain/AppError.ts";
import { formatIssues } from "../domain/formatIssues.ts";
import { RecordOverrides } from "../domain/RecordOverrides.ts";

/** The repository's `seed/` folder. */
export const SEED_DIR = fileURLToPath(new URL("../../seed", import.meta.url));

export const SeedManifest = z.object({
  description: z.string(),
  documents: z
    .array(
      z.object({
        file: z.string().regex(/^[^/\\]+$/, "a file name inside seed/"),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        description: z.string(),
        overrides: RecordOverrides.optional(),
      }),
    )
    .min(1),
});
export type SeedManifest = z.infer<typeof SeedManifest>;

export interface SeedDocument {
  path: string;
  bytes: Uint8Array;
  overrides: RecordOverrides | undefined;
}

/**
 * Reads `manifest.json` of a seed folder and the documents it lists, checking each checksum. Throws
 * AppError BAD_INPUT naming the manifest field or the file that is wrong.
 */
export async function loadSeedDocuments(
  manifestPath: string = join(SEED_DIR, "manifest.json"),
): Promise<SeedDocument[]> {
  let manifest: SeedManifest;
  try {
    manifest = SeedManifest.parse(JSON.parse(await readFile(manifestPath, "utf8")));
  } catch (error) {
    const detail = error instanceof z.ZodError ? formatIssues(error) : (error as Error).message;
    throw new AppError("BAD_INPUT", `${manifestPath}: invalid seed manifest: ${detail}`, { cause: error });
  }
  const dir = dirname(manifestPath);
  return Promise.all(
    manifest.documents.map(async (entry) => {
      const path = join(dir, entry.file);
      const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        throw new AppError(
          "BAD_INPUT",
          `${path}: listed in the seed manifest but cannot be read (${error.code})`,
        );
      });
      const actual = createHash("sha256").update(bytes).digest("hex");
      if (actual !== entry.sha256) {
        throw new AppError(
          "BAD_INPUT",
          `${path}: checksum ${actual} does not match the manifest's ${entry.sha256}`,
        );
      }
      return { path, bytes: new Uint8Array(bytes), overrides: entry.overrides };
    }),
  );
}
