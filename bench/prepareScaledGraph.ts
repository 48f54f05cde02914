import { createWriteStream } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { join } from "node:path";
import type { Executor } from "../src/db/Executor.ts";
import { readDocumentFile } from "../src/extract/readDocumentFile.ts";
import { exportGraph } from "../src/ingest/exportGraph.ts";
import { extractInWorkers } from "../src/ingest/extractInWorkers.ts";
import { importGraph } from "../src/ingest/importGraph.ts";
import { ingestSources } from "../src/ingest/ingestSources.ts";
import { seedGraph } from "../src/ingest/seedGraph.ts";
import { wipeBenchDatabase } from "./benchDatabase.ts";
import { countDocuments, type ScaleOptions, type ScaleSummary, scaleGraph } from "./scaleGraph.ts";
import { pathExists } from "./pathExists.ts";

const STATE_FILE = "scaled-graph.json";
/**
 * The ingested corpus as an export (`ofsted-graph export`), kept after the first ingest: a run that
 * builds several graphs empties the database for each and imports this, reading no PDF again.
 */
const CORPUS_EXPORT = "corpus-export.jsonl";

/**
 * Makes the bench database hold the scaled graph for `options`: reused when an earlier run built the same
 * one (recorded in `<outDir>/scaled-graph.json` and the database's counts agree) unless `regenerate`;
 * otherwise grown from the ingested documents already there (as the ingest bench leaves them), or from a
 * fresh ingest of `corpusFiles` (or of the seed documents when there is no corpus) into the emptied database.
 */
export async function prepareScaledGraph(options: {
  executor: Executor;
  corpusFiles: string[] | null;
  scale: ScaleOptions;
  parallelism: number;
  outDir: string;
  regenerate: boolean;
  log: (message: string) => void;
}): Promise<ScaleSummary & { reused: boolean }> {
  const { executor, log } = options;
  const signature = JSON.stringify({ scale: options.scale, corpus: options.corpusFiles?.length ?? "seeds" });
  const statePath = join(options.outDir, STATE_FILE);
  const state = await readFile(statePath, "utf8").then(
    (text) => JSON.parse(text) as { signature: string; summary: ScaleSummary; ingested: number },
    () => null,
  );
  const counts = await countDocuments(executor);
  if (
    !options.regenerate &&
    state?.signature === signature &&
    counts.generated === state.summary.generatedDocuments &&
    counts.ingested === state.ingested
  ) {
    log("scale: reusing the scaled graph of an earlier run (--regenerate to build it again)");
    return { ...state.summary, reused: true };
  }

  const expected = options.corpusFiles?.length ?? 5;
  const exported = join(options.outDir, `${options.corpusFiles?.length ?? "seeds"}-${CORPUS_EXPORT}`);
  if (counts.generated > 0 || counts.ingested < 0.9 * expected) {
    log(
      `scale: emptying the bench database and ingesting ${options.corpusFiles ? "the corpus" : "the seed documents"}`,
    );
    await wipeBenchDatabase(executor);
    if (await pathExists(exported)) {
      log(`scale: importing the corpus from ${exported}`);
      await importGraph(executor, exported);
    } else if (options.corpusFiles) {
      const pool = extractInWorkers(options.parallelism);
      try {
        await ingestSources(
          executor,
          options.corpusFiles.map((path) => ({ path, read: () => readDocumentFile(path) })),
          { concurrency: options.parallelism * 2, extract: pool.extract },
        );
      } finally {
        await pool.close();
      }
    } else {
      await seedGraph(executor);
    }
  }
  if (!(await pathExists(exported))) {
    // The database holds the ingested documents alone: kept for the next graph this run or a later one builds.
    const partial = `${exported}.partial`;
    const out = createWriteStream(partial);
    await exportGraph(executor, out);
    out.end();
    await finished(out);
    await rename(partial, exported);
  }
  const ingested = (await countDocuments(executor)).ingested;
  const summary = await scaleGraph(executor, options.scale, log);
  await writeFile(statePath, `${JSON.stringify({ signature, summary, ingested }, null, 2)}\n`);
  return { ...summary, reused: false };
}
