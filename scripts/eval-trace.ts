/**
 * Measures recommendation tracing against careful readers: `npm run eval:trace`.
 *
 * Reads `../shared/corpus/trace-dev.jsonl` (recommendations of an earlier report, each judged against the
 * next report of the same authority) and, for each, asks what the later visit says: by default through
 * the service itself (the labelled pairs ingested into a scratch database of the project's own Neo4j,
 * then `traceRecommendation` over GraphQL); with `--offline`, on the extracted records alone (no
 * database: quick, for development). Prints status agreement, opposite-direction errors, the confusion
 * table, recommendation themes, whether the labelled deciding sentences are among the first five evidence
 * items, and the worst cases with the evidence chosen. `--set=<path>` measures one of the project's own
 * labelled sets instead (data/labels/trace-tune.jsonl).
 */
import {
  confusionTable,
  scoreThemes,
  normaliseForMatch,
  percent,
  evalOptions,
  labelledLines,
  wordOverlap,
} from "./eval/corpus.ts";
import { TraceConfidence } from "../src/domain/TraceStatus.ts";
import { oppositeStatuses, STATUSES, TraceLabel } from "./eval/traceLabel.ts";
import { type TracedLine, traceOffline } from "./eval/traceOffline.ts";

/** Whether a labelled sentence is the text of an evidence item (contained, or 80% of its words). */
function sameSentence(labelled: string, text: string): boolean {
  return normaliseForMatch(text).includes(normaliseForMatch(labelled)) || wordOverlap(labelled, text) >= 0.8;
}

async function main(): Promise<void> {
  const { set, worst: limit, json, offline } = evalOptions(12);
  const lines = labelledLines("eval:trace", "trace-dev.jsonl", set);
  if (lines === null) return;
  const labels = lines.map((line) => TraceLabel.parse(line));
  const traced: TracedLine[] = offline
    ? await traceOffline(labels)
    : await (await import("./eval/traceThroughService.ts")).traceThroughService(labels);

  const confusion = new Map<string, number>();
  let agreed = 0;
  let opposite = 0;
  let evidenceLabelled = 0;
  let evidenceInTopFive = 0;
  let linesWithEvidence = 0;
  let linesWithOneInTopFive = 0;
  let unmatched = 0;
  for (const { label, result } of traced) {
    const ours = result?.status ?? "no recommendation";
    if (result === null) unmatched++;
    confusion.set(`${label.status}>${ours}`, (confusion.get(`${label.status}>${ours}`) ?? 0) + 1);
    if (ours === label.status) agreed++;
    if (oppositeStatuses(label.status, ours)) opposite++;
    if (label.evidence.length > 0) {
      linesWithEvidence++;
      const topFive = (result?.evidence ?? []).slice(0, 5);
      const hits = label.evidence.filter((sentence) =>
        topFive.some((e) => sameSentence(sentence, e.text)),
      ).length;
      evidenceLabelled += label.evidence.length;
      evidenceInTopFive += hits;
      if (hits > 0) linesWithOneInTopFive++;
    }
  }
  const themes = scoreThemes(
    traced.map(({ label, result }) => ({ ours: result?.themes ?? [], labelled: label.themes })),
  );
  // Confidence is only worth showing users if it tells them when to rely on the status.
  const byConfidence = TraceConfidence.options.map((level) => {
    const at = traced.filter((l) => l.result?.confidence === level);
    return {
      level,
      followUps: at.length,
      agreed: at.filter((l) => l.result?.status === l.label.status).length,
    };
  });
  if (json) {
    console.log(
      JSON.stringify({
        statusAgreement: agreed / traced.length,
        opposite: opposite / traced.length,
        themesF1: themes.f1,
        evidenceInTopFive: evidenceInTopFive / evidenceLabelled,
        linesWithDecidingInTopFive: linesWithOneInTopFive / linesWithEvidence,
        agreementByConfidence: Object.fromEntries(
          byConfidence.map(({ level, ...counts }) => [level, counts]),
        ),
      }),
    );
    return;
  }
  const mode = offline ? "offline, on extracted records" : "through the service (scratch Neo4j, GraphQL)";
  console.log(
    `Tracing over ${set ?? "trace-dev"}: ${traced.length} recommendations, ${new Set(labels.map((l) => l.pair)).size} pairs; ${mode}\n`,
  );
  const row = (name: string, value: string, target: string, met: boolean | null) =>
    console.log(
      `  ${name.padEnd(58)} ${value.padStart(8)}  ${target.padEnd(8)} ${met === null ? "" : met ? "met" : "MISSED"}`,
    );
  console.log(`  ${"measure".padEnd(58)} ${"ours".padStart(8)}  must reach`);
  row(
    "status agreement at the next visit (4 classes)",
    percent(agreed, traced.length),
    ">= 85%",
    agreed / traced.length >= 0.85,
  );
  row(
    "opposite direction (IMPROVED <-> PERSISTS)",
    percent(opposite, traced.length),
    "<= 2%",
    opposite / traced.length <= 0.02,
  );
  row("recommendation themes, micro F1", themes.f1.toFixed(3), ">= 0.85", themes.f1 >= 0.85);
  row(
    "  precision / recall",
    `${(100 * themes.precision).toFixed(0)}%/${(100 * themes.recall).toFixed(0)}%`,
    "",
    null,
  );
  row(
    "labelled deciding sentences among the first five evidence",
    percent(evidenceInTopFive, evidenceLabelled),
    ">= 70%",
    evidenceInTopFive / evidenceLabelled >= 0.7,
  );
  row(
    "  recommendations with one of them in the first five",
    percent(linesWithOneInTopFive, linesWithEvidence),
    "",
    null,
  );
  if (unmatched > 0) row("  labelled items not found among our recommendations", String(unmatched), "", null);

  console.log("\nStatus: rows are the labels, columns ours");
  for (const line of confusionTable(STATUSES, confusion, "no recommendation")) console.log(line);

  console.log("\nAgreement by our confidence");
  for (const { level, followUps, agreed: right } of byConfidence) {
    console.log(
      `  ${level.padEnd(8)} ${String(followUps).padStart(4)} follow-ups  ${percent(right, followUps).padStart(6)} agreed`,
    );
  }

  const severity = (l: TracedLine) => {
    const ours = l.result?.status;
    if (ours === l.label.status) return 0;
    return (oppositeStatuses(l.label.status, ours) ? 3 : 1) + (l.label.confidence === "high" ? 1 : 0);
  };
  const wrong = traced.filter((l) => severity(l) > 0).sort((a, b) => severity(b) - severity(a));
  console.log(`\nWorst cases (${wrong.length} disagreements; first ${Math.min(limit, wrong.length)})`);
  for (const { label, result } of wrong.slice(0, limit)) {
    console.log(
      `\n  ${label.earlier} #${label.ordinal} label ${label.status} (${label.confidence}), ours ${result?.status ?? "-"} (${result?.confidence ?? "-"}): ${label.text.slice(0, 160)}`,
    );
    console.log(`    reader: ${label.why}`);
    console.log(`    ours: ${result?.reason ?? "recommendation not found"}`);
    for (const e of (result?.evidence ?? []).slice(0, 5))
      console.log(
        `    ${e.relevance.toFixed(2)} ${e.kind === "RECOMMENDATION" ? (e.repeats ? "REPEAT  " : "NEW REC ") : (e.polarity ?? "").padEnd(8)} ${e.text.slice(0, 150)}`,
      );
    for (const sentence of label.evidence) {
      const found = (result?.evidence ?? []).some((e) => sameSentence(sentence, e.text));
      if (!found) console.log(`    missed: ${sentence.slice(0, 150)}`);
    }
  }
}

await main();
