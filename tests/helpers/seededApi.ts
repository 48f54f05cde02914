import { afterAll, beforeAll } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { seedGraph } from "../../src/ingest/seedGraph.ts";
import { ingestFixtures } from "./fixtures.ts";
import { startTestApi, type TestApi } from "./startTestApi.ts";
import { openTestDatabase } from "./testDatabase.ts";

/** The real API on an emptied test database holding the seeds and the given fixture reports. */
export async function openSeededApi(reports: string[] = []): Promise<{ executor: Executor; api: TestApi }> {
  const executor = await openTestDatabase();
  const seeded = await seedGraph(executor);
  const ingested = await ingestFixtures(executor, reports);
  // A test on a graph missing a seed would fail far from the cause, or pass for the wrong reason.
  if (seeded.failed + ingested.failed > 0) {
    throw new Error(
      `set-up: ${seeded.failed} seed and ${ingested.failed} fixture documents failed to ingest`,
    );
  }
  return { executor, api: await startTestApi(executor) };
}

/** Stops what openSeededApi started; safe after a failed set-up. */
export async function closeSeededApi(
  executor: Executor | undefined,
  api: TestApi | undefined,
): Promise<void> {
  await api?.stop();
  await executor?.close();
}

/**
 * The seeded API for every test of the calling file: opened before them, closed after. Read `executor` and
 * `api` inside tests and hooks only (they exist once the file's set-up has run).
 */
export function useSeededApi(reports: string[] = []): { readonly executor: Executor; readonly api: TestApi } {
  let opened: { executor: Executor; api: TestApi } | undefined;
  beforeAll(async () => {
    opened = await openSeededApi(reports);
  });
  afterAll(async () => {
    await closeSeededApi(opened?.executor, opened?.api);
  });
  const get = () => {
    if (!opened) throw new Error("the seeded API is read before the file's set-up has run");
    return opened;
  };
  return {
    get executor() {
      return get().executor;
    },
    get api() {
      return get().api;
    },
  };
}
