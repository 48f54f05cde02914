import type { Executor } from "../db/Executor.ts";
import { THEMES } from "../domain/ThemeTaxonomy.ts";

/** Creates or updates one Theme node per taxonomy theme (idempotent; run at every start). */
export async function seedThemes(executor: Executor): Promise<void> {
  const themes = THEMES.map(({ id, label, description }) => ({ id, label, description }));
  await executor.writeTransaction((tx) => tx.run("graph/merge-themes", { themes }));
}
