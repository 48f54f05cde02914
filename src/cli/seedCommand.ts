import type { Command } from "commander";
import { loadConfig } from "../config/config.ts";
import { seedGraph } from "../ingest/seedGraph.ts";
import { createLogger } from "../log/createLogger.ts";
import { openGraph } from "./openGraph.ts";
import { reportIngest } from "./reportIngest.ts";

/** Adds `seed`: loads the seed documents (idempotent: a second run changes nothing). */
export function registerSeedCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("seed")
    .description("Ingest the seed documents listed in seed/manifest.json")
    .action(async () => {
      const config = loadConfig();
      const graph = await openGraph(config, createLogger(config.logLevel));
      try {
        const report = reportIngest();
        const summary = await seedGraph(graph.executor, { onOutcome: report.onOutcome });
        report.finish(summary);
        if (summary.failed > 0) setExitCode(1);
      } finally {
        await graph.close();
      }
    });
}
