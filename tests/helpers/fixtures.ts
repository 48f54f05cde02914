import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Executor } from "../../src/db/Executor.ts";
import { readDocumentFile } from "../../src/extract/readDocumentFile.ts";
import { type IngestSummary, ingestSources } from "../../src/ingest/ingestSources.ts";

/** The corpus reports copied into the project for tests. */
export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures", import.meta.url));

/** The four corpus reports the worked examples of domain.md need. */
export const WORKED_EXAMPLE_REPORTS = [
  "80475_hertfordshire__19-november-2018.pdf",
  "80475_hertfordshire__10-march-2023.pdf",
  "80474_herefordshire__21-september-2022.pdf",
  "80474_herefordshire__12-january-2026.pdf",
];

/** Ingests fixture files by name. */
export function ingestFixtures(executor: Executor, names: string[]): Promise<IngestSummary> {
  return ingestSources(
    executor,
    names.map((name) => {
      const path = join(FIXTURES_DIR, name);
      return { path, read: () => readDocumentFile(path) };
    }),
  );
}
