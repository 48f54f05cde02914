import { SingleBar } from "cli-progress";
import type { IngestOutcome, IngestSummary } from "../ingest/ingestSources.ts";

/**
 * Shows an ingest's progress: a progress bar on a terminal, one plain line per document otherwise
 * (on stderr). Failures are listed with their reasons in the summary, on stdout. Returns the per-document callback and a `finish`
 * that prints the summary.
 */
export function reportIngest(): {
  onOutcome: (outcome: IngestOutcome, done: number, total: number) => void;
  finish: (summary: IngestSummary) => void;
} {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: "ingest [{bar}] {value}/{total} {source}",
        stream: process.stderr,
        hideCursor: true,
      })
    : null;
  return {
    onOutcome(outcome, done, total) {
      if (bar && done === 1) bar.start(total, 0, { source: "" });
      if (bar) bar.increment({ source: outcome.source });
      else if (outcome.status === "FAILED") console.error(`failed: ${outcome.reason}`);
      else console.error(`${outcome.status.toLowerCase()}: ${outcome.source}`);
    },
    finish(summary) {
      bar?.stop();
      console.log(
        `${summary.outcomes.length} documents: ${summary.ingested} ingested, ${summary.replaced} replaced, ` +
          `${summary.unchanged} unchanged, ${summary.failed} failed`,
      );
      for (const outcome of summary.outcomes) {
        if (outcome.status === "FAILED") console.log(`  failed: ${outcome.reason}`);
      }
    },
  };
}
