import type { IngestBenchResult } from "./ingestBench.ts";
import type { Baseline, LatencyRow } from "./latencyBench.ts";
import type { LoadRow } from "./loadBench.ts";
import { formatDuration, formatMiB, formatMs, formatRatio, type Percentiles } from "./measure.ts";
import type { ScaleSummary } from "./scaleGraph.ts";

/** The issue's targets, checked by the bench and reported (never asserted). */
export const TARGETS = {
  ingestVsPdftotext: 1.5,
  oursVsFloorP95: 1.3,
} as const;

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

/** Checks each target against what was measured; a part that did not run gives `met: null`. */
export function checkTargets(
  ingest: IngestBenchResult | null,
  latency: LatencyRow[] | null,
  load: LoadRow[] | null,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const full = ingest?.phases.find((p) => p.name.startsWith("(c)"));
  checks.push(
    ingest?.pdftotext && full
      ? {
          target: `full ingest within ${TARGETS.ingestVsPdftotext}× pdftotext at the same parallelism`,
          met: full.wallMs <= TARGETS.ingestVsPdftotext * ingest.pdftotext.wallMs,
          detail: `${formatDuration(full.wallMs)} vs ${formatDuration(ingest.pdftotext.wallMs)}: ${formatRatio(full.wallMs, ingest.pdftotext.wallMs)}`,
        }
      : {
          target: `full ingest within ${TARGETS.ingestVsPdftotext}× pdftotext`,
          met: null,
          detail: ingest?.pdftotextMissing ?? "not run",
        },
  );
  if (latency) {
    const slow = latency.filter((r) => r.ours.p95 > TARGETS.oursVsFloorP95 * r.floor.p95);
    checks.push({
      target: `GraphQL p95 within ${TARGETS.oursVsFloorP95}× the Cypher floor`,
      met: slow.length === 0,
      detail: latency.map((r) => `${r.query} ${formatRatio(r.ours.p95, r.floor.p95)}`).join(", "),
    });
    const compared = latency.filter((r) => r.peer);
    const notFaster = compared.filter((r) => r.peer && r.ours.p95 >= r.peer.p95);
    checks.push({
      target: "faster than @neo4j/graphql on every compared query (p95)",
      met: compared.length > 0 ? notFaster.length === 0 : null,
      detail: compared.map((r) => `${r.query} ${formatRatio(r.ours.p95, r.peer?.p95)}`).join(", "),
    });
  } else {
    checks.push({ target: "GraphQL p95 vs floor and peer", met: null, detail: "not run" });
  }
  if (load) {
    const failures = load.reduce((sum, r) => sum + r.non2xx + r.errors + r.graphqlErrors, 0);
    checks.push({
      target: "zero errors under load",
      met: failures === 0,
      detail: load
        .map(
          (r) =>
            `${r.connections} conns: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.graphqlErrors} GraphQL errors`,
        )
        .join("; "),
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
