/**
 * `npm run bench [-- options]`: the performance bench (a script, not a test). From one run it prints the
 * ingestion figures against pdftotext, the latency of the use-case queries through our API, the Cypher
 * floor and @neo4j/graphql on a scaled graph, and our API under load, with the ratios and the issue's
 * targets checked. Everything runs on the bench's own Neo4j (`.neo4j/bench`, Bolt 7690) and HTTP ports
 * (4690, 4691); what it starts it stops. The report also goes to `bench/out/report.md` and `.json`.
 *
 * Options:
 *   --only <parts>        ingest, latency, load, explorer, soak (comma-separated; default all but soak)
 *   --quick               a fast smoke run: 10 documents, a small graph, few requests, 5 s of load
 *   --requests <n>        timed requests per query and contender (default 200)
 *   --warmup <n>          untimed requests per query and contender first (default 300)
 *   --duration <s>        seconds of each load run (default 30)
 *   --connections <list>  load connection counts (default 50,200)
 *   --authorities <n>     authorities in the scaled graph (default 150)
 *   --visits <n>          visits per authority (default 20)
 *   --findings <n>        findings to aim for (default 150000)
 *   --reports <list>      also measure latency on graphs of this many reports keeping every finding of
 *                         every report (default 500,1000; quick 40,80; "none" to skip), 5 per authority
 *   --parallelism <n>     worker threads for extraction and pdftotext processes (default: cores)
 *   --corpus <dir>        the corpus folder (default ../shared/corpus/ilacs)
 *   --regenerate          build the scaled graph again even if an earlier run's is there
 *   --soak-minutes <n>    minutes of the soak (default 10; quick 1): the mixed load at 50 connections,
 *                         errors and the server's memory per minute (`--only soak` runs it)
 *   --page-loads <n>      timed loads of each explorer page in headless Chromium (default 10; quick 3)
 *   --baseline <commit>   the service run side by side with ours under load (default: the commit before
 *                         issue 12, see baselineServer.ts; quick: none); `none` compares with the figure
 *                         recorded then instead
 *   --keep-db             leave the bench Neo4j running at the end
 */
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { LocalNeo4j } from "../src/db/localNeo4j.ts";
import {
  BASELINE_HTTP_PORT,
  BENCH_HTTP_PORT,
  openBenchExecutor,
  PEER_HTTP_PORT,
  startBenchNeo4j,
} from "./benchDatabase.ts";
import { BASELINE_COMMIT, prepareBaseline } from "./baselineServer.ts";
import { benchQueries } from "./benchQueries.ts";
import {
  type IngestBenchResult,
  PDFTOTEXT_INSTALL,
  pdftotextVersion,
  readableCorpus,
  runIngestBench,
} from "./ingestBench.ts";
import { type Baseline, measureBaseline, runLatencyBench } from "./latencyBench.ts";
import { compareLoad, type LoadComparison, type LoadRow, runLoadBench } from "./loadBench.ts";
import {
  type ExplorerRow,
  explorerTable,
  explorerTarget,
  PAGE_TARGET_MS,
  pickExplorerPages,
  runExplorerBench,
} from "./explorerBench.ts";
import { prepareScaledGraph } from "./prepareScaledGraph.ts";
import { runSoakBench, type SoakResult, soakReport } from "./soakBench.ts";
import {
  baselineLine,
  checkTargets,
  flatnessTable,
  type GraphLatency,
  ingestTable,
  latencyTable,
  LOAD_BEFORE,
  loadComparisonTable,
  loadTable,
  peerNotesTable,
  scaleSummary,
  targetsTable,
} from "./report.ts";
import { type RunningServer, startOurServer, startPeerServer, startServeCommand } from "./servers.ts";
import { pathExists } from "./pathExists.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT_DIR = join(ROOT, "bench", "out");
const PARTS = ["ingest", "latency", "load", "explorer", "soak"] as const;
/** The parts a run without `--only` runs: the soak takes ten minutes and is asked for by name. */
const DEFAULT_PARTS: readonly Part[] = ["ingest", "latency", "load", "explorer"];
/** Authority pages the explorer part loads: those that trace the most. */
const EXPLORER_AUTHORITIES = 3;
/** Connections of the soak, as the issue asks. */
const SOAK_CONNECTIONS = 50;
type Part = (typeof PARTS)[number];
/** Corpus documents a quick run ingests (and grows its graph from). */
const QUICK_DOCUMENTS = 10;
/** Visits per authority in the graphs of real-sized reports: doubling the reports doubles the authorities. */
const REPORTS_PER_AUTHORITY = 5;

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    quick: { type: "boolean", default: false },
    requests: { type: "string" },
    warmup: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    authorities: { type: "string" },
    visits: { type: "string" },
    findings: { type: "string" },
    reports: { type: "string" },
    parallelism: { type: "string" },
    corpus: { type: "string" },
    regenerate: { type: "boolean", default: false },
    "keep-db": { type: "boolean", default: false },
    baseline: { type: "string" },
    "soak-minutes": { type: "string" },
    "page-loads": { type: "string" },
  },
});

const quick = values.quick ?? false;
const number = (value: string | undefined, full: number, fast: number) =>
  value !== undefined ? Number(value) : quick ? fast : full;
const parts = new Set<Part>(
  (values.only?.split(",").map((p) => p.trim()) ?? [...DEFAULT_PARTS]).map((p) => {
    if (!(PARTS as readonly string[]).includes(p))
      throw new Error(`--only: unknown part '${p}' (${PARTS.join(", ")})`);
    return p as Part;
  }),
);
const settings = {
  requests: number(values.requests, 200, 20),
  warmup: number(values.warmup, 300, 3),
  /**
   * Untimed `{ __typename }` requests to each server before anything is timed. A freshly started server
   * takes thousands of requests to reach its steady speed (V8 optimises the HTTP and Apollo path as it
   * runs): `{ __typename }` p50 0.97 ms over its requests 20-220, 0.27 ms over 2,000-3,000. The floor
   * runs in this process's driver, already warm from preparing the graph.
   */
  serverWarmup: quick ? 20 : 3000,
  duration: number(values.duration, 30, 5),
  soakMinutes: number(values["soak-minutes"], 10, 1),
  pageLoads: number(values["page-loads"], 10, 3),
  connections: (values.connections ?? "50,200").split(",").map(Number),
  scale: {
    authorities: number(values.authorities, 150, 30),
    visitsPerAuthority: number(values.visits, 20, 8),
    targetFindings: number(values.findings, 150_000, 12_000),
    seed: 20_240_601,
  },
  /** Graphs of real-sized reports (every finding kept), by number of reports: the doubling check. */
  reports:
    values.reports === "none"
      ? []
      : (values.reports ?? (quick ? "40,80" : "500,1000")).split(",").map(Number),
  parallelism: number(values.parallelism, availableParallelism(), availableParallelism()),
  baseline:
    (values.baseline ?? (quick ? "none" : BASELINE_COMMIT)) === "none"
      ? null
      : (values.baseline ?? BASELINE_COMMIT),
  corpus: resolve(ROOT, values.corpus ?? "../shared/corpus/ilacs"),
};

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const print = (text = "") => process.stdout.write(`${text}\n`);

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;

  const corpusPresent = await pathExists(settings.corpus);
  const notes: string[] = [];
  if (!corpusPresent) {
    const message = `The corpus folder ${settings.corpus} is missing: the ingestion part is skipped, and the scaled graph is grown from the seed documents instead of the corpus.`;
    notes.push(message);
    log(message);
  }
  const corpusFiles = corpusPresent
    ? (await readableCorpus(settings.corpus)).files.slice(0, quick ? QUICK_DOCUMENTS : undefined)
    : null;
  const pdftotext = await pdftotextVersion();
  if (!pdftotext && parts.has("ingest")) {
    const message = `pdftotext is missing, so there is no reference for the ingestion ratios. Install it with: ${PDFTOTEXT_INSTALL}`;
    notes.push(message);
    log(message);
  }

  let neo4j: LocalNeo4j | null = null;
  const servers: RunningServer[] = [];
  let ingest: IngestBenchResult | null = null;
  const latency: GraphLatency[] = [];
  let baseline: Baseline | null = null;
  let load: LoadRow[] | null = null;
  let loadComparison: LoadComparison | null = null;
  let soak: SoakResult | null = null;
  let explorer: ExplorerRow[] | null = null;
  let scaled: Awaited<ReturnType<typeof prepareScaledGraph>> | null = null;
  const graphs = [
    { label: "the 3,000-visit graph (findings thinned)", scale: settings.scale },
    ...settings.reports.map((reports) => ({
      label: `${reports.toLocaleString("en-GB")} reports, every finding`,
      scale: {
        authorities: Math.ceil(reports / REPORTS_PER_AUTHORITY),
        visitsPerAuthority: REPORTS_PER_AUTHORITY,
        targetFindings: null,
        seed: settings.scale.seed,
      },
    })),
  ];
  try {
    neo4j = await startBenchNeo4j(log);

    if (parts.has("ingest") && corpusPresent) {
      ingest = await runIngestBench({
        corpusDir: settings.corpus,
        uri: neo4j.uri,
        neo4jPid: neo4j.pid,
        parallelism: settings.parallelism,
        outDir: OUT_DIR,
        ...(quick ? { limit: QUICK_DOCUMENTS } : {}),
        withMainThread: !quick,
        log,
      });
    }

    if (parts.has("latency") || parts.has("load") || parts.has("soak") || parts.has("explorer")) {
      const executor = await openBenchExecutor(neo4j.uri);
      try {
        scaled = await prepareScaledGraph({
          executor,
          corpusFiles,
          scale: settings.scale,
          parallelism: settings.parallelism,
          outDir: OUT_DIR,
          regenerate: values.regenerate ?? false,
          log,
        });
        log(`scale: ${scaleSummary(scaled)}`);
        const queries = await benchQueries(executor, settings.requests);
        const mix = queries.filter((q) => q.inLoadMix);
        // The service before issue 12 starts first: its start writes its own theme labels, and ours, started
        // after it, writes today's back.
        let before: RunningServer | null = null;
        if (parts.has("load") && settings.baseline) {
          const prepared = await prepareBaseline(settings.baseline, OUT_DIR, log);
          if ("root" in prepared) {
            log(`starting the service of ${settings.baseline.slice(0, 12)} (before issue 12)`);
            before = await startServeCommand({
              name: "before issue 12",
              root: prepared.root,
              uri: neo4j.uri,
              port: BASELINE_HTTP_PORT,
            });
            servers.push(before);
          } else {
            const message = `The load is compared with the figure recorded before issue 12, not side by side: ${prepared.unavailable}.`;
            notes.push(message);
            log(message);
          }
        }
        log("starting our API and the @neo4j/graphql peer");
        const ours = await startOurServer(neo4j.uri, BENCH_HTTP_PORT);
        servers.push(ours);
        const peer = parts.has("latency") ? await startPeerServer(neo4j.uri, PEER_HTTP_PORT) : null;
        if (peer) servers.push(peer);
        const measureLatency = async (label: string, graph: typeof scaled, graphQueries: typeof queries) => {
          if (!peer || !graph) return;
          log(`latency on ${label}`);
          latency.push({
            graph: label,
            scaled: graph,
            rows: await runLatencyBench({
              queries: graphQueries,
              registry: executor.registry,
              uri: neo4j!.uri,
              oursUrl: ours.url,
              peerUrl: peer.url,
              warmup: settings.warmup,
              log,
            }),
          });
        };
        if (peer) {
          log("latency: baseline { __typename } through both servers");
          baseline = await measureBaseline(ours.url, peer.url, settings.requests, settings.serverWarmup);
        }
        await measureLatency(graphs[0]!.label, scaled, queries);
        if (parts.has("load")) {
          load = await runLoadBench({
            url: ours.url,
            queries: mix,
            connections: settings.connections,
            durationSeconds: settings.duration,
            log,
          });
          if (before) {
            loadComparison = await compareLoad({
              oursUrl: ours.url,
              baselineUrl: before.url,
              queries: mix,
              connections: LOAD_BEFORE.connections,
              rounds: 3,
              secondsPerRound: Math.max(5, Math.round(settings.duration / 2)),
              log,
            });
            await before.stop();
          }
        }
        if (parts.has("explorer")) {
          const pages = await pickExplorerPages(executor, EXPLORER_AUTHORITIES);
          log(
            `explorer: ${pages.length} pages, ${settings.pageLoads} timed loads each, in headless Chromium`,
          );
          explorer = await runExplorerBench({
            origin: new URL(ours.url).origin,
            pages,
            loads: settings.pageLoads,
            warmup: 1,
            log,
          });
        }
        if (parts.has("soak")) {
          log(`soak: ${SOAK_CONNECTIONS} connections for ${settings.soakMinutes} min`);
          soak = await runSoakBench({
            url: ours.url,
            pid: ours.pid,
            queries: mix,
            connections: SOAK_CONNECTIONS,
            minutes: settings.soakMinutes,
            log,
          });
        }
        for (const graph of peer ? graphs.slice(1) : []) {
          const built = await prepareScaledGraph({
            executor,
            corpusFiles,
            scale: graph.scale,
            parallelism: settings.parallelism,
            outDir: OUT_DIR,
            regenerate: values.regenerate ?? false,
            log,
          });
          log(`scale: ${scaleSummary(built)}`);
          await measureLatency(graph.label, built, await benchQueries(executor, settings.requests));
        }
      } finally {
        await executor.close();
      }
    }
  } finally {
    for (const server of servers) await server.stop().catch(() => undefined);
    if (neo4j && !values["keep-db"]) await neo4j.stop();
  }

  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    neo4j: neo4j?.version ?? "not started",
    pdftotext: pdftotext ?? "not installed",
    loadAverage: { start: loadAtStart.map((x) => x.toFixed(2)), end: loadavg().map((x) => x.toFixed(2)) },
  };
  const targets = checkTargets(ingest, latency.length ? latency : null, load, loadComparison);
  const sections: string[] = [
    `# Bench run of ${startedAt.toISOString()}`,
    `Command: \`${command}\`${quick ? " (quick mode: smoke figures, not comparable)" : ""}`,
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, Neo4j ${machine.neo4j}, ${machine.pdftotext}; ` +
      `load average at start ${machine.loadAverage.start.join(" ")}, at end ${machine.loadAverage.end.join(" ")}`,
    ...notes.map((n) => `Note: ${n}`),
  ];
  if (ingest) {
    sections.push(
      `## Ingestion: ${ingest.readable} readable PDFs of ${ingest.corpus} (${ingest.unreadable.length} unreadable left out), parallelism ${ingest.parallelism}`,
      ingestTable(ingest),
    );
  }
  if (scaled && latency.length === 0) sections.push(`## Scaled graph\n\n${scaleSummary(scaled)}`);
  for (const [i, run] of latency.entries()) {
    sections.push(
      `## Latency on ${run.graph}: ${settings.requests} sequential requests per query and contender after ${settings.warmup} warm-up` +
        (i === 0 ? ` (and ${settings.serverWarmup} of \`{ __typename }\` to each server first)` : ""),
      `Graph: ${scaleSummary(run.scaled)}`,
      latencyTable(run.rows),
      ...(i === 0 && baseline ? [baselineLine(baseline)] : []),
      ...(i === 0 ? [peerNotesTable(run.rows)] : []),
    );
  }
  const flatness = flatnessTable(latency.slice(1));
  if (flatness) sections.push("## As the graph of real-sized reports doubles (p95)", flatness);
  if (load) sections.push(`## Load: autocannon on our API, mixed queries`, loadTable(load));
  if (loadComparison)
    sections.push(
      `## Load side by side with the service before issue 12 (${settings.baseline?.slice(0, 12)}): ${loadComparison.connections} connections, alternated rounds of ${loadComparison.secondsPerRound} s`,
      loadComparisonTable(loadComparison),
    );
  if (explorer) {
    const target = explorerTarget(explorer);
    sections.push(
      `## Explorer pages: ${settings.pageLoads} loads each in headless Chromium, each in a fresh browser context`,
      explorerTable(explorer),
      `Target: an authority page fully shown within ${PAGE_TARGET_MS / 1000} s (p95): ${target.met ? "met" : "NOT met"} (${target.figures}).`,
    );
  }
  if (soak)
    sections.push(`## Soak: the mixed load, errors and the server's memory over time`, soakReport(soak));
  sections.push("## Targets", targetsTable(targets));
  const report = sections.join("\n\n");
  print(report);
  await writeFile(join(OUT_DIR, "report.md"), `${report}\n`);
  await writeFile(
    join(OUT_DIR, "report.json"),
    `${JSON.stringify({ startedAt, command, settings, machine, notes, ingest, scaled, baseline, latency, load, loadComparison, soak, explorer, targets }, null, 2)}\n`,
  );
  log(`report written to ${join(OUT_DIR, "report.md")} and report.json`);
}

await main();
