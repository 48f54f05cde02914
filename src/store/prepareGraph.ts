import { applySchema } from "../db/applySchema.ts";
import type { Executor } from "../db/Executor.ts";
import { seedThemes } from "./seedThemes.ts";

/** Makes a database ready for use: constraints and indexes, then the theme taxonomy. Idempotent. */
export async function prepareGraph(executor: Executor): Promise<void> {
  await applySchema(executor);
  await seedThemes(executor);
}
