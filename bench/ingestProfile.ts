/**
 * Where a full ingest's time goes: runs `ingestSources` over the corpus on the bench's Neo4j as the bench's
 * phase (c) does (2 worker threads, 4 documents in flight, an emptied database warmed up by 3 documents)
 * and prints, besides wall and CPU time, each statement's calls and time from the driver's side, each
 * kind of transaction's time (commit and the wait for the session included), and the Neo4j JVM's CPU by
 * thread group (query workers, JIT compilers, garbage collector...), read from /proc before and after.
 *
 *   node bin/run.js bench/ingestProfile.ts [--corpus dir] [--workers 2] [--limit n] [--restart]
 *                                          [--no-warm-up] [--writes-only]
 *
 * `--restart` stops the bench Neo4j first, so that the ingest meets a freshly started JVM as the bench's
 * phase (c) does; `--writes-only` extracts every document before the clock starts (phase d).
 */
import { readdirSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Executor } from "../src/db/Executor.ts";
import { stopLocalNeo4j } from "../src/db/localNeo4j.ts";
import type { ExtractedDocument } from "../src/extract/extractDocument.ts";
import { EXTRACTOR_VERSION } from "../src/extract/extractorVersion.ts";
import { readDocumentFile } from "../src/extract/readDocumentFile.ts";
import { extractInWorkers } from "../src/ingest/extractInWorkers.ts";
import { ingestDocument } from "../src/ingest/ingestDocument.ts";
import { ingestSources } from "../src/ingest/ingestSources.ts";
import { relinkPendingAuthorities } from "../src/store/relinkPendingAuthorities.ts";
import { BENCH_NEO4J_HOME, openBenchExecutor, startBenchNeo4j, wipeBenchDatabase } from "./benchDatabase.ts";
import { readableCorpus } from "./ingestBench.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: "../shared/corpus/ilacs" },
    workers: { type: "string", default: "2" },
    limit: { type: "string" },
    restart: { type: "boolean", default: false },
    "no-warm-up": { type: "boolean", default: false },
    "writes-only": { type: "boolean", default: false },
  },
});
const workers = Number(values.workers);
const log = (message: string) => process.stderr.write(`${message}\n`);

/** CPU time (ms) of each of a process's threads, by thread name with digits folded (`C2 CompilerThre#`). */
function threadCpu(pid: number): Map<string, number> {
  const ticks = 1000 / 100; // USER_HZ
  const byGroup = new Map<string, number>();
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
    } catch {
      continue; // the thread ended meanwhile
    }
    const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")).replace(/\d+/g, "#");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ms = (Number(fields[11]) + Number(fields[12])) * ticks;
    byGroup.set(name, (byGroup.get(name) ?? 0) + ms);
  }
  return byGroup;
}

/** Calls and total ms per name. */
class Tally {
  readonly rows = new Map<string, { calls: number; ms: number; max: number }>();
  add(name: string, ms: number): void {
    const row = this.rows.get(name) ?? { calls: 0, ms: 0, max: 0 };
    row.calls += 1;
    row.ms += ms;
    row.max = Math.max(row.max, ms);
    this.rows.set(name, row);
  }
  print(title: string): void {
    log(`\n| ${title} | calls | total ms | mean ms | max ms |\n| --- | --- | --- | --- | --- |`);
    for (const [name, r] of [...this.rows].sort((a, b) => b[1].ms - a[1].ms))
      log(
        `| ${name} | ${r.calls} | ${Math.round(r.ms)} | ${(r.ms / r.calls).toFixed(1)} | ${Math.round(r.max)} |`,
      );
  }
}

/** Times every statement, and every transaction under the name of its first statement. */
function instrument(executor: Executor, statements: Tally, transactions: Tally): void {
  executor.onStatement = (name, ms) => statements.add(name, ms);
  for (const mode of ["readTransaction", "writeTransaction"] as const) {
    const original = executor[mode].bind(executor);
    executor[mode] = (async (work: Parameters<typeof original>[0]) => {
      let first = "";
      const started = performance.now();
      try {
        return await original((tx) =>
          work({
            run: (name, params) => {
              first ||= name;
              return tx.run(name, params);
            },
          }),
        );
      } finally {
        transactions.add(
          `${mode === "readTransaction" ? "read" : "write"}: ${first}…`,
          performance.now() - started,
        );
      }
    }) as typeof original;
  }
}

if (values.restart) await stopLocalNeo4j(BENCH_NEO4J_HOME);
const neo4j = await startBenchNeo4j(log);
const { files: all } = await readableCorpus(values.corpus);
const files = values.limit ? all.slice(0, Number(values.limit)) : all;
const sources = files.map((path) => ({ path, read: () => readDocumentFile(path) }));
const executor = await openBenchExecutor(neo4j.uri);
await wipeBenchDatabase(executor);
if (!values["no-warm-up"]) {
  await ingestSources(executor, sources.slice(0, 3));
  await wipeBenchDatabase(executor);
}

const pool = extractInWorkers(Math.max(1, workers));
let extracted: ExtractedDocument[] = [];
if (values["writes-only"])
  extracted = await Promise.all(
    files.map(async (file) => pool.extract({ source: file, bytes: await readDocumentFile(file) })),
  );

const statements = new Tally();
const transactions = new Tally();
instrument(executor, statements, transactions);
const jvmBefore = threadCpu(neo4j.pid);
const usageBefore = process.resourceUsage();
const started = performance.now();
if (values["writes-only"]) {
  for (const extraction of extracted)
    await ingestDocument(executor, extraction, undefined, EXTRACTOR_VERSION, "batch");
  await relinkPendingAuthorities(executor);
} else {
  const summary = await ingestSources(executor, sources, {
    concurrency: Math.max(2, workers * 2),
    ...(workers > 0 ? { extract: pool.extract } : {}),
  });
  if (summary.failed > 0) log(`${summary.failed} documents failed`);
}
const wallMs = performance.now() - started;
const usageAfter = process.resourceUsage();
const jvmAfter = threadCpu(neo4j.pid);
await pool.close();
await executor.close();

const nodeCpuMs =
  (usageAfter.userCPUTime + usageAfter.systemCPUTime - usageBefore.userCPUTime - usageBefore.systemCPUTime) /
  1000;
const jvm = new Map<string, number>();
for (const [name, ms] of jvmAfter) {
  const spent = ms - (jvmBefore.get(name) ?? 0);
  if (spent > 0) jvm.set(name, spent);
}
const jvmMs = [...jvm.values()].reduce((a, b) => a + b, 0);
log(
  `\n${files.length} documents, ${values["writes-only"] ? "writes only" : `${workers} workers`}: wall ${(wallMs / 1000).toFixed(1)} s, ` +
    `CPU ${(nodeCpuMs / 1000).toFixed(1)} s (node) + ${(jvmMs / 1000).toFixed(1)} s (Neo4j)`,
);
statements.print("statement");
transactions.print("transaction (first statement)");
log("\n| Neo4j threads | CPU ms |\n| --- | --- |");
for (const [name, ms] of [...jvm].sort((a, b) => b[1] - a[1]).slice(0, 15))
  log(`| ${name} | ${Math.round(ms)} |`);
