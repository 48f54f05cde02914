import type { IngestBenchResult } from "./ingestBench.ts";
import type { Baseline, LatencyRow } from "./latencyBench.ts";
import type { LoadComparison, LoadRow } from "./loadBench.ts";
import { formatDuration, formatMiB, formatMs, formatRatio, type Percentiles } from "./measure.ts";
import type { ScaleSummary } from "./scaleGraph.ts";

/** The issue's targets, checked by the bench and reported (never asserted). */
export const TARGETS = {
  ingestVsPdftotext: 1.5,
  /** Peak memory of the full ingest, MiB. */
  ingestPeakMiB: 300,
  oursVsFloorP95: 1.3,
  /** p95 on the graph of twice the reports, over p95 on the smaller one, at most. */
  doublingP95: 1.3,
  /** Requests per second at 50 connections, over the service before issue 12's, at least. */
  loadVsBefore: 2,
} as const;

/**
 * Requests per second at 50 connections on the same mix before issue 12 (bench/RESULTS.md, 2026-11-23):
 * the yardstick only when the service of then cannot be run side by side (see baselineServer.ts).
 */
export const LOAD_BEFORE = { connections: 50, requestsPerSecond: 114.3 } as const;

/** The queries whose cost should stay flat as the graph doubles. */
const FLAT_QUERIES = ["recurringServices (national)", "themeTimeline"];

/** The latency rows measured on one graph. */
export interface GraphLatency {
  graph: string;
  scaled: ScaleSummary & { reused: boolean };
  rows: LatencyRow[];
}

/** One target's verdict. */
export interface TargetCheck {
  target: string;
  met: boolean | null;
  detail: string;
}

/** A Markdown table (GitHub style) from a header row and rows of cells. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const triple = (p: Percentiles | null) =>
  p ? `${formatMs(p.p50)} / ${formatMs(p.p95)} / ${formatMs(p.p99)}` : "–";

/** The ingestion table: wall time, peak memory and the ratio to pdftotext of each phase. */
export function ingestTable(result: IngestBenchResult): string {
  const reference = result.pdftotext;
  const rows = [...(reference ? [reference] : []), ...result.phases].map((f) => [
    f.name,
    f.workers === 0 ? "main thread" : String(f.workers),
    formatDuration(f.wallMs),
    f.peakRssBytes === null ? "–" : formatMiB(f.peakRssBytes),
    formatRatio(f.wallMs, reference?.wallMs),
    f.cpuMs === null ? "–" : formatDuration(f.cpuMs),
    formatRatio(f.cpuMs, reference?.cpuMs),
    f.name.startsWith("pdftotext") ? "" : `${f.documents - f.failed}/${f.documents}`,
  ]);
  return table(
    [
      "phase",
      "parallelism",
      "wall time",
      "peak RSS",
      "wall × pdftotext",
      "CPU time",
      "CPU × pdftotext",
      "documents ok",
    ],
    rows,
  );
}

/** The latency table: our API, the Cypher floor and the peer, with the ratios and the verdict. */
export function latencyTable(rows: LatencyRow[]): string {
  return table(
    [
      "query",
      "ours p50/p95/p99 ms",
      "floor p50/p95/p99 ms",
      "peer p50/p95/p99 ms",
      "ours/floor p95",
      "ours/peer p95",
      "target met?",
    ],
    rows.map((r) => {
      const floorOk = r.ours.p95 <= TARGETS.oursVsFloorP95 * r.floor.p95;
      const peerOk = r.peer ? r.ours.p95 < r.peer.p95 : null;
      const errors = r.errors.ours + r.errors.floor + r.errors.peer;
      const verdict = [
        `floor ${floorOk ? "yes" : "NO"}`,
        `peer ${peerOk === null ? "n/a" : peerOk ? "yes" : "NO"}`,
        ...(errors > 0 ? [`${errors} errors`] : []),
      ].join(", ");
      return [
        r.query,
        triple(r.ours),
        triple(r.floor),
        triple(r.peer),
        formatRatio(r.ours.p95, r.floor.p95),
        formatRatio(r.ours.p95, r.peer?.p95),
        verdict,
      ];
    }),
  );
}

/** The fixed cost of a request, with no database work, through each server. */
export function baselineLine(baseline: Baseline): string {
  return (
    `HTTP + GraphQL alone (\`{ __typename }\`, p50/p95/p99 ms): ours ${triple(baseline.ours)}, ` +
    `peer ${triple(baseline.peer)}.`
  );
}

/** Response sizes and what the peer's version of each query leaves out. */
export function peerNotesTable(rows: LatencyRow[]): string {
  return table(
    ["query", "ours response", "peer response", "peer's version"],
    rows.map((r) => [
      r.query,
      `${(r.bytes.ours / 1024).toFixed(1)} KiB`,
      r.bytes.peer === null ? "–" : `${(r.bytes.peer / 1024).toFixed(1)} KiB`,
      r.peerNote,
    ]),
  );
}

/** The load table: one row per connection count. */
export function loadTable(rows: LoadRow[]): string {
  return table(
    [
      "connections",
      "duration",
      "requests",
      "req/s",
      "p50 ms",
      "p99 ms",
      "max ms",
      "non-2xx",
      "errors (timeouts)",
      "GraphQL errors",
    ],
    rows.map((r) => [
      String(r.connections),
      `${r.durationSeconds} s`,
      String(r.requests),
      r.requestsPerSecond.toFixed(1),
      String(r.latencyP50),
      String(r.latencyP99),
      String(r.latencyMax),
      String(r.non2xx),
      `${r.errors} (${r.timeouts})`,
      String(r.graphqlErrors),
    ]),
  );
}

/** The scaled graph's shape. */
export function scaleSummary(summary: ScaleSummary & { reused: boolean }): string {
  const n = (label: string) => (summary.nodes[label] ?? 0).toLocaleString("en-GB");
  return (
    `${n("Authority")} authorities, ${n("Visit")} visits, ${n("Document")} documents, ${n("Finding")} findings, ` +
    `${n("Recommendation")} recommendations, ${n("Service")} services, ` +
    `${summary.relationships.toLocaleString("en-GB")} relationships ` +
    `(${summary.generatedDocuments} generated documents keeping ${(summary.findingSample * 100).toFixed(1)}% ` +
    `of their template's findings; ${summary.reused ? "reused from an earlier run" : `built in ${formatDuration(summary.ms)}`})`
  );
}

/** p95 of each query on consecutive graphs of real-sized reports, side by side, with the ratio. */
export function flatnessTable(runs: GraphLatency[]): string | null {
  const pairs = runs.slice(1).map((larger, i) => [runs[i] as GraphLatency, larger] as const);
  if (pairs.length === 0) return null;
  const rows = pairs.flatMap(([smaller, larger]) =>
    smaller.rows.flatMap((row) => {
      const other = larger.rows.find((r) => r.query === row.query);
      if (!other) return [];
      const flat = FLAT_QUERIES.includes(row.query);
      const met = other.ours.p95 <= TARGETS.doublingP95 * row.ours.p95;
      return [
        [
          row.query,
          `${smaller.graph} → ${larger.graph}`,
          `${formatMs(row.ours.p95)} → ${formatMs(other.ours.p95)}`,
          formatRatio(other.ours.p95, row.ours.p95),
          `${formatMs(row.floor.p95)} → ${formatMs(other.floor.p95)}`,
          flat ? (met ? "yes" : "NO") : "(not a target)",
        ],
      ];
    }),
  );
  return table(
    ["query", "graphs", "ours p95 ms", "ours ratio", "floor p95 ms", `flat (≤ ${TARGETS.doublingP95}×)?`],
    rows,
  );
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/** Our API and the service before issue 12, round by round, and the ratio of their means. */
export function loadComparisonTable(c: LoadComparison): string {
  const row = (name: string, xs: number[], failures: number) => [
    name,
    ...xs.map((x) => x.toFixed(1)),
    mean(xs).toFixed(1),
    String(failures),
  ];
  return table(
    ["server", ...c.ours.map((_, i) => `round ${i + 1} req/s`), "mean req/s", "failures"],
    [
      row("ours", c.ours, c.failures.ours),
      row("before issue 12", c.baseline, c.failures.baseline),
      [
        "ours / before",
        ...c.ours.map((x, i) => formatRatio(x, c.baseline[i])),
        formatRatio(mean(c.ours), mean(c.baseline)),
        "",
      ],
    ],
  );
}

/** Checks each target against what was measured; a part that did not run gives `met: null`. */
export function checkTargets(
  ingest: IngestBenchResult | null,
  runs: GraphLatency[] | null,
  load: LoadRow[] | null,
  comparison: LoadComparison | null,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const full = ingest?.phases.find((p) => p.name.startsWith("(c)"));
  if (ingest?.pdftotext && full) {
    const reference = ingest.pdftotext;
    checks.push(
      {
        target: `full ingest within ${TARGETS.ingestVsPdftotext}× pdftotext's wall time at the same parallelism`,
        met: full.wallMs <= TARGETS.ingestVsPdftotext * reference.wallMs,
        detail: `${formatDuration(full.wallMs)} vs ${formatDuration(reference.wallMs)}: ${formatRatio(full.wallMs, reference.wallMs)}`,
      },
      full.cpuMs !== null && reference.cpuMs !== null
        ? {
            target: `full ingest within ${TARGETS.ingestVsPdftotext}× pdftotext's CPU time (Neo4j's counted)`,
            met: full.cpuMs <= TARGETS.ingestVsPdftotext * reference.cpuMs,
            detail: `${formatDuration(full.cpuMs)} vs ${formatDuration(reference.cpuMs)}: ${formatRatio(full.cpuMs, reference.cpuMs)}`,
          }
        : {
            target: `full ingest within ${TARGETS.ingestVsPdftotext}× pdftotext's CPU time`,
            met: null,
            detail: "CPU time not measured",
          },
    );
  } else {
    checks.push({
      target: `full ingest within ${TARGETS.ingestVsPdftotext}× pdftotext`,
      met: null,
      detail: ingest?.pdftotextMissing ?? "not run",
    });
  }
  checks.push(
    full?.peakRssBytes
      ? {
          target: `full ingest's peak memory within ${TARGETS.ingestPeakMiB} MiB`,
          met: full.peakRssBytes <= TARGETS.ingestPeakMiB * 1048576,
          detail: formatMiB(full.peakRssBytes),
        }
      : {
          target: `full ingest's peak memory within ${TARGETS.ingestPeakMiB} MiB`,
          met: null,
          detail: "not run",
        },
  );
  for (const { graph, rows: latency } of runs ?? []) {
    const slow = latency.filter((r) => r.ours.p95 > TARGETS.oursVsFloorP95 * r.floor.p95);
    checks.push({
      target: `GraphQL p95 within ${TARGETS.oursVsFloorP95}× the Cypher floor, ${graph}`,
      met: slow.length === 0,
      detail: latency.map((r) => `${r.query} ${formatRatio(r.ours.p95, r.floor.p95)}`).join(", "),
    });
    const compared = latency.filter((r) => r.peer);
    const notFaster = compared.filter((r) => r.peer && r.ours.p95 >= r.peer.p95);
    checks.push({
      target: `faster than @neo4j/graphql on every compared query (p95), ${graph}`,
      met: compared.length > 0 ? notFaster.length === 0 : null,
      detail: compared.map((r) => `${r.query} ${formatRatio(r.ours.p95, r.peer?.p95)}`).join(", "),
    });
  }
  const reportGraphs = (runs ?? []).slice(1);
  for (const [i, larger] of reportGraphs.slice(1).entries()) {
    const smaller = reportGraphs[i] as GraphLatency;
    const ratios = FLAT_QUERIES.map((name) => {
      const a = smaller.rows.find((r) => r.query === name);
      const b = larger.rows.find((r) => r.query === name);
      return { name, a, b, met: a && b ? b.ours.p95 <= TARGETS.doublingP95 * a.ours.p95 : null };
    });
    checks.push({
      target: `national recurringServices and themeTimeline p95 flat as the graph doubles (≤ ${TARGETS.doublingP95}×), ${smaller.graph} → ${larger.graph}`,
      met: ratios.every((r) => r.met === true),
      detail: ratios.map((r) => `${r.name} ${formatRatio(r.b?.ours.p95, r.a?.ours.p95)}`).join(", "),
    });
  }
  if (!runs) {
    checks.push({ target: "GraphQL p95 vs floor and peer", met: null, detail: "not run" });
  }
  const at50 = load?.find((r) => r.connections === LOAD_BEFORE.connections);
  if (comparison) {
    const ratio = mean(comparison.ours) / mean(comparison.baseline);
    checks.push({
      target: `requests per second at ${comparison.connections} connections at least ${TARGETS.loadVsBefore}× the service before issue 12's, side by side`,
      met: ratio >= TARGETS.loadVsBefore,
      detail: `${mean(comparison.ours).toFixed(1)} vs ${mean(comparison.baseline).toFixed(1)} req/s (means of ${comparison.ours.length} alternated rounds): ${ratio.toFixed(2)}×`,
    });
  } else {
    checks.push({
      target: `requests per second at ${LOAD_BEFORE.connections} connections at least ${TARGETS.loadVsBefore}× the ${LOAD_BEFORE.requestsPerSecond} recorded before issue 12 (another day; not side by side)`,
      met: at50 ? at50.requestsPerSecond >= TARGETS.loadVsBefore * LOAD_BEFORE.requestsPerSecond : null,
      detail: at50
        ? `${at50.requestsPerSecond.toFixed(1)} req/s: ${(at50.requestsPerSecond / LOAD_BEFORE.requestsPerSecond).toFixed(2)}×`
        : "not run",
    });
  }
  if (load) {
    const failures =
      load.reduce((sum, r) => sum + r.non2xx + r.errors + r.graphqlErrors, 0) +
      (comparison?.failures.ours ?? 0);
    checks.push({
      target: "zero errors under load",
      met: failures === 0,
      detail: [
        ...load.map(
          (r) =>
            `${r.connections} conns: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.graphqlErrors} GraphQL errors`,
        ),
        ...(comparison ? [`side by side: ${comparison.failures.ours} failures`] : []),
      ].join("; "),
    });
  } else {
    checks.push({ target: "zero errors under load", met: null, detail: "not run" });
  }
  return checks;
}

/** The targets as a table. */
export function targetsTable(checks: TargetCheck[]): string {
  return table(
    ["target", "met?", "figures"],
    checks.map((c) => [c.target, c.met === null ? "not measured" : c.met ? "yes" : "NO", c.detail]),
  );
}
