import type { Executor } from "../db/Executor.ts";
import { type IngestOptions, type IngestSummary, ingestSources } from "./ingestSources.ts";
import { loadSeedDocuments } from "./SeedManifest.ts";

/**
 * Ingests the seed documents that `seed/manifest.json` lists, each with the manifest's overrides.
 * Idempotent: a second run finds every document unchanged.
 */
export async function seedGraph(executor: Executor, options: IngestOptions = {}): Promise<IngestSummary> {
  const seeds = await loadSeedDocuments();
  return ingestSources(
    executor,
    seeds.map((seed) => ({ path: seed.path, read: async () => seed.bytes, overrides: seed.overrides })),
    options,
  );
}
