import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Executor } from "../../src/db/Executor.ts";
import { readDocumentFile } from "../../src/extract/readDocumentFile.ts";
import { type IngestSummary, ingestSources } from "../../src/ingest/ingestSources.ts";
import { countGraph, type GraphCounts } from "../../src/store/countGraph.ts";
import { prepareGraph } from "../../src/store/prepareGraph.ts";
import { clearDatabase, openTestDatabase } from "../helpers/testDatabase.ts";

// The whole corpus of ../shared/corpus (103 files, 4 of them HTML pages named .pdf). Only present beside
// the repository on the team's machines and in CI; elsewhere these tests are skipped, saying why.
const REPO = fileURLToPath(new URL("../..", import.meta.url));
const CORPUS = join(REPO, "../shared/corpus/ilacs");
const hasCorpus = existsSync(CORPUS);

let executor: Executor;
let files: string[];
let clean: { counts: GraphCounts; visits: unknown[] };

async function ingestAll(order: string[]): Promise<IngestSummary> {
  return ingestSources(
    executor,
    order.map((path) => ({ path, read: () => readDocumentFile(path) })),
    { concurrency: 2 },
  );
}

async function snapshot() {
  const visits = await executor.readTransaction((tx) => tx.run("graph/visit-fingerprint"));
  return { counts: await countGraph(executor), visits };
}

async function wipe() {
  await clearDatabase(executor);
  await prepareGraph(executor);
}

/** Runs `ofsted-graph ingest` on the corpus in a child process and SIGKILLs it after `after` documents. */
function ingestAndKill(after: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const { uri, user, password } = inject("neo4j");
    const child = spawn(process.execPath, [join(REPO, "bin/ofsted-graph.js"), "ingest", CORPUS], {
      cwd: REPO,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stored = 0;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stored += chunk.split("\n").filter((line) => line.startsWith("ingested: ")).length;
      if (stored >= after && child.exitCode === null) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) =>
      signal === "SIGKILL"
        ? resolve(stored)
        : reject(new Error(`ingest ended before it was killed (${stored})`)),
    );
  });
}

describe.skipIf(!hasCorpus)(
  `the corpus (${hasCorpus ? CORPUS : "../shared/corpus is missing: skipped"})`,
  () => {
    beforeAll(async () => {
      executor = await openTestDatabase();
      files = (await readdir(CORPUS))
        .filter((f) => f.endsWith(".pdf"))
        .sort()
        .map((f) => join(CORPUS, f));
      const summary = await ingestAll(files);
      expect(files).toHaveLength(103);
      expect(summary.ingested).toBe(99);
      expect(summary.failed).toBe(4);
      clean = await snapshot();
    });
    afterAll(async () => {
      await executor?.close();
    });

    it("stores 99 documents and names the 4 HTML pages as failures with their reason", async () => {
      expect(clean.counts.nodes.Document).toBe(99);
      const summary = await ingestAll(files);
      const failures = summary.outcomes.filter((o) => o.status === "FAILED");
      expect(failures.map((f) => f.source.split("/").at(-1))).toEqual([
        "80429_birmingham__19-october-2012.pdf",
        "80431_blackpool__13-july-2012.pdf",
        "80490_bromley__17-august-2012.pdf",
        "80543_rotherham__10-august-2012.pdf",
      ]);
      for (const failure of failures)
        expect(failure).toMatchObject({ reason: expect.stringMatching(/not a PDF.*HTML/) });
    });

    it("changes no count when ingested again in reverse order", async () => {
      const summary = await ingestAll([...files].reverse());
      expect(summary).toMatchObject({ unchanged: 99, ingested: 0, failed: 4 });
      expect(await snapshot()).toEqual(clean);
    });

    it("builds the same graph when the documents arrive in reverse order", async () => {
      await wipe();
      await ingestAll([...files].reverse());
      expect(await snapshot()).toEqual(clean);
    });

    it("leaves no half-written document when killed mid-ingest, and a rerun ends as a clean run", async () => {
      await wipe();
      const stored = await ingestAndKill(15);
      const afterKill = await countGraph(executor);
      // Every document stored before the kill is whole: the rerun finds each unchanged.
      expect(afterKill.nodes.Document ?? 0).toBeGreaterThanOrEqual(stored);
      const rerun = await ingestAll(files);
      expect(rerun.unchanged).toBe(afterKill.nodes.Document ?? 0);
      expect(rerun.ingested + rerun.unchanged).toBe(99);
      expect(await snapshot()).toEqual(clean);
    });
  },
);
